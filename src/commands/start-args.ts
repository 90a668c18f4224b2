import { FEEDBACK_VALUES, isPositiveInt, isSeed, LANG_VALUES } from '../shell/option-values.js';
import type { StartOptions } from './start.js';

/** The options `start` takes, each with how its value is read (undefined: not a valid value). */
const VALUED: Record<string, (value: string) => unknown> = {
  '--limit': (v) => numberIf(v, isPositiveInt),
  '--seed': (v) => numberIf(v, isSeed),
  '--tag': (v) => v,
  '--user': (v) => v,
  '--drills': (v) => v,
  '--feedback': (v) => ((FEEDBACK_VALUES as readonly string[]).includes(v) ? v : undefined),
  // The program's own: read again by run.ts (the language, the colour); not start's options.
  '--lang': (v) => (LANG_VALUES.includes(v) ? v : undefined),
};
const FLAGS = ['--shuffle', '--resume', '--missed', '--fast', '--no-color', '--debug'];
const PROGRAM_OPTIONS = ['--lang', '--no-color', '--debug'];

function numberIf(value: string, test: (n: number) => boolean): number | undefined {
  const n = Number(value);
  return test(n) ? n : undefined;
}

/**
 * `cs-drill start <set> [options]` read without Commander, as Commander reads it, for the direct
 * `start` (src/start-main.ts). Only plain, valid command lines: anything else — help, an unknown
 * or repeated option, a missing or bad value, `--`, a second set — is undefined and goes to
 * Commander, which says what is wrong in its own words.
 */
export function startArgs(
  argv: readonly string[],
): { set: string; opts: StartOptions } | undefined {
  if (argv[0] !== 'start') return undefined;
  const opts: Record<string, unknown> = {};
  const seen = new Set<string>();
  let set: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-')) {
      if (set !== undefined) return undefined;
      set = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (seen.has(name)) return undefined;
    seen.add(name);
    const read = VALUED[name];
    if (read) {
      const raw = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (raw === undefined || (eq < 0 && raw.startsWith('-'))) return undefined;
      const value = read(raw);
      if (value === undefined) return undefined;
      if (!PROGRAM_OPTIONS.includes(name)) opts[name.slice(2)] = value;
    } else if (FLAGS.includes(arg)) {
      if (!PROGRAM_OPTIONS.includes(arg)) opts[arg.slice(2)] = true;
    } else return undefined;
  }
  return set === undefined ? undefined : { set, opts: opts as StartOptions };
}
