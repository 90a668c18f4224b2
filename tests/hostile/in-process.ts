import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createProgram } from '../../src/cli.js';
import type { CommandContext } from '../../src/commands/context.js';
import { CliError, EXIT } from '../../src/errors.js';
import { formatProblemSafe } from '../../src/render/messages/problems.js';
import { ROOT } from '../helpers/cli.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  stdin?: string | Buffer;
  now?: string;
  signal?: AbortSignal;
  /** stdin says it is a terminal (commands that refuse pipes get past that check). */
  tty?: boolean;
}

export const tmpDir = (tag = 'hostile') => mkdtempSync(join(tmpdir(), `cs-drill-${tag}-`));

/** The real program in-process, reporting errors as run.ts does (sanitised, one line each). */
export async function runIn(args: string[], opts: RunOptions = {}): Promise<Ran> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = Object.assign(new PassThrough(), { isTTY: opts.tty === true });
  stdin.end(opts.stdin ?? '');
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const ctx: CommandContext = {
    cwd: opts.cwd ?? ROOT,
    env: { CS_DRILL_HOME: tmpDir('home'), USER: 'trainer', TZ: 'UTC', NO_COLOR: '1', ...opts.env },
    stdin,
    stdout,
    stderr,
    now: () => new Date(opts.now ?? '2026-12-02T08:00:00Z'),
    color: false,
    lang: 'en',
    packageRoot: ROOT,
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
  let code: number = EXIT.ok;
  const program = createProgram(ctx, '0.0.0', (c) => {
    code = c;
  });
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CliError) {
      for (const p of error.problems) err += `cs-drill: ${formatProblemSafe(p, 'en')}\n`;
      code = error.exitCode;
    } else if (error instanceof Error && 'exitCode' in error)
      code = error.exitCode === 0 ? 0 : EXIT.invalid;
    else throw error;
  }
  await new Promise((r) => setImmediate(r));
  return { code, stdout: out, stderr: err };
}
