import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { CommandContext } from '../../src/commands/context.js';
import { formatProblem } from '../../src/errors.js';
import { ROOT } from '../helpers/cli.js';
import { parseOnProgram } from '../helpers/program.js';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command surface in-process on the real program (createProgram) with its own streams,
 * history home and clock; sets are given by path, so only dist/drills/index.json is needed.
 */
export async function runInProcess(
  args: string[],
  opts: { stdin?: string; home?: string; tty?: boolean } = {},
): Promise<InProcessRun> {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: opts.tty === true, columns: 80 });
  const stdin = new PassThrough();
  stdin.end(opts.stdin ?? '');
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  let t = Date.parse('2026-11-24T10:00:00Z');
  const ctx: CommandContext = {
    cwd: ROOT,
    env: { CS_DRILL_HOME: opts.home ?? tmpHomeDir(), LANG: 'en_US.UTF-8', USER: 'trainer' },
    stdin,
    stdout,
    stderr,
    now: () => {
      t += 1000;
      return new Date(t);
    },
    color: false,
    lang: 'en',
    packageRoot: ROOT,
  };
  const { code, errors } = await parseOnProgram(ctx, args, formatProblem);
  err += errors;
  await new Promise((r) => setImmediate(r));
  return { code, stdout: out, stderr: err };
}

export function tmpHomeDir(): string {
  return mkdtempSync(join(tmpdir(), 'cs-drill-assess-'));
}
