import type { ValueMention } from '../text/value-mentions.js';

/** The last day of each month (February's is the 28th or, in a leap year, the 29th). */
const LAST_DAYS: readonly (readonly number[])[] = [
  [31],
  [28, 29],
  [31],
  [30],
  [31],
  [30],
  [31],
  [31],
  [30],
  [31],
  [30],
  [31],
];

/** The month of a day named with it ("3-31") when that day is its month's last, else null. */
function monthEnded(v: ValueMention): number | null {
  if (v.type !== 'date' || v.unit !== 'dom') return null;
  const [month, day] = v.value.split('-').map(Number);
  if (month === undefined || day === undefined) return null;
  return LAST_DAYS[month - 1]?.includes(day) ? month : null;
}

/** A month said with its end right after it (三月底, 三月尾, 三月末) that is one of `months`. */
const endOfMonth = (m: ValueMention, said: readonly ValueMention[], months: readonly number[]) =>
  m.type === 'date' &&
  m.unit === 'month' &&
  months.includes(Number(m.value)) &&
  said.some(
    (end) =>
      end.unit === 'month-part' &&
      end.value === 'end' &&
      end.start >= m.end &&
      end.start - m.end <= 1,
  );

/**
 * A fact's last day of a month (三月三十一号, 2月28日) said as the end of that month (三月底, 三月尾,
 * 三月末). Another month's end (四月底) or its middle (三月中) is another day. `named`: the day values
 * of each of the fact's phrases.
 */
export function monthEndSaid(
  named: readonly (readonly ValueMention[])[],
  said: readonly ValueMention[],
): ValueMention | undefined {
  const months = named.flatMap((days) => days.map(monthEnded).filter((m) => m !== null));
  return months.length === 0 ? undefined : said.find((m) => endOfMonth(m, said, months));
}

/**
 * The answer's month said with its end (`mention`: the month or its end) is the month of a last day
 * the customer told (三月底 for 三月三十一号).
 */
export function toldMonthEnd(
  mention: ValueMention,
  said: readonly ValueMention[],
  told: readonly ValueMention[],
): boolean {
  const months = told.map(monthEnded).filter((m) => m !== null);
  if (months.length === 0) return false;
  const month =
    mention.unit === 'month-part'
      ? said.find((m) => m.unit === 'month' && mention.start >= m.end && mention.start - m.end <= 1)
      : mention;
  return month !== undefined && endOfMonth(month, said, months);
}
