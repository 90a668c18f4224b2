import type { NormalisedText } from './normalise.js';
import type { CountValue } from './shares.js';

/**
 * A count of things that never came, of a count said before it ("a dozen chairs … four chairs
 * never turned up", "four rugs … one never made it back"): the rest of that count did come, so
 * "four chairs never turned up" of twelve also says eight chairs came.
 */

/** A verb of not arriving right after the count ("never turned up", "didn't arrive", "never made it back"). */
const NEVER_CAME =
  /^(?:\s*of\s+(?:them|those|the\s+[a-z]+))?\s*(?:never|didn't|did not|haven't|hasn't|have not|has not)\s+(?:turned up|turn up|arrived|arrive|came|come|shown up|showed up|show up|made it|make it|been delivered)\b/i;

const NOT = /^(?:never|didn't|did|haven't|hasn't|have|has)$/;

/** Adds to `out` the count that did come for each count of things that never came. */
export function missingCounts<T extends CountValue>(n: NormalisedText, out: T[]): void {
  for (const q of [...out]) {
    if (q.type !== 'quantity') continue;
    // "one never made it back": a count said with no noun, read with the verb's "never" as its noun.
    const bare = NOT.test(q.unit);
    const from = bare ? q.end - q.unit.length : q.end;
    const m = NEVER_CAME.exec(n.original.slice(from));
    if (!m) continue;
    const total = out
      .filter(
        (t) =>
          t.type === 'quantity' &&
          t.end <= q.start &&
          Number(t.value) > Number(q.value) &&
          (t.unit === q.unit || bare),
      )
      .reduce<T | undefined>((last, t) => (last && last.end > t.end ? last : t), undefined);
    if (!total) continue;
    const value = String(Number(total.value) - Number(q.value));
    out.push({ ...total, value, start: q.start, end: from + m[0].length });
  }
}
