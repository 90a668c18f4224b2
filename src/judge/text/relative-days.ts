import { type NormalisedText, originalSpan } from './normalise.js';
import { parseChineseNumeral } from './numerals.js';

/**
 * A day named from a day said before it in the same text ("booked for Friday, and they came the
 * following day", "fixed on the 4th and broke two days later", 周三下单，说好第二天送到): the
 * weekday or date it is, read from the last weekday or date before it. With no day before it
 * the words name no day of their own and are left alone.
 */

/** What this file reads of values.ts's ValueMention (imported from there it would be a cycle). */
interface DayValue {
  type: string;
  unit: string;
  value: string;
  start: number;
  end: number;
  week?: 'last' | 'this' | 'next';
}

const EN_SMALL: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/**
 * "the following day", "the next day", "the day after" (not "the day after the party": a day
 * after something else), "the day before", "the previous day", "two days later", "three days
 * after that", "ten days in" (into the time that began on the day before it; not "two days in a
 * row").
 */
const EN_RELATIVE =
  /\bthe (?:following|next) day\b|\bthe day (after|before)\b(?! (?:the|a|an|my|your|our|his|her|their|its|we|you|i|they|he|she)\b)|\bthe previous day\b|\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d\d?) days? (?:(?:later|after (?:that|it))\b|in(?=\s*(?:[,.;]|and\b|$)))/gi;

function englishOffset(m: RegExpExecArray): number {
  const [all, afterOrBefore, count] = m;
  if (count) return /^\d+$/.test(count) ? Number(count) : (EN_SMALL[count.toLowerCase()] ?? 0);
  if (afterOrBefore) return afterOrBefore.toLowerCase() === 'before' ? -1 : 1;
  return /previous/i.test(all) ? -1 : 1;
}

/**
 * 第二天 / 第二日, 次日, 隔天 / 隔日, 翌日, 转天 (the next day), 前一天 / 前一日 (the day before),
 * N天后 / N天之后 / 过了N天 (N days on). The numeral rewriter may have written 二 as 2.
 */
const ZH_RELATIVE =
  /第(?:二|2)[天日]|次日|隔[天日]|翌日|转天|前一[天日]|前1[天日]|过了?([一二两三四五六1-6])[天日]|([一二两三四五六1-6])[天日](?:之)?后/g;

function chineseOffset(m: RegExpExecArray): number {
  const [all, passed, later] = m;
  const n = passed ?? later;
  if (n) return /^\d$/.test(n) ? Number(n) : (parseChineseNumeral(n) ?? 0);
  return all.startsWith('前') ? -1 : 1;
}

const LAST_DAY_OF_MONTH = 31;
/** Days in each month of a year that is not a leap year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Characters between a day and the month said with it ("30 November", "the last day of November"). */
const MONTH_NEAR = 4;

/**
 * The anchor day moved by `offset` days, said from `start` to `end`; null where a date would
 * leave its month. A weekday moved into another week is no longer "next Thursday".
 */
function moved<T extends DayValue>(
  anchor: T,
  offset: number,
  start: number,
  end: number,
  monthDays?: readonly [number, number],
): T | null {
  const { week, ...day } = anchor;
  if (anchor.type === 'weekday') {
    const d = Number(anchor.value) - 1 + offset;
    const value = String((((d % 7) + 7) % 7) + 1);
    return (
      d >= 0 && d < 7 && week ? { ...day, week, value, start, end } : { ...day, value, start, end }
    ) as T;
  }
  const [month, dom] = anchor.value.includes('-')
    ? anchor.value.split('-')
    : [undefined, anchor.value];
  let d = Number(dom) + offset;
  // A day moved past the end or the start of a month said with it is a day of the next or the
  // last month ("the last day of November … the next day" is the 1st), said without its month.
  if (monthDays && !month && d > monthDays[1] && d - monthDays[1] <= LAST_DAY_OF_MONTH)
    d -= monthDays[1];
  else if (monthDays && !month && d < 1) d += monthDays[0];
  if (!Number.isInteger(d) || d < 1 || d > LAST_DAY_OF_MONTH) return null;
  return { ...day, value: month ? `${month}-${d}` : String(d), start, end } as T;
}

/**
 * Days in the month before a day's month and in its own, where that month is said next to it
 * ("30 November", "November 30th"); undefined where no month is.
 */
function monthDaysOf(anchor: DayValue, out: readonly DayValue[]): [number, number] | undefined {
  if (anchor.type !== 'date') return undefined;
  const month = out.find(
    (v) =>
      v.type === 'date' &&
      v.unit === 'month' &&
      v.start - anchor.end <= MONTH_NEAR &&
      anchor.start - v.end <= MONTH_NEAR,
  );
  const m = Number(month?.value) - 1;
  if (!(m >= 0 && m < 12)) return undefined;
  return [MONTH_DAYS[(m + 11) % 12] as number, MONTH_DAYS[m] as number];
}

const anchors = (v: DayValue) => v.type === 'weekday' || (v.type === 'date' && v.unit === 'dom');

/**
 * Adds to `out` (the values read from `n`, in any order) the day each relative day names, and
 * drops a length read inside an ordinal one (第二天 is the next day, not two days).
 */
export function relativeDays<T extends DayValue>(
  n: NormalisedText,
  out: T[],
  chinese: boolean,
): void {
  const pattern = chinese ? ZH_RELATIVE : EN_RELATIVE;
  const offsetOf = chinese ? chineseOffset : englishOffset;
  for (const m of n.text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    const offset = offsetOf(m);
    if (offset === 0) continue;
    const { start, end } = originalSpan(n, m.index, m.index + m[0].length);
    const anchor = out
      .filter((v) => anchors(v) && v.end <= start)
      .reduce<T | undefined>((last, v) => (last && last.end > v.end ? last : v), undefined);
    if (!anchor) continue;
    const day = moved(anchor, offset, start, end, monthDaysOf(anchor, out));
    if (!day) continue;
    const ordinal = m[0].startsWith('第');
    for (let i = out.length - 1; i >= 0; i--) {
      const v = out[i] as T;
      if (ordinal && v.type === 'duration' && v.start >= start && v.end <= end) out.splice(i, 1);
    }
    out.push(day);
  }
}
