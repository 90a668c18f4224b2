import { wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * "I'm busy" in Chinese told by structure (folded text): the agent's load named (订单太多 / 人很多 /
 * 手上有好几件要验 / 我一个人守着热线 / 前面排了四十个 / 这周手上五个工地 / 要赶三座铜像), then the
 * customer's matter put off to an open later, to be talked over or looked at then (您的事我下周再看 /
 * 等一下再说 / 您晚点再问 / 下星期先讲), shelved (往后排吧 / 往后放放 / 先放着 / 迟啲先) or not to be
 * raised now (先不要讲这个) — no time the agent
 * commits to, no act for the customer (明天我再帮您看 is a promise), and no way forward after.
 */
const LOAD =
  /太多|很多|好多|超多|超级多|一堆|好几|排了|排着|一个人|忙|爆满|满了|赶|(?:一|1)(?:整|大(?:堆|批|车))|(?:[2-9]|[1-9]\d|[两三四五六七八九十几])(?:个|座|件|单|份|台|家|场|批|车|处)/;
const LATER =
  '下周|下星期|下礼拜|下个月|晚点|晚一点|迟啲|迟点|迟些|等一下|等一阵|等阵|回头|改天|过两天|过几天|轮到你|有空|得闲';
const PUT_OFF = new RegExp(
  `(?:(?:${LATER})[^,.!?帮替给为]{0,6}?(?:再|先)(?:说|看|问|讲|谈|聊|处理|弄|搞|倾|睇)|往后[排放挪推](?:一?[排放挪推]|一下|一点)?|排后面|放后面|先放(?:着|著|一放|一边|住|放)|先搁着|先(?:不要|别|唔好)(?:讲|说|提|问|倾)(?:这个|这些|这件事|呢个|呢啲|呢件事)?|(?:迟啲|迟点|晚点|等阵)先)(?:吧|啦|喇|咯|好吗|好不好)?(?=[,.!?]|$)`,
  'u',
);

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
