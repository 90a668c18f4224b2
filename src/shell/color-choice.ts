/**
 * Colour is decided once per run, in this order: --no-color, NO_COLOR, FORCE_COLOR,
 * TERM=dumb, then whether stdout is a terminal. (chalk alone ignores NO_COLOR.)
 */
export function decideColor(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
): boolean {
  if (argv.includes('--no-color')) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
