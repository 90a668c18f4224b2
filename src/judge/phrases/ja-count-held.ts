import type { PhraseList } from './compile.js';

/**
 * Japanese impatience by structure: the number of times the customer has asked, or the agent has
 * answered, held up with a trailing けど — "三回目ですけど", "もう三回聞いてますけど", "これで五度目
 * ですけれど". A count with no けど after it informs ("三回目のご来店ありがとうございます"). Folded text.
 */
const COUNT_HELD =
  /(?:もう|これで|既に|すでに)?[一二三四五六七八九十何数0-9]+(?:回|度)目?も?(?:(?:聞|言|説明し|お伝えし|申し上げ|お答えし|答え)(?:いて|って|て)(?:い|お)?(?:ます|る|ました|た)?)?(?:です)?(?:けど|けれど)/u;

/** The list entry that words the flag. */
export const COUNT_HELD_ENTRY_JA = 'g-asked-again';

/** The first count of times held against the customer in folded text `t`, as a range. */
export function countHeldJa(
  t: string,
  _list: PhraseList,
  _runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const m = COUNT_HELD.exec(t);
  return m ? [m.index, m.index + m[0].length] : undefined;
}
