import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { CommandContext } from '../../src/commands/context.js';
import { anaHistoryText, NOW } from '../fixtures/history/ana.js';
import { ROOT } from '../helpers/cli.js';

export interface TestContext {
  ctx: CommandContext;
  home: string;
  file: string;
  out(): string;
  err(): string;
}

/** A command context over a private history (the "ana" fixture unless told otherwise), at a fixed "now". */
export function historyContext(
  opts: { history?: string; env?: Record<string, string>; now?: string; tty?: boolean } = {},
): TestContext {
  const home = mkdtempSync(join(tmpdir(), 'cs-drill-stats-'));
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const file = join(home, 'history.jsonl');
  writeFileSync(file, opts.history ?? anaHistoryText(), { mode: 0o600 });
  let out = '';
  let err = '';
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (opts.tty) stdin.isTTY = true;
  const ctx: CommandContext = {
    cwd: home,
    env: { CS_DRILL_HOME: home, USER: 'ana', TZ: 'UTC', ...opts.env },
    stdin,
    stdout,
    stderr,
    now: () => new Date(opts.now ?? NOW),
    color: false,
    lang: 'en',
    packageRoot: ROOT,
  };
  return { ctx, home, file, out: () => out, err: () => err };
}
