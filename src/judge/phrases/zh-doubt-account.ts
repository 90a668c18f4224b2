import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';
import { pointedQuestion } from './zh-rhetorical.js';

/**
 * Chinese doubts of the customer's account, read by structure on folded text (Simplified, 您 as 你,
 * marks as , . ? !):
 * - a question putting the cause on the customer's own doing, marked by the reflexive 自己 or by
 *   "your … problem" (是不是你自己…? / 系咪你自己冇揿确认? / 是不是你家wi-fi的问题?);
 * - the agent saying the account is hard to believe (我好难信喎 / 我很难相信);
 * - "really?" asked as a clause of its own after the customer's words or our record set against them
 *   (病历冇写喎,真系咁?); opening a reply it is surprise (真的吗?太好了!);
 * - the agent's reading of the evidence set against the account the customer gave: an appearance
 *   word with a comparative 像 (看起来比较像…) after the customer's words are restated (你说…?), or
 *   with the customer as the doer (看起来像你自己…);
 * - a truth-question on the account (你确定… / 你真的…?) with our record set against it after
 *   (我们这边查不到);
 * - an improbability as a retort (不太可能吧 / 不可能没收到吧), or the customer's error told as the
 *   agent's inference (你应该是搞错了);
 * - after the customer's words are restated (你说…?), the account called unlikely (不太可能) or put
 *   down to the customer being too sensitive (应该是你太敏感吧);
 * - the agent's doubt verb closing its clause, its object the account fronted before it (你说的漏光
 *   我有点怀疑 / 你话漏光我就真系有啲怀疑); one with its object after (我怀疑是电池的问题) diagnoses;
 * - after the account is echoed as a question (两小时就没了?), an improbability closed by 吧 (不太可能
 *   这么快吧); after it is echoed as that soon (用一次就坏?), a question putting the cause on the
 *   customer's doing (你是不是拿它干别的了?);
 * - "really?" opening a question (真的有漏送吗?) with our record set against it after (系统显示都签收了);
 * - a truth-question said twice over (你确定…真的…?);
 * - the customer asked whether they saw it with their own eyes or were there (你亲眼看见了? / 你当时在场
 *   看着?), or, after a "really?" question on the account, whether they saw it at all (真的是我们师傅刮
 *   花的?你有看到吗?): the account held to proof. One asking who or what they saw gathers facts.
 * A condition or a polite opener (请问) before a question makes it an ordinary one.
 */
const SELF_CAUSE = [
  /(?:是不是|是否|会不会|系咪|系唔系|有没有可能|会唔会)(?:你|是你)自己/u,
  /你(?:是不是|系咪|会不会|会唔会)自己/u,
  /(?:是不是|系咪|会不会|系唔系)你[^,.!?]{0,12}?(?:的问题|嘅问题|的原因|嘅原因)[呢啊呀吖]*\?$/u,
];
const DISBELIEF = /我(?:真系|真的|实在|都|也)?(?:好|很|有点|有啲|几)?难(?:以)?(?:信|相信|置信)/u;
const REALLY = /(?:^|,)(?:真系咁|真系|真的|是真的|真的假的|系咪真)(?:吗|咩|啊|呀|嘅|㗎)*\?$/u;
const LOOKS = '(?:看起来|看上去|看着|睇落|睇嚟|看来)[^,.!?]{0,4}?';
const LOOKS_OTHER = new RegExp(`${LOOKS}(?:比较|更|反而|倒)像`, 'u');
const LOOKS_YOURS = new RegExp(`${LOOKS}像(?:是)?(?:你|自己)`, 'u');
/** An improbability judged on what the customer said (不太可能 / 唔多可能喎), or their account put down to their oversensitivity (是你太敏感). */
const UNLIKELY =
  /(?:不|唔)(?:太|大|多)?可能(?![^,.!?]*(?:但|不过|我们会|我帮|帮你))|是你(?:自己)?太\p{Script=Han}/u;
/** A truth-question put to the customer's account (你确定… / 你真的…), not to what they mean to do. */
const SURE = /你(?:确定|肯定|真的|真系|真是|真)(?!要|想|需要|打算)/u;
/** Our record set against it in a sentence after (我们这边查不到 / 系统冇纪录 / 不太像). */
const AGAINST =
  /(?:我们|我这边|我哋|我|系统|记录|纪录)[^.!?]{0,12}?(?:没|冇|查不到|看不到|睇唔到|看不出|找不到|搵唔到|唔见)|(?:不|唔)(?:太|大|多)?(?:可能|像)|(?:系统|记录|纪录|电脑)上?(?:显示|写着|写住)|根本(?:没|冇)/u;
