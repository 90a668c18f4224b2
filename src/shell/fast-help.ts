// Plain `cs-drill --help` without loading Commander or building the command surface: the text
// Commander prints for it, captured at build time (dist/help.json) for each language at its
// default width of 80 columns. bin/cs-drill.cjs asks here first; anything else, or a terminal
// of another width, goes the ordinary way.
import { chooseLang } from './lang-choice.js';

export type HelpTexts = Record<string, string>;

export function precomputedHelp(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  stdout: { isTTY?: boolean; columns?: number },
  texts: () => HelpTexts,
): string | undefined {
  if (argv.length !== 1 || (argv[0] !== '--help' && argv[0] !== '-h')) return undefined;
  if (stdout.isTTY && stdout.columns !== 80) return undefined;
  return texts()[chooseLang(undefined, env)];
}
