import { agentActed, wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * A written rule cited as the whole ground of an outcome against the customer, by structure: a
 * sentence opened by the rule as its authority ("Per our terms,", "Under the hire agreement",
 * "In line with company policy", "According to the rental agreement") whose outcome holds a cost,
 * a refusal or a duty on the customer ("the callout charge stands", "the deposit won't be
 * returned", "you're liable", "must be returned clean"), with no alternative, pivot or step of ours
 * after it. The rule in the customer's favour ("…you're entitled to a full refund") or with our
 * own step ("…, but I can waive it", "…, so I've booked it") is no shield. Folded text.
 */
const CITED =
  /^(?:(?:i am afraid|unfortunately|sadly)\s*,?\s+)?(?:under|per|as\s+per|according\s+to|in\s+line\s+with|in\s+accordance\s+with|by)\s+(?:the\s+terms\s+(?:of|you)\b[^,.;!?]{0,40}?|(?:our|the|its|company|your)\s+(?:[a-z-]+\s+){0,2}?(?:terms|policy|policies|rules|conditions|contract|agreement|regulations|guidelines|small\s+print)\b)/;

/** The outcome against the customer: a cost upheld or charged, a refusal, a liability or duty. */
const AGAINST =
  /\b(?:stands|still\s+applies|applies|(?:is|are)\s+(?:kept|retained|charged|payable|due|forfeit(?:ed)?|non-refundable)|non-refundable|liable|full\s+(?:rate|price|fee|charge|cost|amount)|no\s+(?:refunds?|exceptions?|exchanges?|discounts?|reductions?|returns?)|(?:can|will|could|do|does|is|are|would)\s+not|must|has\s+to|have\s+to)\b/;

/** A turn inside the sentence toward something else ("…, but I can waive it this time"); "even though" concedes. */
const PIVOT = /\b(?:but|however|(?<!even\s)though|although|unless|except)\b/;

/** The list entry that words the flag. */
export const RULE_CITED_ENTRY_EN = 'policy-terms';

/** The first rule cited as the whole ground of an outcome against the customer in folded `t`. */
export function ruleCitedEn(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const sentence = t.slice(s, e);
    const cited = CITED.exec(sentence);
    if (!cited) continue;
    const rest = sentence.slice(cited[0].length);
    if (!AGAINST.test(rest) || PIVOT.test(rest) || agentActed(t.slice(s + cited[0].length)))
      continue;
    if (!wayForward(t, e, e, list, runOn)) return [s, e];
  }
  return undefined;
}
