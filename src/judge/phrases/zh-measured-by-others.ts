import type { PhraseList } from './compile.js';
import { firstStanding } from './first-sentence.js';

/**
 * Chinese: the past set up as the measure by structure — a practice said always to have been so
 * (一直都是先付七成 / 一向都系先收订金 / 往年的新生都是按这个顺序排的) and, in another clause, the past
 * held up as its warrant (二十年都这么过来的 / 我来之前就这样 / 今年也一样 / 个个客都系咁 / 从来冇收过
 * 信用卡 / 办了十年了). Either alone informs ("我们一直提供免费上门测量"; "这个问题我们从来没遇过，我马上
 * 请师傅过去"); a way forward after, a question or a condition answers otherwise. Folded text:
 * simplified, commas ',', numbers as digits.
 */
const ALWAYS =
  /(?:一直|一向|向来|历来|从来|素来|一贯)(?:以来)?(?:都|也|就)?(?:只)?(?:是|系|按|收|要|先|用)|(?:往年|历年|以往)[^,.!?;:]{0,6}?(?:都|也)(?:是|系|按)|(?:从以前|从前|打从以前|由以前)(?:到现在)?(?:就|都|也)(?:只)?/u;

/** The past as the warrant: years of it, before the agent came, this year the same, everyone so, never once. */
const WARRANT =
  /\d+年(?:了|来|都|嚟)|(?:从|由)(?:没|未|冇)(?:有)?[^,.!?;:]{1,8}过|(?:我|我们)(?:来|嚟|入职|入行)之前|今年(?:也|都)(?:一样|系咁|这样)|(?:个个|人人|大家|每个|所有)[^,.!?;:]{0,4}(?:都|也)(?:是|系)?(?:这样|咁|这么|一样)|从来(?:没|冇|没有|未)[^,.!?;:]{1,8}过|这么过来|咁过嚟|就(?:这样|系咁|是这样)(?=[,.!?;:啦嘅的]|$)/u;

/**
 * A span of time reaching now, then 都/也 and a pro-form closing the clause (从开店到现在都是这个点 /
 * 开店以来都这样 / 这么多年都这么干的 / 开咗10年都系咁), or the past itself or its always (…打包的,以前都这样 / 一直都系咁): the practice named in an earlier clause, said
 * to have held all along — the past as warrant and the practice's always in one clause. Without the
 * pro-form the span only tells what has held (从开业到现在，停车一直都是免费的).
 */
const SPAN_SO =
  /(?:(?:以前|以往|过去|从前|一直|一向|向来|历来)|(?:从|由|自)?[^,.!?;:]{1,8}?(?:到|至)(?:现在|而家|宜家|依家|今天|今日|如今)|(?:开店|开业|开铺|开张|成立|开门)以来|(?:这么|那么|咁)(?:些|多)年|(?:这|那|呢)(?:些|几)年|多年来|\d+年(?:来|了)?)(?:都|也)(?:是|系)?(?:这样|这么|咁|如此|一样|这个|这种)\p{Script=Han}{0,3}?[的嘅喔啦啊呀]*$/u;

/** The past as over (以前 / 过去), which a later "now" may set against the present (…，现在不用排队了). */
const BYGONE = /^(?:以前|以往|过去|从前)/u;
const NOW = /现在|而家|宜家|依家|如今|今后|从今|起/u;

/**
 * After the always, its other side closing the matter: never done otherwise (没出过电子档 / 冇变过 —
 * not 还没…过, still to come), or a "no" drawn from it (所以不行 / 所以改不了).
 */
const NEVER_OTHERWISE =
  /(?<![还仲])(?:没|冇|未)(?:有)?\p{Script=Han}{1,4}过\p{Script=Han}{0,5}?[了啦喔嘅的]*$|^(?:所以|因此|那)(?:就)?(?:是)?(?:不行|不可以|不能|唔得|唔可以|没得改|改不了|换不了)/u;

/** The practice said to stay so from now on, after an always (…从来都是按楼层算的，以后也这样). */
const FROM_NOW_ON = /(?:以后|将来|往后|今后)(?:也|都|还)(?:是|系)?(?:这样|这么|咁|如此|一样)/u;

/** A question, a condition or a way offered in the sentence ("…十年了都这样，可以分三期付"). */
const NOT_STATED = /[?？]|吗|如果|要是|假如|的话|可以|帮你|给你|不过|但是|建议/u;

/** The list entry that words the flag. */
export const PRECEDENT_ENTRY_ZH = 'g-precedent';

/** The first sentence of folded text `t` holding the past up as the measure, as a range. */
export function measuredByPastZh(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  return firstStanding(t, list, runOn, warrantedByPast);
}

/**
 * A practice always so in one clause, the past as its warrant (or the future as its echo) in
 * another, or a span reaching now said to hold it after the clause naming it; stated.
 */
function warrantedByPast(sentence: string): boolean {
  if (NOT_STATED.test(sentence)) return false;
  const clauses = sentence.split(/[,;:]/).map((c) => c.replace(/[.!]+$/, '').trim());
  if (
    clauses.some(
      (c, i) =>
        i > 0 &&
        SPAN_SO.test(c) &&
        !(BYGONE.test(c) && clauses.slice(i + 1).some((n) => NOW.test(n))),
    )
  )
    return true;
  const always = clauses.findIndex((c) => ALWAYS.test(c));
  return (
    always >= 0 &&
    clauses.some(
      (c, i) =>
        i !== always &&
        (WARRANT.test(c) || (i > always && (FROM_NOW_ON.test(c) || NEVER_OTHERWISE.test(c)))),
    )
  );
}
