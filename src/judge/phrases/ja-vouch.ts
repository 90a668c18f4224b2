import type { PhraseList } from './compile.js';
import { AGENT_ACT_JA } from './ja-doubt-account.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Japanese false reassurance by structure (folded text, katakana as hiragana): calming words
 * (ご安心ください / 大丈夫です / ご心配なく), then in the same sentence or the next a certainty
 * (必ず / 絶対に / 百パーセント / 間違いなく) on an outcome nobody can promise (必ずひまわりが満開です /
 * 百パーセント元通りの音で復元できますから / 許可を取りつけます、絶対に). The agent's own act made certain
 * (必ず本日中にお電話いたします) is a promise it keeps; a harm kept from the customer (料金 / 外部 /
 * 個人情報) protects; a hedge (とは限りません), a condition (保証期間内なら) or 必ずしも takes the certainty back.
 */
const CALM =
  /ご安心(?:ください|下さい)|大丈夫です|ご心配(?:なく|には及びません)|心配(?:いりません|ありません|ないです)/u;
const SURE = /必ず(?!しも)|絶対|百ぱーせんと|100ぱーせんと|100%|間違いなく|確実に/u;
const TAKEN_BACK =
  /とは(?:言えません|限りません|申せません|申し上げられません)|努め|気をつけ|徹底|注意いたし|もし|場合|なら|たら|れば|[?]/u;
const PROTECTS = /料金|費用|手数料|請求|外部|第三者|個人情報|開示|共有|漏れ|勧誘/u;

/** The list entry that words the flag. */
export const VOUCH_ENTRY_JA = 'g-calm-certain';

/** The first certainty vouched for after calming words in folded Japanese text `t`, as a range. */
export function vouchedOutcomeJa(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const spans = sentenceSpans(t, runOn);
  for (const [i, [s, e]] of spans.entries()) {
    const calm = CALM.exec(t.slice(s, e));
    if (!calm) continue;
    const next = spans[i + 1];
    const from = s + calm.index + calm[0].length;
    for (const [a, b] of [[from, e] as const, ...(next ? [next] : [])]) {
      const vouched = t.slice(a, b);
      const sure = SURE.exec(vouched);
      if (!sure) continue;
      const claim = vouched.slice(sure.index);
      const kept = AGENT_ACT_JA.test(claim) || TAKEN_BACK.test(vouched) || PROTECTS.test(vouched);
      if (!kept) return [s, b];
    }
  }
  return undefined;
}
