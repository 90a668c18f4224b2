// The in-process runner moved to tests/helpers/cli.ts; these keep the names the assess tests use.
import { runInProcess as runLine, tmpHome } from '../helpers/cli.js';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A command line in process as trainer "trainer"; `tty` makes stderr a terminal (the progress bar). */
export async function runInProcess(
  args: string[],
  opts: { stdin?: string; home?: string; tty?: boolean } = {},
): Promise<InProcessRun> {
  const { code, stdout, stderr } = await runLine(args, {
    input: opts.stdin,
    env: { CS_DRILL_HOME: opts.home ?? tmpHomeDir(), USER: 'trainer' },
    ttys: opts.tty ? ['stderr'] : [],
  });
  return { code, stdout, stderr };
}

export function tmpHomeDir(): string {
  return tmpHome('cs-drill-assess-');
}
