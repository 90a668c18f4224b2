import { EN_TENS, EN_UNITS } from '../text/en-number-words.js';
import type { ValueMention } from '../text/value-mentions.js';
import { valuesIn } from '../text/values.js';
import { inMinutes } from './offset-times.js';

const FIRST_WORD = `(?:${[...EN_UNITS.slice(1), ...EN_TENS.slice(2)].join('|')})`;
const NUMBER_WORD = `(?:${[...EN_UNITS.slice(1), ...EN_TENS.slice(2), 'hundred', 'and', 'a', 'half'].join('|')})`;
/**
 * A bare number a value was changed "to" or "into", in figures or words ("to 210", "ran to three
 * and a half"), the clause or sentence ending after it.
 */
const CHANGED_TO = new RegExp(
  `\\b(?:to|into)\\s+(\\d{1,4}(?:\\.\\d+)?|${FIRST_WORD}(?:[- ]${NUMBER_WORD})*)(?=\\s*(?:[.,;!?]|$|and\\b|but\\b))`,
  'gi',
);
/** A value's currency before it and its unit word after it ("£50", "120-minute", "two hours"). */
const CURRENCY = /^[£$€]/;
const UNIT_WORD = /[- ]([a-z]+)$/i;
const SENTENCE_END = /[.!?]/;
/** How many times larger or smaller than the value before it a value changed to may be. */
const MAX_CHANGE = 10;
/** Kinds of value a number may take its unit from. */
const CARRIED = new Set(['duration', 'quantity', 'money']);

/**
 * The values read from an English text (`said`, read from `text`) with a bare number that a value
 * was changed to read in that value's unit: "a 120-minute trek stretched to 210" says 210 minutes,
 * "the two-hour trek ran to three and a half" three and a half hours, "the £50 fee went up to 70"
 * £70. The unit said once is not said again for the value set against it; only the value said
 * just before it in the sentence lends its unit.
 */
export function withUnitChangedTo(text: string, said: readonly ValueMention[]): ValueMention[] {
  let out: ValueMention[] | null = null;
  for (const m of text.matchAll(CHANGED_TO)) {
    const number = m[1] as string;
    const start = m.index + m[0].length - number.length;
    const end = start + number.length;
    const inside = said.filter((v) => v.start < end && start < v.end);
    if (inside.some((v) => v.type !== 'number')) continue;
    const before = said
      .filter((v) => v.end <= m.index && !SENTENCE_END.test(text.slice(v.end, m.index)))
      .at(-1);
    if (!before || !CARRIED.has(before.type)) continue;
    const spoken = text.slice(before.start, before.end);
    const unit = UNIT_WORD.exec(spoken)?.[1];
    const reading = CURRENCY.test(spoken) ? `${spoken[0]}${number}` : unit && `${number} ${unit}`;
    const [read] = reading ? valuesIn(reading) : [];
    // A length may be read in another unit than the one it lends ("120-minute" is two hours).
    if (read?.type !== before.type || (read.unit !== before.unit && read.type !== 'duration'))
      continue;
    // Set against the value before it, the number is of its size: "two hours stretched to 210"
    // says minutes the words left out, not 210 hours.
    const ratio =
      (inMinutes(read) ?? Number(read.value)) / (inMinutes(before) ?? Number(before.value));
    if (!(ratio > 1 / MAX_CHANGE && ratio < MAX_CHANGE)) continue;
    out ??= [...said];
    for (const v of inside) out.splice(out.indexOf(v), 1);
    out.push({ ...read, start, end });
  }
  return out ? out.sort((a, b) => a.start - b.start) : [...said];
}
