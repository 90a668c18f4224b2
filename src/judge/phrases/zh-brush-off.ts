import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Chinese brush-offs, read by structure on folded text (Simplified, marks as , . ? !): a judgement
 * that the customer's problem does not matter —
 * - nobody would notice or care, said with a universal subject or 哪会 (谁会注意啊 / 冇人会理㗎 /
 *   小朋友哪会在意这个);
 * - who would ever look, asked of the customer's fault with nothing to answer it (谁会蹲下来看啊 / 来宾哪
 *   会细看 / 边个会攞嚟睇咁仔细): an interrogative "who"/"how could" with a verb of looking or checking
 *   closing the sentence or a clause on an exclamatory particle, not a question asked (谁会来看？);
 * - who could even see it, or not worth the trouble, asked as a question (谁看得出来啊? / 至于专门跑来
 *   投诉吗? / 犯得着打三次电话?);
 * - the customer's reaction called too much (不用这么紧张 / 唔使咁大反应);
 * - the fault called the way things are (都这样 / 本来就这样 / 好正常) together with telling the
 *   customer to leave it be (别管它 / 不用理 / 唔使理).
 */
const NOBODY_CARES =
  /(?:谁会|谁还会|边个会|冇人会|没人会|没有人会|无人会|(?<![在去从到喺系是])(?:哪|边)会)(?:去)?(?:注意|在意|留意|理会|理|发现|看得出|睇得出|介意|计较|在乎)/u;
/**
 * Who would look: 谁 / 边个 / 哪有人 (not the 没人 of a promise that no one sees the customer's data) or
 * 哪会, then within the clause a verb of looking or checking, its result or degree, closing the
 * sentence or an exclamation (…啊,).
 */
const WHO_WOULD_LOOK =
  /(?:(?:谁|边个|哪个|哪有人|边有人)(?:会|还会|有空|得闲)?|(?<![在去从到喺系是])(?:哪|边)(?:会|有人会))[^,.!?;:]{0,8}?(?:看|睇|查|量|注意|发现|留意|察觉)(?:得出(?:来|嚟)?|到|出来|(?:得)?(?:咁|这么|那么)\p{Script=Han}{1,2})?(?:[啊呀啦嘛喔咯]+(?=[,.!;:]|$)|(?=[.!]|$))/u;
/**
 * Who could even see it, asked of the customer's fault: 谁 / 边个 / 哪有人 and a verb of looking with
 * its potential complement (谁看得出来啊? / 台下谁看得见啊 / 哪有人睇得出嚟?) — a question that needs
 * no answer, unlike 谁看见了? or 谁会来看?.
 */
const WHO_COULD_SEE =
  /(?:谁|边个|哪个|哪有人|边有人)(?:会|还会)?[^,.!?;:]{0,8}?(?:看|睇|察觉)得(?:出|见)(?:来|嚟)?[啊呀啦嘛喔咯吖啫]*(?=[,.!?;:]|$)/u;
/**
 * Not worth the customer's trouble: 至于 + an act + 吗 (至于专门跑来投诉吗?; not 至于 as "as for" before
 * a topic, 至于运费,…) or 犯得着 / 犯不着 (犯得着打三次电话?).
 */
const NOT_WORTH =
  /至于[^,.!?;:你我有]{1,10}?(?:吗|么)\?|(?:犯得着|犯不着|犯得上|犯唔着)[^.!?;]*\?/u;
/** The customer's reaction judged too much: a necessity denied, a degree, a feeling (不用这么紧张 / 唔使咁大反应 / 至于这么较真吗). */
const TOO_MUCH =
  /(?:不用|不必|没必要|唔使|使乜|别|不要|至于|用不着)(?:这么|那么|咁|太|这样|那样)(?:大)?(?:紧张|在意|着急|激动|较真|当回事|大反应|反应|生气|计较|执着|认真)/u;
const THE_WAY_IT_IS = /都(?:是)?这样|本来就(?:是)?这样|都系咁|系咁㗎|都会这样|(?:好|很|挺)正常/u;
const LEAVE_IT = /(?:别|不用|不要|不必|唔使|唔好|毋须|无须)(?:去)?(?:管|理|在意)|管它/u;

/** The list entry that words the flag. */
export const BRUSH_OFF_ENTRY_ZH = 'g-brush-off';

/** The first brush-off in folded text `t`, as a [start, end) range. */
export function brushOffZh(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const nobody =
    NOBODY_CARES.exec(t) ??
    TOO_MUCH.exec(t) ??
    WHO_WOULD_LOOK.exec(t) ??
    WHO_COULD_SEE.exec(t) ??
    NOT_WORTH.exec(t);
  if (nobody) return [nobody.index, nobody.index + nobody[0].length];
  if (!THE_WAY_IT_IS.test(t)) return undefined;
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const m = LEAVE_IT.exec(t.slice(s, e));
    if (m) return [s + m.index, e];
  }
  return undefined;
}
