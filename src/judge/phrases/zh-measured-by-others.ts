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
  /(?:一直|一向|向来|历来|从来|素来|一贯)(?:以来)?(?:都|也)?(?:是|系|按|收|要|先)|(?:往年|历年|以往)[^,.!?;:]{0,6}?(?:都|也)(?:是|系|按)/u;

/** The past as the warrant: years of it, before the agent came, this year the same, everyone so, never once. */
const WARRANT =
  /\d+年(?:了|来|都|嚟)|(?:我|我们)(?:来|嚟|入职|入行)之前|今年(?:也|都)(?:一样|系咁|这样)|(?:个个|人人|大家|每个|所有)[^,.!?;:]{0,4}(?:都|也)(?:是|系)?(?:这样|咁|这么|一样)|从来(?:没|冇|没有|未)[^,.!?;:]{1,8}过|这么过来|咁过嚟|就(?:这样|系咁|是这样)(?=[,.!?;:啦嘅的]|$)/u;

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

/** A practice always so in one clause, the past as its warrant in another, stated. */
function warrantedByPast(sentence: string): boolean {
  if (NOT_STATED.test(sentence)) return false;
  const clauses = sentence.split(/[,;:]/);
  const always = clauses.findIndex((c) => ALWAYS.test(c));
  return always >= 0 && clauses.some((c, i) => i !== always && WARRANT.test(c));
}
