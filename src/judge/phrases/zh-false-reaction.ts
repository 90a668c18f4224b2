import type { PhraseList } from './compile.js';

/**
 * Chinese false reactions, read by structure on folded text: an acknowledgement token said over and
 * over, which tells the customer to stop talking — a one-syllable token three times (嗯嗯嗯 / 系系系 /
 * 明明明), not running into a word (明明明天 is 明明 + 明天), or a two-syllable one twice (晓得了晓得了
 * / 了解了解 / 得啦得啦).
 */
const TRIPLED = /([嗯好是系对行明知得哦噢喔])\1\1(?=[,.!?\s]|$|[嗯好是系对行明知得哦噢晓了收])/u;
const DOUBLED =
  /(好啦|得啦|行啦|知道啦|我懂|我知道|晓得了|知道了|明白了|了解了|收到了|清楚了|懂了|晓得|知道|明白|了解|收到)\1/u;

/** The list entry that words the flag. */
export const FALSE_REACTION_ENTRY_ZH = 'brush-off';

/** The first repeated acknowledgement in folded text `t`, as a [start, end) range. */
export function falseReactionZh(
  t: string,
  _list: PhraseList,
  _runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const m = TRIPLED.exec(t) ?? DOUBLED.exec(t);
  return m ? [m.index, m.index + m[0].length] : undefined;
}
