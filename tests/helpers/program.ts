import { createProgram } from '../../src/cli.js';
import type { CommandContext } from '../../src/commands/context.js';
import { CliError, EXIT, type Problem } from '../../src/errors.js';

/**
 * Parses `args` on the real program (createProgram) over `ctx`, turning outcomes into an exit
 * code as run.ts does; the problems of a CliError come back as the lines run.ts would print.
 */
export async function parseOnProgram(
  ctx: CommandContext,
  args: string[],
  format: (p: Problem) => string,
): Promise<{ code: number; errors: string }> {
  let code: number = EXIT.ok;
  let errors = '';
  const program = createProgram(ctx, '0.0.0', (c) => {
    code = c;
  });
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CliError) {
      for (const p of error.problems) errors += `cs-drill: ${format(p)}\n`;
      code = error.exitCode;
    } else if (error instanceof Error && 'exitCode' in error)
      code = error.exitCode === 0 ? 0 : EXIT.invalid;
    else throw error;
  }
  return { code, errors };
}
