/**
 * Polls until `check` returns a value other than undefined or false, and returns it. Tests wait
 * on state, never on time: the limit (60 s by default) only stops a test that would hang, and is
 * counted in polls, so a slow machine waits longer instead of failing.
 */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | false,
  opts: { limitMs?: number; everyMs?: number; describe?: () => string } = {},
): Promise<T> {
  const every = opts.everyMs ?? 20;
  const polls = Math.ceil((opts.limitMs ?? 60_000) / every);
  for (let i = 0; ; i++) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (i >= polls)
      throw new Error(`still waiting for ${what}${opts.describe ? `:\n${opts.describe()}` : ''}`);
    await new Promise((r) => setTimeout(r, every));
  }
}
