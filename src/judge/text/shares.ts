import { type NormalisedText, originalSpan } from './normalise.js';
import { parseChineseNumeral } from './numerals.js';

/**
 * A share of a count said before it in the same sentence ("of the 120 shirts, a third came
 * upside down", "two thousand stickers and one in two peel off", 一百二十份盒饭有三分之一是凉的,
 * 八十份盒饭每四份就有一份是凉的):
 * the count the share is of that many of the same thing, so "a third" of 120 shirts is 40 shirts.
 * With no count before it in the sentence a share names no number.
 */

/**
 * What this file and missing-counts.ts read of values.ts's ValueMention (imported from there it
 * would be a cycle).
 */
export interface CountValue {
  type: string;
  unit: string;
  value: string;
  start: number;
  end: number;
}

const EN_PARTS: Readonly<Record<string, number>> = {
  half: 2,
  third: 3,
  quarter: 4,
  fifth: 5,
  tenth: 10,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ten: 10,
};
const EN_WHOLE: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3 };

/**
 * "half" (of them, or with its verb after it), "a third", "two-thirds", "three quarters", "one in
 * two", "one in every four": not "half an hour", "half past", "a quarter past", "half the price" —
 * a share of a unit, a time or another thing named after it.
 */
const EN_SHARE =
  /\b(?:(half)|(a|one|two|three)[- ](third|quarter|fifth|tenth)s?|(one) in (?:every )?(two|three|four|five|ten))\b(?!-|\s(?:a|an|past|to|the|price|hour|day|week|month|year|dozen|way)\b)/gi;

function englishShare(m: RegExpExecArray): number | null {
  const [, half, whole, part, one, of] = m;
  if (half) return 1 / 2;
  const p = EN_PARTS[(part ?? of ?? '').toLowerCase()];
  const w = EN_WHOLE[(whole ?? one ?? '').toLowerCase()];
  return p && w && w < p ? w / p : null;
}

/**
 * 一半, 三分之一, 四分之三 (digits too: 3分之1), one of every so many by one measure word:
 * 每四份就有一份, 每两张里有一张, 每三颗就死一颗; and tenths said as a part of it (有三成, 其中两成,
 * 里面三成; not 开到八成, a share of no count, nor 八成是 / 八成会, "most likely").
 */
const ZH_SHARE =
  /一半|([一二三四五六七八九十\d])分之([一二三四五六七八九\d])|每([二两三四五六七八九十\d])([\u4e00-\u9fff])(?:里|中|当中)?(?:就[\u4e00-\u9fff]?|有)?[一1]\4|(?<=[有中里])([一二两三四五六七八九1-9])成(?![是会要能就也可都以为功了])/g;

function chineseShare(m: RegExpExecArray): number | null {
  if (m[0] === '一半') return 1 / 2;
  if (m[5]) return (/\d/.test(m[5]) ? Number(m[5]) : (parseChineseNumeral(m[5]) ?? 0)) / 10;
  if (m[3]) return 1 / (/\d/.test(m[3]) ? Number(m[3]) : (parseChineseNumeral(m[3]) ?? 1));
  const of = (c: string) => (/\d/.test(c) ? Number(c) : (parseChineseNumeral(c) ?? 0));
  const p = of(m[1] as string);
  const w = of(m[2] as string);
  return p && w && w < p ? w / p : null;
}

/** A count of things, or a bare number ("two thousand die-cut stickers" reads as one). */
const aCount = (v: CountValue) =>
  (v.type === 'quantity' || v.type === 'number') &&
  Number.isInteger(Number(v.value)) &&
  Number(v.value) >= 2;

/**
 * Adds to `out` (the values read from `n`) the count each share of an earlier count names, in place
 * of any number read inside the share.
 */
export function shares<T extends CountValue>(n: NormalisedText, out: T[], chinese: boolean): void {
  const pattern = chinese ? ZH_SHARE : EN_SHARE;
  const shareOf = chinese ? chineseShare : englishShare;
  for (const m of n.text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    const share = shareOf(m);
    if (share === null) continue;
    const { start, end } = originalSpan(n, m.index, m.index + m[0].length);
    const inside = out.filter((v) => v.start < end && v.end > start);
    // Read already as a time or a length ("half seven", "half an hour"): no share of a count. A count
    // read inside the share is its own words misread ("one in two lifts off", 每四份就有一份).
    if (inside.some((v) => v.type !== 'number' && v.type !== 'quantity')) continue;
    // 泛了一半, 做咗一半: half of what was done, not of a count.
    if (chinese && /[了咗完过]$/.test(n.text.slice(0, m.index))) continue;
    const total = out
      .filter(
        (v) => aCount(v) && v.end <= start && !/[.?!。？！]/.test(n.original.slice(v.end, start)),
      )
      .reduce<T | undefined>((last, v) => (last && last.end > v.end ? last : v), undefined);
    if (!total) continue;
    const value = Number(total.value) * share;
    if (!Number.isInteger(value)) continue;
    // The numbers inside the share are no values of their own (the 3 of 三分之一, "a third turned").
    for (const v of inside) out.splice(out.indexOf(v), 1);
    out.push({ ...total, value: String(value), start, end });
  }
}
