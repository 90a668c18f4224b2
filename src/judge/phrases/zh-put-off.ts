import { wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * "I'm busy" in Chinese told by structure (folded text): the agent's load named (订单太多 / 人很多 /
 * 手上有好几件要验 / 我一个人守着热线 / 前面排了四十个), then the customer's matter put off to an open
 * later, to be talked over or looked at then (您的事我下周再看 / 等一下再说 / 您晚点再问 / 轮到您再说吧)
 * — no time the agent commits to, no act for the customer (明天我再帮您看 is a promise), and no
 * way forward after.
 */
const LOAD = /太多|很多|好多|好几|排了|排着|一个人|忙|爆满|满了/;
const PUT_OFF =
  /(?:下周|下星期|下礼拜|晚点|晚一点|迟啲|等一下|等一阵|等阵|回头|改天|轮到你|有空|得闲)[^,.!?帮替给为]{0,6}?再(?:说|看|问|讲|谈|聊)(?:吧|啦|喇|咯|好吗|好不好)?(?=[,.!?]|$)/u;

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
  return undefined;
}
