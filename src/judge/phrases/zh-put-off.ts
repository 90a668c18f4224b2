import { wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * "I'm busy" in Chinese told by structure (folded text): the agent's load named (订单太多 / 人很多 /
 * 手上有好几件要验 / 我一个人守着热线 / 前面排了四十个 / 这周手上五个工地 / 要赶三座铜像), then the
 * customer's matter put off to an open later, to be talked over or looked at then (您的事我下周再看 /
 * 等一下再说 / 您晚点再问 / 下星期先讲), or shelved (往后排吧 / 先放着 / 迟啲先) — no time the agent
 * commits to, no act for the customer (明天我再帮您看 is a promise), and no way forward after;
 * or told not to bring it up now (先不要讲这个). Also the agent's own activity of the moment as the
 * reply's last word (我正上课呢 / 我而家喺度开会啦): the customer left with the agent's occupation, unless
 * the activity is for them (我正在帮您查) or a way forward follows.
 */
const LOAD =
  /太多|很多|好多|超多|好几|排了|排着|一个人|忙|爆满|满了|赶|(?:一|1)(?:整|大(?:堆|批|车))|(?:[2-9]|[1-9]\d|[两三四五六七八九十几])(?:个|座|件|单|份|台|家|场|批|车|处)/;
const LATER =
  '下周|下星期|下礼拜|下个月|晚点|晚一点|迟啲|迟点|迟些|等一下|等一阵|等阵|回头|改天|过两天|过几天|轮到你|有空|得闲';
const PUT_OFF = new RegExp(
  `(?:(?:${LATER})[^,.!?帮替给为]{0,6}?(?:再|先)(?:说|看|问|讲|谈|聊|处理|弄|搞|倾|睇)|往后排|排后面|放后面|先放(?:着|著|一放|一边|住)|先搁着|(?:迟啲|迟点|晚点|等阵)先|先(?:不要|别|唔好)(?:讲|说|提|问)(?:这个|呢个|住)?)(?:吧|啦|喇|咯|好吗|好不好)?(?=[,.!?]|$)`,
  'u',
);

/**
 * The agent in person (我, not 我们 营业中) engaged right now (我正 / 我正在 / 我现在在 / 我而家喺…) in an
 * activity of a few characters,
 * closed on the sentence or a particle: not a service act or one for the customer (查 / 处理 / 帮您 …),
 * not being on the way or here (路上 / 在呢).
 */
const OWN_ACTIVITY =
  /(?:^|[,.!?\s])(?:欸|诶|哎|嗯|喂)?我(?!们|哋)(?:现在|而家|宜家|这会儿)?(?:正在|正|在|喺度|喺)(?!帮|替|给|为|同你|跟你|查|看|睇|处理|跟进|核|确认|联系|安排|办|弄|准备|路上|途中|呢|度呢)(\p{Script=Han}{2,4}?)(?:中|紧)?(?:呢|啦|喇|啊|呀|咯|嘛)*[.!]?$/u;

/** The list entry that words the flag. */
export const PUT_OFF_ENTRY_ZH = 'g-busy-new';

/** The first matter put off under the agent's load in folded text `t`, as a [start, end) range. */
export function putOffAtZh(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const [start, stop] of sentenceSpans(t, runOn)) {
    const sentence = t.slice(start, stop);
    const m = PUT_OFF.exec(sentence);
    if (!m || !LOAD.test(sentence.slice(0, m.index))) continue;
    const end = start + m.index + m[0].length;
    if (!wayForward(t, end, end, list, runOn)) return [start + m.index, end];
  }
  const last = sentenceSpans(t, runOn).at(-1);
  if (last && OWN_ACTIVITY.test(t.slice(last[0], last[1])) && !/你/.test(t.slice(last[0], last[1])))
    return [last[0], last[1]];
  return undefined;
}
