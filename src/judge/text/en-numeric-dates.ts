import { type NormalisedText, originalSpan } from './normalise.js';

/**
 * A date said in figures, day and month ("on 12/3", "your 8/6 wedding", "by 14/9"): read as
 * the day of the month and the month, as a date said in words is ("the twelfth of March").
 * Day first, as British English writes it; a month past twelve can only be the day, so "3/14"
 * is 14 March. Where both could be the month ("3/12"), the other reading is kept as `other`,
 * so the date is right if either reading is the date the customer gave, and wrong if neither is.
 */

/** What this file reads and writes of values.ts's ValueMention (imported from there it would be a cycle). */
interface DateValue {
  type: string;
  unit: string;
  value: string;
  start: number;
  end: number;
  other?: string;
}

/**
 * A day and month after a word that opens a date (a preposition of time, a possessive or
 * "the"), with a year or not ("on 1/2/2026"), not a fraction of something ("3/4 of the class")
 * nor part of a longer figure (1/2/3, 1.5/2).
 */
const NUMERIC_DATE =
  /\b(?:on|for|by|from|until|till|since|before|after|dated|due|the|your|my|our|their|his|her)\s+(\d{1,2})\/(\d{1,2})(?:\/(?:\d{4}|\d{2}))?(?![\d/.,]\d|\s+of\b)/gi;

export function numericDates(n: NormalisedText, out: DateValue[]): void {
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(n.text); m !== null; m = NUMERIC_DATE.exec(n.text)) {
    const [x, y] = [m[1] as string, m[2] as string];
    const [a, b] = [Number(x), Number(y)];
    const dayFirst = b <= 12;
    const [day, month] = dayFirst ? [a, b] : [b, a];
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const from = m.index + m[0].search(/\d/);
    const at = originalSpan(n, from, m.index + m[0].length);
    for (const v of out.filter((v) => v.start < at.end && at.start < v.end))
      out.splice(out.indexOf(v), 1);
    const first = { start: at.start, end: at.start + x.length };
    const second = { start: first.end + 1, end: first.end + 1 + y.length };
    const either = a !== b && a <= 12 && b <= 12;
    out.push(
      {
        type: 'date',
        unit: 'dom',
        value: String(day),
        ...(dayFirst ? first : second),
        ...(either ? { other: String(month) } : {}),
      },
      {
        type: 'date',
        unit: 'month',
        value: String(month),
        ...(dayFirst ? second : first),
        ...(either ? { other: String(day) } : {}),
      },
    );
  }
}
