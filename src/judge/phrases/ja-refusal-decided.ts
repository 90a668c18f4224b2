import type { PhraseList } from './compile.js';
import { WAY_FORWARD_JA } from './ja-rule-cited.js';
import { sentenceSpans } from './reply-model.js';

/**
 * A Japanese refusal told as a decision (folded text): a negative, mostly a negative potential, or a
 * verb of turning down (お断りする, 見送らせていただく, 認めない, 応じない), nominalised, or a verdict
 * noun named as the decision (不可という判断, 見送りとの結論), closed by "it has come to / it stands"
 * (お受けできないことになりました, 返金はできないことになっております, 見送らせていただくことになりました,
 * 社内で不可という判断になりました), with no way forward anywhere in the reply. The same frame on a
 * positive verb states a requirement (身分証をお持ちいただくことになっております), and a negative of
 * other verbs may be good news (手数料はかからないことになりました).
 */
const DECIDED_NO =
  /(?:(?:できない|られない|れない|かねる|しない|不可の|(?:認め|受け付け|応じ|承ら)ない|(?:お断り|見送|見合わせ)(?:する|る|させていただく|らせていただく))(?:という)?こと|(?:不可|見送り|お断り|対象外|不承認|不許可)(?:という|との)(?:判断|結論|決定|こと))(?:に|と)(?:なりました|なっております|なっています|決まりました|いたしました|至りました)$/u;

/** The list entry that words the flag. */
export const REFUSAL_DECIDED_ENTRY_JA = 'cant';

/** The first refusal told as a decision, with nothing offered, in folded Japanese text `t`. */
export function refusalDecidedJa(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const [s, e] of sentenceSpans(t, runOn)) {
    if (!DECIDED_NO.test(t.slice(s, e).replace(/[.!]+$/, ''))) continue;
    const offered = WAY_FORWARD_JA.test(t.slice(0, s)) || WAY_FORWARD_JA.test(t.slice(e));
    return offered ? undefined : [s, e];
  }
  return undefined;
}
