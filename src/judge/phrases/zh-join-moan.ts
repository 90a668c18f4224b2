import type { PhraseList } from './compile.js';

/**
 * The agent joining the customer's complaint against their own side (您是对的——真讨厌), read by
 * structure on folded text: the agent as subject with 也/都 ("I too") and a word of exasperation
 * (我也很傻眼 / 连我都受不了 / 我哋都好无语).
 */
const JOINS =
  /(?:我|我们|我哋)(?:自己)?(?:也|都|亦)(?:很|好|超|真系|真的|是|觉得|快)*(?:傻眼|无语|受不了|顶唔顺|服了|抓狂|崩溃|火大|烦)/u;

/** The list entry that words the flag. */
export const JOIN_MOAN_ENTRY_ZH = 'how-annoying';

/** The agent's exasperation shared, in folded text `t`, as a [start, end) range. */
export function joinMoanZh(
  t: string,
  _list: PhraseList,
  _runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const m = JOINS.exec(t);
  return m ? [m.index, m.index + m[0].length] : undefined;
}
