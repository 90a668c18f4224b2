// Two ways to run a command line: in process through run(argv, ctx) (behaviour: output, exit
// codes, files written), or the real built binary (only where a process matters: the bin entry,
// signals, pipes, terminals, worker threads, crash safety).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { run } from '../../src/run.js';
import { decideColor } from '../../src/shell/color-choice.js';
import { chooseLang, langFlag } from '../../src/shell/lang-choice.js';
import { type ContextOptions, testContext, tmpHome } from './context.js';
import { BIN, ROOT } from './paths.js';

export { BIN, ROOT, tmpHome };

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string>;
  input?: string;
  cwd?: string;
}

/**
 * Runs a command line in process, as the binary would: language and colour chosen from the
 * arguments and environment, a private HOME, the package's version; a fixed clock.
 */
export async function runInProcess(
  args: string[],
  opts: RunOptions & Pick<ContextOptions, 'home' | 'ttys' | 'now' | 'columns'> = {},
): Promise<CliRun & { code: number; home: string }> {
  const env = { HOME: tmpHome(), LANG: 'en_US.UTF-8', USER: 'tester', ...opts.env };
  const t = testContext({
    ...opts,
    cwd: opts.cwd ?? ROOT,
    env,
    stdin: opts.input ?? '',
    lang: chooseLang(langFlag(args), env),
    color: decideColor(args, env, opts.ttys?.includes('stdout') === true),
  });
  const code = await run(args, t.ctx, pkg.version);
  // Let the last writes to the captured streams arrive.
  await new Promise((r) => setImmediate(r));
  return { code, stdout: t.out(), stderr: t.err(), home: t.home };
}

/** Runs the real built binary (vitest builds it first) with a private history home. */
export function runCli(args: string[], opts: RunOptions = {}): Promise<CliRun> {
  if (!existsSync(join(ROOT, 'dist', 'cli.js')))
    throw new Error('dist/ is missing: run `npm run build` (vitest builds it before the tests)');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: tmpHome(),
        LANG: 'en_US.UTF-8',
        USER: 'tester',
        // The run's own temporary folder (tests/helpers/temp-root.ts): fallback files land there.
        ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
        ...opts.env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    // Decoded across reads: a pipe read may end inside a multi-byte character (✗, 中).
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}
