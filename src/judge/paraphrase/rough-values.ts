import {
  ABOUT_EN,
  ABOUT_ZH_AFTER,
  ABOUT_ZH_BEFORE,
  NEARLY_EN,
  NEARLY_ZH,
  roughlyAsLong,
} from '../text/approximate.js';
import { hasHan } from '../text/chars.js';
import type { ValueMention } from '../text/value-mentions.js';
import { inMinutes } from './offset-times.js';

/**
 * Bound words before an English length of time: the customer's value lies above, below (these
 * and NEARLY_EN) or near it (ABOUT_EN).
 */
const ABOVE = /\b(?:over|more than|upwards of|at least|longer than)\s+$/;
const BELOW = /\b(?:under|less than|not even)\s+$/;
/**
 * Chinese bound words before a length of time besides NEARLY_ZH and ABOUT_ZH_* (approximate.ts):
 * the customer's value lies above (超过) or below (不到) it.
 */
const ZH_ABOVE = /(?:超过|超過|多于|多於)$/;
const ZH_BELOW = /(?:不到)$/;
/** How far a length said "about" may lie from the customer's, and one said plainly in days. */
const NEAR_SHARE = 0.25;
const PLAIN_SHARE = 0.1;
/** Plain lengths of a week or more are said loosely ("a week and a half" for ten days). */
const LOOSE_FROM_DAYS = 7;

const within = (a: number, b: number, share: number) => Math.abs(a - b) < share * Math.max(a, b);

/**
 * A length of time said in words that bound it, not as the customer's value ("just over a
 * week" for eight days, "about ten minutes" for twelve), or loosely in days ("a week and a half"
 * for ten days): the customer's value lies where the words put it, so it is not another value.
 */
function roughLength(
  mention: ValueMention,
  told: readonly ValueMention[],
  answer: string,
): boolean {
  if (mention.type !== 'duration') return false;
  const before = answer.slice(Math.max(0, mention.start - 24), mention.start).toLowerCase();
  const v = Number(mention.value);
  return told.some((t) => {
    // A length the answer's bound covers (差几天就一个月, 不到一个月, 大半个钟: roughlyAsLong).
    if (hasHan(answer.slice(mention.start, mention.end)) && roughlyAsLong(t, mention, answer))
      return true;
    if (t.type !== 'duration' || t.unit !== mention.unit) return false;
    const x = Number(t.value);
    if (hasHan(answer.slice(mention.start, mention.end)))
      return zhBound(before, answer.slice(mention.end, mention.end + 2), x, v);
    if (ABOVE.test(before)) return x > v;
    if (BELOW.test(before) || NEARLY_EN.test(before)) return x < v;
    if (ABOUT_EN.test(before)) return within(x, v, NEAR_SHARE);
    return t.unit === 'day' && Math.min(x, v) >= LOOSE_FROM_DAYS && within(x, v, PLAIN_SHARE);
  });
}

/** A Chinese length bound by its words, and near the customer's (快三个礼拜 for 二十天, not for 一天). */
function zhBound(before: string, after: string, x: number, v: number): boolean {
  if (!within(x, v, NEAR_SHARE)) return false;
  if (ZH_ABOVE.test(before)) return x > v;
  if (ZH_BELOW.test(before) || NEARLY_ZH.test(before)) return x < v;
  return ABOUT_ZH_BEFORE.test(before) || ABOUT_ZH_AFTER.test(after);
}

/** Occurrences: "the third time" counts one kind of event, "three times" may count another. */
const OCCURRENCES = new Set(['time', 'times', 'occasion', 'occasions']);

/**
 * A count of things the customer's ordinal tells ("two loads" where the customer spoke of "the
 * second load"): as many as the ordinal counts, not a count said wrong.
 */
const countByOrdinal = (mention: ValueMention, told: readonly ValueMention[]) =>
  mention.type === 'quantity' &&
  !OCCURRENCES.has(mention.unit) &&
  told.some((t) => t.unit === `ordinal ${mention.unit}` && t.value === mention.value);

/** Kinds of value an English bound word puts near the customer's, besides lengths in one unit. */
const AMOUNTS = new Set(['money', 'quantity', 'number']);

/**
 * An English amount, count or length in minutes or hours said with words that bound it ("nearly
 * five hundred pounds" for £480, "a bit under forty boxes" for 38, "a bit under an hour" for 55
 * minutes): the customer's `fact` lies on the side the words put it, and near (a quarter at most).
 */
export function boundNear(fact: ValueMention, said: ValueMention, answer: string): boolean {
  const minutes = [inMinutes(fact), inMinutes(said)];
  const inTime = minutes.every((m) => m !== undefined) && fact.unit !== said.unit;
  const alike =
    inTime ||
    (AMOUNTS.has(said.type) &&
      fact.type === said.type &&
      (fact.unit === said.unit || fact.unit === '*' || said.unit === '*'));
  if (!alike || hasHan(answer.slice(said.start, said.end))) return false;
  const [x, v] = inTime ? (minutes as [number, number]) : [Number(fact.value), Number(said.value)];
  if (!within(x, v, NEAR_SHARE)) return false;
  const before = answer.slice(Math.max(0, said.start - 24), said.start).toLowerCase();
  if (ABOVE.test(before)) return x > v;
  if (BELOW.test(before) || NEARLY_EN.test(before)) return x < v;
  return ABOUT_EN.test(before);
}

/** A value of the answer that the customer's values allow, though none is the same. */
export const toldRoughly = (
  mention: ValueMention,
  told: readonly ValueMention[],
  answer: string,
): boolean =>
  roughLength(mention, told, answer) ||
  countByOrdinal(mention, told) ||
  told.some((t) => boundNear(t, mention, answer));
