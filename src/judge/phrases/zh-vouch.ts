import type { PhraseList } from './compile.js';
import { firstStanding } from './first-sentence.js';

/**
 * Chinese: false reassurance by structure — the agent's vow of any wording (我保证 / 跟您保证 / 我拍
 * 心口 / 我打包单 / 我包保 / 我敢写进合同 / 包在我身上 / 交给我 / 相信我 / 我跟考官熟) beside a certain outcome whose clause names no one
 * on the agent's side: "贷款肯定能批，这个我现在就可以跟您保证", "入籍宣誓肯定排到下个月十号，我拍
 * 心口". The agent's own act vowed (我保证今晚六点前回您) can be kept; a question, a condition or
 * something checked (查过 / 系统显示 / 已经) grounds or withholds the certainty. Folded text:
 * simplified, commas ',', numbers as digits (一万 → 10000).
 */
const VOW =
  /我[^,.!?;:]{0,8}?(?:保证|担保|包保|打包票|打包单|包底|发誓|拍心口|拍胸口|拍胸脯|拍胸膛|写[进入]合同)|包在我身上|交给我|相信我(?![们哋])|放(?:10000|100|1000000)个心|我(?:跟|同|和)[^,.!?;:]{1,6}熟/u;

/**
 * A guarantee word heading the outcome itself (暖气费保准省一半 / 包你十年不出毛病 / 这台琴保证三年都
 * 不会走音): the vow and the certainty in one. Not the 包 of a noun (面包, 钱包, 红包…), nor 保证 opening
 * its clause (保证今晚送到: our own act, its doer left unsaid) or a noun (保证人 / 保证金).
 */
const GUARANTEED =
  /(?:保准|管保|(?<![面书红钱背荷])包你|(?<=\p{Script=Han})保证(?![人金书期单卡]))[^,.!?;:]*\p{Script=Han}[^,.!?;:]*\p{Script=Han}/u;

/** A vow withheld: 不能保证 / 没法保证 / 唔敢保证. */
const VOW_WITHHELD = /(?:不|没|冇|唔|无)[^,.!?;:]{0,3}(?:保证|担保)/u;

/**
 * A certain outcome: certainty and a verb (肯定能批 / 一定会退 / 准能办完 / 实过 / 都能上架), or a
 * concession that no condition can shake it (就算封路吊机7点都准时到 / 几大水都入唔到), or an extreme that it
 * holds at (骑10000公里都不会偏 / 1分钟都不会耽误 / 1滴油都漏不到).
 */
const CERTAIN =
  /(?:肯定|一定|绝对|百分百|100%)(?:会|能|可以|得|要)?[\p{Script=Han}\d]|(?:准|实)(?:能|会|可以|过|得|保)|(?:都|就)能\p{Script=Han}|(?:就算|即使|哪怕|无论|不管|几大|多大|再大|再多)[^,.!?;:]{0,10}?都\p{Script=Han}|(?:\d|[一两半])\p{Script=Han}{0,4}?(?:都|也)(?:不|没|唔|冇|\p{Script=Han}{1,2}[不唔])/u;

/**
 * The agent's side, a hedge, or the customer as the object of our conduct (不会让你白等 / 不会多收你; not the
 * owner of a thing, 收你份报告) in the outcome's clause: then it is the agent's act, or no certainty.
 */
const NOT_AN_OUTCOME =
  /我|咱|本店|应该|可能|也许|大概|估计|希望|(?:让|叫|令|俾|收|扣|罚|烦|骗|坑|催)你(?![的嘅]\p{Script=Han}|[份个间部架条张副盒啲樽只家们哋])/u;

/** The agent's own step: 我(们)会 / 我就 / 我下午就给你… / 我马上. */
const OWN_STEP = /我(?:们|哋)?[^,.!?;:]{0,4}?(?:会|就|来|去|马上|现在|给你|帮你|再)/u;

/** A question, a condition, or something checked or counted, anywhere in the sentence. */
const WITHHELD_OR_GROUNDED =
  /[?？]|吗|如果|只要|要是|假如|的话|除非|万一|查过|查了|查到|系统|显示|记录|已经|确认|核实|批了|批咗|清点|盘点|核对|检查过|检验过|测试过|试过|点过|数过/u;

/** The list entry that words the flag. */
export const VOUCH_ENTRY_ZH = 'g-empty-reassure';

/** The first sentence of folded text `t` vouching for an outcome not the agent's, as a range. */
export function vouchedOutcomeZh(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  return firstStanding(t, list, runOn, vouches);
}

/** A vow beside a certain outcome whose clause names no one on the agent's side. */
function vouches(sentence: string): boolean {
  if (VOW_WITHHELD.test(sentence) || WITHHELD_OR_GROUNDED.test(sentence)) return false;
  if (sentence.split(/[,;:]/).some((c) => GUARANTEED.test(c) && !NOT_AN_OUTCOME.test(c)))
    return true;
  if (!VOW.test(sentence)) return false;
  const rest = sentence.replace(VOW, ',');
  // The agent's own step beside the vow ("交给我吧，…，我下午就给您回电话"): it takes the job on.
  if (OWN_STEP.test(rest)) return false;
  // A concession and what it cannot shake are one outcome across their comma (就算打风,渡轮都照开).
  const outcomes = rest.replace(/((?:就算|即使|哪怕|无论|不管)[^,.!?;:]{0,10}),/gu, '$1');
  return outcomes
    .split(/[,;:]/)
    .some((clause) => CERTAIN.test(clause) && !NOT_AN_OUTCOME.test(clause));
}
