import type { PhraseList } from './compile.js';

/**
 * Japanese "you want it right now?" by structure: the customer's request given back as a bare
 * imperative (命令形, an e-row or ろ ending) quoted by ってこと and asked — "今すぐ変えろってことですか",
 * "全部やり直せってことですか". A noun or a plain verb before ってこと ("来週ってことですか",
 * "変えるってことですか", "これだけってことですか", "それってことですか") checks what was meant and is no
 * flag. Folded text.
 */
const TOLD_AS_ORDER =
  /[\p{Script=Han}ぁ-ゖ]{1,8}(?:[ろえせねめべげ]|(?<!だ)け|(?<![こそあど])れ)ってこと(?:です|でしょう|だ)?(?:か|よね)?[?？]/u;

/** The list entry that words the flag. */
export const TOLD_AS_ORDER_ENTRY_JA = 'right-now';

/** The first request given back as a bare order in folded text `t`, as a range. */
export function toldAsOrderJa(
  t: string,
  _list: PhraseList,
  _runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const m = TOLD_AS_ORDER.exec(t);
  return m ? [m.index, m.index + m[0].length] : undefined;
}
