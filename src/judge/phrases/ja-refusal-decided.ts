import type { PhraseList } from './compile.js';
import { WAY_FORWARD_JA } from './ja-rule-cited.js';
import { sentenceSpans } from './reply-model.js';

/**
 * A Japanese refusal told as a decision (folded text): a negative, mostly a negative potential,
 * nominalised and closed by "it has come to / it stands" (お受けできないことになりました, 返金は
 * できないことになっております, 承れないこととなりました), with no way forward anywhere in the reply.
 * The same frame on a positive verb states a requirement (身分証をお持ちいただくことになっております).
 */
const DECIDED_NO =
  /(?:できない|られない|れない|かねる|しない|不可の)こと(?:に|と)(?:なりました|なっております|なっています|決まりました|いたしました)$/u;

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
