import type { PhraseList } from './compile.js';

/**
 * Chinese false reactions, read by structure on folded text: an acknowledgement token said over and
 * over, which tells the customer to stop talking — a one-syllable token three times (嗯嗯嗯 / 系系系 /
 * 明明明), not running into a word (明明明天 is 明明 + 明天), or a verb of knowing or receiving twice,
 * bare or with the same sentence-final particle (晓得了晓得了 / 了解了解 / 知道喇知道喇), or a yes, OK
 * or right with a particle twice (好了好了 / 系啰系啰). A bare 好好 is an adverb, and 对了对了 recalls
 * something (by the way).
 */
const TRIPLED = /([嗯好是系对行明知得哦噢喔])\1\1(?=[,.!?\s]|$|[嗯好是系对行明知得哦噢晓了收])/u;
const SOFT = '(?:啦|喇|咯|嘞|啰|囉)';
const PARTICLE = `(?:了|咗|${SOFT})`;
const DOUBLED = new RegExp(
  `((?:我懂|我知道|晓得|知道|明白|了解|收到|清楚|懂)${PARTICLE}?|(?:好|得|行)${PARTICLE}|(?:系|是|对)${SOFT})\\1`,
  'u',
);

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
