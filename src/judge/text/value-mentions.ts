/**
 * A value said in a text (ValueMention) and the pieces both the English and the Chinese reader use
 * to make one.
 */
import type { VALUE_TYPES } from '../../drills/schema.js';
import { type NormalisedText, originalSpan } from './normalise.js';

export type ValueType = (typeof VALUE_TYPES)[number];

/** A value said in a text: its kind, what it counts or names (unit), and where. */
export interface ValueMention {
  type: ValueType;
  /** What the value is of: a unit ("day", "suitcase", 笔), a slot ("from"), "clock", "part". */
  unit: string;
  /** The value, comparable within type and unit ("2", "15:00", "morning", "guangzhou"). */
  value: string;
  /** Range in the original text. */
  start: number;
  end: number;
  /** Said as a part of a whole ("one of your cases"): a complement of the customer's count may be meant. */
  partitive?: boolean;
  /** People counted with the customer among them ("the four of you"). */
  group?: boolean;
  /** The week a weekday is said in ("next Thursday", "this Thursday", "last Thursday"). */
  week?: 'last' | 'this' | 'next';
  /** A length's unit as said, in the unit of `value`: 7 for "three weeks" read as 21 days. */
  step?: number;
  /** The value under the other reading of a date said in figures that reads either way ("3/12"). */
  other?: string;
}

/** Days in a week, a fortnight and a month, so lengths of time said in either compare. */
const DAYS_IN: Readonly<Record<string, number>> = {
  week: 7,
  workweek: 5,
  fortnight: 14,
  month: 30,
  quarter: 90,
};

/**
 * A length of weeks or months as days: 两周 is 十四天, and "a month" is a longer wait than "two
 * weeks" (a restatement that swaps them swaps two values of one kind). Whole days of hours and
 * half hours of minutes likewise: 七十二小时 is 三天, 九十分钟 is 一个半小时.
 */
export function inDays(
  type: ValueType,
  unit: string,
  value: string,
): { unit: string; value: string; step?: number } {
  const days = DAYS_IN[unit];
  if (type !== 'duration') return { unit, value };
  const n = Number(value);
  if (days !== undefined) return { unit: 'day', value: String(n * days), step: days };
  if (unit === 'hour' && n >= 24 && n % 24 === 0)
    return { unit: 'day', value: String(n / 24), step: 1 / 24 };
  if (unit === 'minute' && n >= 60 && n % 30 === 0)
    return { unit: 'hour', value: String(n / 60), step: 1 / 60 };
  return { unit, value, step: 1 };
}

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const span = (n: NormalisedText, w: { start: number; end: number }): [number, number] => {
  const o = originalSpan(n, w.start, w.end);
  return [o.start, o.end];
};
/** Words before a capitalised word that make it a place or a name in a slot. */
const NAME_SLOTS = new Set([
  'from',
  'to',
  'in',
  'at',
  'via',
  'near',
  'into',
  'mr',
  'ms',
  'mrs',
  'miss',
  'dr',
]);
export function clock(t: string): string {
  const m = /^(\d+)(?::(\d\d))?(am|pm)?$/.exec(t);
  if (!m) return t;
  // Hours on a 12-hour dial: "3 pm" and 下午三点 against "3:00"; the part of the day is its own value.
  return `${Number(m[1]) % 12}:${m[2] ?? '00'}`;
}

/** Nouns for people after 个 (十个人 = 十个同事 = 十位). */
const ZH_PEOPLE = /^[个名](?:人|同事|员工|朋友|家人|客人|孩子|小孩|老人|乘客|学生|顾客|工人|师傅)/;

/**
 * Whether a count counts people: 位 always, 人 and 个/名 before a noun for people (十二人 is
 * 十二个人). 一个人 and 一人 are "alone", not a count of people.
 */
export function people(rest: string, value: number): boolean {
  if (rest.startsWith('位') || (rest.startsWith('人') && value !== 1)) return true;
  const m = ZH_PEOPLE.exec(rest);
  return m !== null && !(value === 1 && m[0].endsWith('人'));
}

/** Capitalised words in a slot ("from Guangzhou", "Ms Chen") in English text: places and names. */
export function names(original: string, out: ValueMention[]): void {
  const re = /\b([A-Za-z]+)[ ]+([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\b/g;
  for (let m = re.exec(original); m !== null; m = re.exec(original)) {
    const slot = (m[1] as string).toLowerCase();
    const name = m[2] as string;
    re.lastIndex = m.index + (m[1] as string).length + 1;
    if (!NAME_SLOTS.has(slot)) continue;
    const lower = name.toLowerCase();
    if (WEEKDAYS.includes(lower) || MONTHS.includes(lower.split(' ')[0] as string)) continue;
    const start = m.index + m[0].length - name.length;
    const type: ValueType = /^(mr|ms|mrs|miss|dr)$/.test(slot) ? 'name' : 'place';
    out.push({
      type,
      unit: type === 'name' ? 'person' : slot,
      value: lower,
      start,
      end: start + name.length,
    });
  }
}
