// The one factory for a command context in tests: captured streams, a private history home and
// a fixed clock. Commands run in process on it, directly or through run(argv, ctx).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Lang } from '../../src/drills/schema.js';
import type { CommandContext } from '../../src/shell/context.js';
import { anaHistoryText, NOW } from '../fixtures/history/ana.js';
import { ROOT } from './paths.js';

export interface TestContext {
  ctx: CommandContext;
  /** The private history home (CS_DRILL_HOME). */
  home: string;
  out(): string;
  err(): string;
}

export interface ContextOptions {
  /** CS_DRILL_HOME (a new temp directory unless given). */
  home?: string;
  /** The working directory (the history home unless given). */
  cwd?: string;
  /** Added to { CS_DRILL_HOME, LANG, USER, TZ: 'UTC' }. */
  env?: Record<string, string>;
  /** What stdin holds; without it stdin stays open, as a terminal's does. */
  stdin?: string | Buffer;
  /** Which streams are terminals. */
  ttys?: ('stdin' | 'stdout' | 'stderr')[];
  /** A fixed "now", or a clock. Default: 2026-11-24T10:00Z, one second later at each reading. */
  now?: string | (() => Date);
  lang?: Lang;
  color?: boolean;
  /** Width of the terminal streams. */
  columns?: number;
  /** Aborted to stand for Ctrl-C / SIGTERM (run.ts's ctx.signal). */
  signal?: AbortSignal;
}

export function tmpHome(prefix = 'cs-drill-home-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function testContext(opts: ContextOptions = {}): TestContext {
  const home = opts.home ?? tmpHome();
  const ttys = new Set(opts.ttys ?? []);
  let out = '';
  let err = '';
  const terminal = (name: 'stdin' | 'stdout' | 'stderr') =>
    ttys.has(name) ? { isTTY: true, columns: opts.columns ?? 80 } : {};
  const stdout = Object.assign(new PassThrough(), terminal('stdout'));
  const stderr = Object.assign(new PassThrough(), terminal('stderr'));
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const stdin = Object.assign(new PassThrough(), terminal('stdin'));
  if (opts.stdin !== undefined) stdin.end(opts.stdin);
  const ctx: CommandContext = {
    cwd: opts.cwd ?? home,
    env: { CS_DRILL_HOME: home, LANG: 'en_US.UTF-8', USER: 'tester', TZ: 'UTC', ...opts.env },
    stdin,
    stdout,
    stderr,
    now: clock(opts.now),
    color: opts.color ?? false,
    lang: opts.lang ?? 'en',
    packageRoot: ROOT,
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
  return { ctx, home, out: () => out, err: () => err };
}

function clock(now: ContextOptions['now']): () => Date {
  if (typeof now === 'function') return now;
  if (now !== undefined) return () => new Date(now);
  let t = Date.parse('2026-11-24T10:00:00Z');
  return () => {
    t += 1000;
    return new Date(t);
  };
}

/**
 * A context over a private history file (the "ana" fixture unless told otherwise), at the
 * fixture's fixed "now"; `tty` makes stdin a terminal.
 */
export function historyContext(
  opts: { history?: string; env?: Record<string, string>; now?: string; tty?: boolean } = {},
): TestContext & { file: string } {
  const t = testContext({
    env: { USER: 'ana', ...opts.env },
    now: opts.now ?? NOW,
    ttys: opts.tty ? ['stdin'] : [],
  });
  mkdirSync(t.home, { recursive: true, mode: 0o700 });
  const file = join(t.home, 'history.jsonl');
  writeFileSync(file, opts.history ?? anaHistoryText(), { mode: 0o600 });
  return { ...t, file };
}
