/**
 * A length of time said in parts (English): a fraction of a unit ("three quarters of an hour",
 * "two-thirds of an hour", "half a day") or two lengths joined ("a week and a day", "an hour
 * and ten minutes", "an hour and a half"). Read as one length, so "kept waiting three quarters
 * of an hour" is the customer's "forty-five minutes", not "an hour".
 */

export interface LengthWord {
  text: string;
}

/** Minutes in each unit (a month as 30 days, as values.ts counts it). */
const DAY = 1440;
const MINUTES: Readonly<Record<string, number>> = {
  minute: 1,
  hour: 60,
  day: DAY,
  week: 10080,
  fortnight: 20160,
  month: 43200,
};
/** The unit a word names ("hours" → "hour"), or undefined. */
function unitOf(word: string | undefined): string | undefined {
  const one = word?.replace(/s$/, '');
  return one !== undefined && MINUTES[one] !== undefined ? one : undefined;
}

/** A number word's value ("a" and "an" are one), or undefined: values.ts's reading of numbers. */
export type NumberOf = (word: string) => number | undefined;

/** A fraction's parts: "quarters" of "three quarters", "thirds" of "two-thirds". */
const PARTS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
};

/** A fraction at word k ("three quarters", "two-thirds", "a quarter", "half"): its value and words used. */
function fractionAt(
  words: readonly LengthWord[],
  k: number,
  countOf: NumberOf,
): [number, number] | null {
  const w = words[k]?.text ?? '';
  const joined = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (joined && PARTS[joined[2] as string] && countOf(joined[1] as string) !== undefined)
    return [(countOf(joined[1] as string) as number) / (PARTS[joined[2] as string] as number), 1];
  if (PARTS[w]) return [1 / (PARTS[w] as number), 1];
  const n = countOf(w);
  const part = PARTS[words[k + 1]?.text ?? ''];
  return n !== undefined && part ? [n / part, 2] : null;
}

/** A whole length at word k ("a week", "two hours", "10 minutes"): minutes and words used. */
function wholeAt(
  words: readonly LengthWord[],
  k: number,
  countOf: NumberOf,
): [number, number] | null {
  const n = countOf(words[k]?.text ?? '');
  const unit = unitOf(words[k + 1]?.text);
  return n !== undefined && unit ? [n * (MINUTES[unit] as number), 2] : null;
}

/** A length in minutes said from word k in parts, and the words it takes, or null. */
export function lengthInParts(
  words: readonly LengthWord[],
  k: number,
  countOf: NumberOf,
): { minutes: number; used: number } | null {
  // "half an hour", "half a day".
  if (words[k]?.text === 'half' && /^an?$/.test(words[k + 1]?.text ?? '')) {
    const unit = unitOf(words[k + 2]?.text);
    if (unit) return { minutes: (MINUTES[unit] as number) / 2, used: 3 };
  }
  // "three quarters of an hour", "a third of a day".
  const fraction = fractionAt(words, k, countOf);
  if (fraction && words[k + fraction[1]]?.text === 'of') {
    const at = k + fraction[1] + 1;
    const unit = unitOf(words[at + (/^an?$/.test(words[at]?.text ?? '') ? 1 : 0)]?.text);
    if (unit && /^an?$/.test(words[at]?.text ?? ''))
      return { minutes: fraction[0] * (MINUTES[unit] as number), used: fraction[1] + 3 };
  }
  const whole = wholeAt(words, k, countOf);
  if (!whole || words[k + 2]?.text !== 'and') return null;
  // "an hour and a half".
  if (words[k + 3]?.text === 'a' && words[k + 4]?.text === 'half')
    return { minutes: whole[0] * 1.5, used: 5 };
  // "a week and a day", "an hour and ten minutes": the second unit the smaller one.
  const more = wholeAt(words, k + 3, countOf);
  const first = MINUTES[unitOf(words[k + 1]?.text) as string] as number;
  if (!more || more[0] >= first) return null;
  return { minutes: whole[0] + more[0], used: 5 };
}

/** A length in minutes as values.ts reports lengths: a day or more in days, less in minutes. */
export function lengthValue(minutes: number): { unit: string; value: string } {
  return minutes >= DAY
    ? { unit: 'day', value: String(minutes / DAY) }
    : { unit: 'minute', value: String(minutes) };
}
