import { wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Chinese brush-offs, read by structure on folded text (Simplified, marks as , . ? !): a judgement
 * that the customer's problem does not matter —
 * - nobody would notice or care, said with a universal subject (谁会注意啊 / 冇人会理㗎);
 * - who would ever look, asked of the customer's fault with nothing to answer it (谁会蹲下来看啊 / 来宾哪
 *   会细看 / 边个会攞嚟睇咁仔细): an interrogative "who"/"how could" with a verb of looking or checking
 *   closing the sentence or a clause on an exclamatory particle, not a question asked (谁会来看？);
 * - the customer's reaction called too much (不用这么紧张 / 唔使咁大反应);
 * - the fault called the way things are (都这样 / 本来就这样 / 好正常) together with telling the
 *   customer to leave it be (别管它 / 不用理 / 唔使理);
 * - the trouble judged normal as a clause's own predicate (很正常啊 / 属于正常现象 / 超正常的啦), with
 *   nobody doing anything about it anywhere in the reply: no agent acting, no way forward after it.
 */
const NOBODY_CARES =
  /(?:谁会|谁还会|边个会|冇人会|没人会|没有人会|无人会)(?:去)?(?:注意|在意|留意|理会|理|发现|看得出|睇得出|介意|计较|在乎)/u;
/**
 * Who would look: 谁 / 边个 / 哪有人 (not the 没人 of a promise that no one sees the customer's data) or
 * 哪会, then within the clause a verb of looking or checking, its result or degree, closing the
 * sentence or an exclamation (…啊,).
 */
const WHO_WOULD_LOOK =
  /(?:(?:谁|边个|哪个|哪有人|边有人)(?:会|还会|有空|得闲)?|(?<![在去从到喺系是])(?:哪|边)(?:会|有人会))[^,.!?;:]{0,8}?(?:看|睇|查|量|注意|发现|留意|察觉)(?:得出(?:来|嚟)?|到|出来|(?:得)?(?:咁|这么|那么)\p{Script=Han}{1,2})?(?:[啊呀啦嘛喔咯]+(?=[,.!;:]|$)|(?=[.!]|$))/u;
/** The customer's reaction judged too much: a necessity denied, a degree, a feeling (不用这么紧张 / 唔使咁大反应 / 至于这么较真吗). */
const TOO_MUCH =
  /(?:不用|不必|没必要|唔使|使乜|别|不要|至于|用不着)(?:这么|那么|咁|太|这样|那样)(?:大)?(?:紧张|在意|着急|激动|较真|当回事|大反应|反应|生气|计较|执着|认真)/u;
const THE_WAY_IT_IS = /都(?:是)?这样|本来就(?:是)?这样|都系咁|系咁㗎|都会这样|(?:好|很|挺)正常/u;
const LEAVE_IT = /(?:别|不用|不要|不必|唔使|唔好|毋须|无须)(?:去)?(?:管|理|在意)|管它/u;
/**
 * 正常 closing a clause as its predicate, judged by a degree or a copula (很正常啊 / 好正常啦 / 属于正常现象 /
 * 是正常的) or made a thing of its own (正常的 / 正常现象): not an adverb (可以正常吃饭, 正常营业), not a
 * reading (一切正常, 运行正常, 属于正常: no degree), not denied (不太正常).
 */
const NORMAL_CALLED =
  /(?:(?:很|好|挺|超|蛮|几|也|都|是)正常(?:不过)?(?:的|嘅)?(?:现象|事)?|(?<![不唔冇没切常行作示])正常(?:的|嘅|现象))[啊呀啦喇嘛咯喔哦吖㗎嘅啫咋囉呢]*(?=[,.!;:?]|$)/u;
/** A feeling of the customer's, or a reading, in the sentence called normal: empathy or good news. */
const FEELING_OR_READING =
  /担心|着急|紧张|生气|在意|介意|心情|疑问|放心不下|不放心|会问|这样想|难过|失望|不满|结果|检测|检查|指标|数值|读数|显示|运行|运作|营业/u;
/** The cause or the sign explained (因为电池在校准 / 说明正在快充): information, not a brush-off. */
const EXPLAINED = /因为|由于|原因|是为了|说明|意思是|代表/u;
/** A symptom foretold (刚开始会酸是很正常的): the customer forewarned, no trouble of theirs judged. */
const FORETOLD = /(?<!不)会/u;
/** The agent as the subject of an act (我们明天…, 我帮您…, 我哋即刻…), not of judging or telling. */
const AGENT_ACTS = /(?:我|咱)(?:们|哋|地)?(?!觉得|认为|看|说|讲|话|理解|明白|知道|估计|相信)/u;

/** The list entry that words the flag. */
export const BRUSH_OFF_ENTRY_ZH = 'g-brush-off';

/** The first brush-off in folded text `t`, as a [start, end) range. */
export function brushOffZh(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const nobody = NOBODY_CARES.exec(t) ?? TOO_MUCH.exec(t) ?? WHO_WOULD_LOOK.exec(t);
  if (nobody) return [nobody.index, nobody.index + nobody[0].length];
  const normal = normalCalled(t, list, runOn);
  if (normal) return normal;
  if (!THE_WAY_IT_IS.test(t)) return undefined;
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const m = LEAVE_IT.exec(t.slice(s, e));
    if (m) return [s + m.index, e];
  }
  return undefined;
}

/**
 * The trouble judged normal in a clause of `t`, not foretold, with no agent acting, no cause explained
 * and no way forward in the reply.
 */
function normalCalled(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const m = NORMAL_CALLED.exec(t);
  if (!m || AGENT_ACTS.test(t) || EXPLAINED.test(t)) return undefined;
  const e = m.index + m[0].length;
  const clauseStart = t.slice(0, m.index).search(/[^,.!?;:]*$/);
  const sentenceStart = t.slice(0, m.index).search(/[^.!?]*$/);
  if (
    FEELING_OR_READING.test(t.slice(sentenceStart, e)) ||
    FORETOLD.test(t.slice(clauseStart, m.index))
  )
    return undefined;
  return wayForward(t, e, e, list, runOn) ? undefined : [clauseStart, e];
}
