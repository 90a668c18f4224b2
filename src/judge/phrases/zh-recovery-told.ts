/**
 * Chinese: a reassurance that a thing comes right by itself (自己就恢复 / 自己会好) that is no false
 * reassurance by its clause roles (folded text: Simplified, marks as , . ? !):
 * - told as the past — a time already gone anchors it before the hit in its sentence (六点十分它自己就
 *   恢复了 / 后来自己就好了 / 昨晚已经自己恢复了) and nothing in the sentence looks ahead: a report of
 *   what happened, not a promise about the customer's trouble;
 * - followed by our fallback — a condition of its failing, then our own act (…，要是周三还不行，我直接
 *   安排师傅上门): the forecast is hedged by what we will do.
 */

/** A time already gone: a clock time, a past day or part of one, 已经 / 后来 / 当时 / 刚才. */
const PAST_ANCHOR =
  /\d{1,2}(?:点|时)(?:\d{1,2}分?|半|钟)?|已经|早就|后来|当时|刚才|刚刚|那天|那次|昨天|昨晚|昨日|琴日|尋日|寻日|前天|前晚|上(?:个)?(?:周|星期|礼拜|月|次|回)/u;

/** Anything looking ahead: a modal of the future, a wait, a later time. */
const AHEAD =
  /会|要|将|等|过(?:[一两几三]|一阵|阵|些)|明天|听日|后天|一会|待会|稍后|之后|以后|慢慢|迟(?:啲|些|点)|很快|马上|下(?:个|次|周|星期|礼拜|回)/u;

/** A condition of the thing failing, then the agent acting: 要是…还不行，我… / 如果…没好的话我们… */
const FALLBACK =
  /(?:要是|如果|假如|万一|若|如)[^.!?]{0,16}?(?:不行|没好|没有好|没恢复|没有恢复|不好|未好|冇好|唔得|唔好返|还是|仍然|仍)[^.!?]{0,8}?,?(?:我们|我哋|我|咱们)(?!不|没|唔|冇|也|都)/u;

/** Is the reassurance at [s, e) of sentence [ss, se) told as the past or followed by our fallback? */
export function recoveryToldZh(t: string, s: number, e: number, ss: number, se: number): boolean {
  const sentence = t.slice(ss, se);
  if (PAST_ANCHOR.test(t.slice(ss, s)) && !AHEAD.test(sentence)) return true;
  return FALLBACK.test(t.slice(e, se));
}
