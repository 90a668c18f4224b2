import type { ValueMention } from '../text/value-mentions.js';
import { valuesIn } from '../text/values.js';

/** A bare number a value was changed "to" or "into", the clause or sentence ending after it. */
const CHANGED_TO = /\b(?:to|into)\s+(\d{1,4}(?:\.\d+)?)(?=\s*(?:[.,;!?]|$|and\b|but\b))/gi;
/** A value said in figures with its unit: currency before, unit after ("£50", "120-minute"). */
const IN_FIGURES = /^([£$€]?)\d[\d.,]*(.*)$/s;
const SENTENCE_END = /[.!?]/;
/** Kinds of value a number may take its unit from. */
const CARRIED = new Set(['duration', 'quantity', 'money']);

/**
 * The answer's values (`said`, read from `answer`) with a bare number that an English value was
 * changed to read in that value's unit: "a 120-minute trek stretched to 210" says 210 minutes,
 * "the £50 fee went up to 70" £70. The unit said once is not said again for the value set against
 * it; only a value said in figures just before it in the sentence lends its unit.
 */
export function withUnitChangedTo(answer: string, said: readonly ValueMention[]): ValueMention[] {
  let out: ValueMention[] | null = null;
  for (const m of answer.matchAll(CHANGED_TO)) {
    const start = m.index + m[0].length - (m[1] as string).length;
    const bare = said.find((v) => v.type === 'number' && v.start === start);
    if (!bare) continue;
    const before = said
      .filter((v) => v.end <= m.index && !SENTENCE_END.test(answer.slice(v.end, m.index)))
      .at(-1);
    if (!before || !CARRIED.has(before.type)) continue;
    const spoken = IN_FIGURES.exec(answer.slice(before.start, before.end));
    if (!spoken || (spoken[1] === '' && spoken[2] === '')) continue;
    const [read] = valuesIn(`${spoken[1]}${m[1]}${spoken[2]}`);
    // A length may be read in another unit than the one it lends ("120-minute" is two hours).
    if (read?.type !== before.type || (read.unit !== before.unit && read.type !== 'duration'))
      continue;
    out ??= [...said];
    out.splice(out.indexOf(bare), 1, { ...read, start, end: start + (m[1] as string).length });
  }
  return out ?? [...said];
}