/** The agent's doubt verb closing its clause, its object before it: not 我不怀疑, nor 我怀疑是…. */
const DOUBT_VERB = /我[^,.!?你]{0,6}?(?<![不没唔冇])怀疑[啊呀喎啦吧咯]*(?=[,.!?]|$)/u;
/** An improbability closed by a retorting 吧 (不太可能两小时就没了吧), after the account echoed. */
const RETORT_TAIL = /(?:不|唔)(?:太|大|多)?可能[^,.!?]{1,12}?(?:吧|啦|喎)(?=[,.!?]|$)/u;
/** The cause put on the customer's own past doing, asked (你是不是拿它干别的了?), after the account echoed. */
const YOUR_DOING =
  /(?:(?:是不是|是否|系咪|系唔系|会不会)你|你(?:是不是|系咪|会不会))[^,.!?]{1,12}?(?:了|咗|过)[呢啊呀吖]*\?$/u;
/** "Really?" opening a question of what happened (真的有漏送吗?), not of what they want. */
const REALLY_OPEN =
  /^(?:你)?(?:真的|真系|真是)(?!要|想|需要|打算)(?=[^,.!?]*(?:有|没|冇|过|了|咗))[^,.!?]{1,14}?\?$/u;
/** A truth-question said twice over (你确定狗狗真的是…?). */
const SURE_TWICE = /你(?:确定|肯定)[^,.!?]{0,8}?真的/u;
/** An improbability put as a retort (不太可能吧 / 不可能没收到吧). */
const RETORT = /(?:不|唔)(?:太|大|多)?可能(?:吧|啦|喎|㖞)|不可能(?:没|冇)[^,.!?]{0,6}?吧/u;
/** The customer's error told as the agent's inference (你应该是搞错了 / 你多半记错). */
const INFERRED_ERROR =
  /你[^,.!?]{0,4}?(?:应该|肯定|一定|大概|估计|多半)(?:是)?[^,.!?]{0,4}?(?:记|看|听|搞|弄|填|写|输|算|拿|按|睇)(?:错|混)/u;
const RESTATED = /你(?:说|话|讲)[^.!?]*\?/u;
/** Seen with their own eyes, or there at the time (你亲眼看见了? / 你当时在场看着?), no wh-word asked. */
const WITNESS =
  /^(?![^?]*(?:谁|什么|哪|几|怎么|边个|乜|咩))[^?]*你[^,.!?]{0,6}?(?:亲眼|亲自|在场)[^,.!?]{0,6}?(?:看|见|睇)/u;
/** Whether they saw it at all (你有看到吗?), after a "really?" question on the account. */
const SAW_IT = /你(?:有|有没有|有冇)?(?:看到|看见|见到|睇到|睇见)[^,.!?]{0,4}\?$/u;
/** A question opening on "really" (真的是我们师傅刮花的?). */
const REALLY_ASKED = /^(?:你)?(?:真的|真系|真是|是真的)/u;

/** The list entry that words the flag. */
export const DOUBT_ACCOUNT_ENTRY_ZH = 'g-doubt';

/** The first doubt of the customer's account in folded text `t`, as a [start, end) range. */
export function doubtAccountZh(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const spans = [...sentenceSpans(t, runOn)];
  const against = spans.map(([s, e]) => AGAINST.test(t.slice(s, e)));
  // Whether a sentence after i sets our record against the account, read once for all sentences.
  const againstAfter = spans.map(() => false);
  for (let i = spans.length - 2; i >= 0; i--)
    againstAfter[i] = (againstAfter[i + 1] as boolean) || (against[i + 1] as boolean);
  let restatedBefore = false;
  let againstBefore = false;
  let echoedBefore = false;
  let soonBefore = false;
  let reallyBefore = false;
  for (const [i, [s, e]] of spans.entries()) {
    const sentence = t.slice(s, e);
    const restated = RESTATED.test(sentence);
    const question = pointedQuestion(sentence);
    const forms = [DISBELIEF, LOOKS_YOURS, RETORT, INFERRED_ERROR, DOUBT_VERB];
    if (question) forms.push(...SELF_CAUSE, SURE_TWICE, WITNESS);
    if (question && reallyBefore) forms.push(SAW_IT);
    if (question && (restatedBefore || againstBefore || against[i])) forms.push(REALLY);
    if (question && againstAfter[i]) forms.push(SURE, REALLY_OPEN);
    if (restatedBefore || restated) forms.push(LOOKS_OTHER, UNLIKELY);
    if (echoedBefore) forms.push(RETORT_TAIL);
    if (soonBefore && question) forms.push(YOUR_DOING);
    for (const re of forms) {
      const m = re.exec(sentence);
      if (m) return [s + m.index, e];
    }
    restatedBefore ||= restated;
    reallyBefore ||= question && REALLY_ASKED.test(sentence);
    againstBefore ||= against[i] as boolean;
    // The account echoed back as a question of its own, with no 你 asked about (两小时就没了?).
    echoedBefore ||= question && !sentence.includes('你');
    // …and told as happening that soon (用1次就坏?): what the cause is then put on.
    soonBefore ||= question && !sentence.includes('你') && sentence.includes('就');
  }
  return undefined;
}
