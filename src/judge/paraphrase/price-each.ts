import type { ValueMention } from '../text/value-mentions.js';

/** "£35 each", "twenty pounds apiece", "£35 a ticket": a price said for one of several things. */
export const EACH_AFTER =
  /^\s*(?:each|apiece|a head|per\b|an? (?:ticket|piece|person|seat|item|night))/;

/**
 * A fact's total (`total`, a value of its phrases) said as the price of one (`each`, said in
 * `answer` with "each" or "apiece" after it) for one of the customer's counts: "twenty pounds
 * apiece" for the three of them is £60.
 */
export const totalByEach = (
  total: ValueMention,
  each: ValueMention,
  counts: readonly number[],
  answer: string,
) =>
  each.type === 'money' &&
  (total.type === 'money' || total.type === 'number') &&
  EACH_AFTER.test(answer.slice(each.end, each.end + 12)) &&
  counts.some((n) => Math.abs(Number(each.value) * n - Number(total.value)) < 1e-9);
