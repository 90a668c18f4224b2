import { agentActed, wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * A written rule cited as the whole ground of an outcome against the customer, by the roles in
 * the sentence, wherever the rule stands in it: opening it as the authority ("Per our terms,",
 * "Under the hire agreement", "In line with company policy"), as the subject that rules ("Our
 * terms are clear that…", "The contract runs for twelve months, so…", "Company policy doesn't
 * allow…"), as the place the outcome is written ("That's in the conditions you agreed to, so…"),
 * after the outcome ("…, as per our terms") or as "the way it works". The outcome holds a cost
 * upheld, a refusal, a liability or a duty on the customer ("the callout charge stands", "the
 * deposit isn't returned", "we can't let you leave early"), with no alternative, pivot or step of
 * ours after it. The rule in the customer's favour ("…you're entitled to a full refund", "…we
 * repair it free of charge"), a duty of ours ("the contract says we must give notice") or our own
 * step ("…, but I can waive it", "…, so I've booked it") is no shield. Folded text.
 */
const RULE = String.raw`(?:(?:our|the|company|its|your|these|those)\s+(?:[a-z-]+\s+){0,2}?(?:terms|policy|policies|rules|conditions|contract|lease|agreement|regulations|guidelines|small\s+print|t&cs|constitution|by-?laws|handbook|code\s+of\s+conduct)|the\s+terms\s+(?:of|you)\b[^,.;!?]{0,40}?)`;

/** The rule opening the sentence as its authority. */
const OPENS = new RegExp(
  String.raw`^(?:(?:i\s+am\s+afraid|unfortunately|sadly)\s*,?\s+)?(?:under|per|as\s+per|according\s+to|in\s+line\s+with|in\s+accordance\s+with|by)\s+${RULE}`,
);

/**
 * The rule as the subject that rules, the place the outcome is written, after the outcome, or the
 * way things work: what cites it anywhere in the sentence.
 */
const CITES = new RegExp(
  String.raw`\b${RULE}\s+(?:(?:clearly|explicitly|only)\s+)?(?:says?|states?|stipulates?|requires?|specif(?:y|ies)|spells?\s+out|means?|(?:is|are)\s+(?:very\s+)?(?:clear|explicit|firm|that)|runs?\s+(?:for|until|to)|lasts?|(?:do|does|will)\s+not|(?:allows?|permits?|covers?)\s+only)\b|\b(?:that|it|this)\s+(?:is|was)\s+(?:all\s+|clearly\s+|plainly\s+)?(?:(?:written|set\s+out|laid\s+out|stated|spelled\s+out|spelt\s+out)\s+)?(?:in|under|part\s+of|covered\s+by)\s+${RULE}|(?:,\s*|\s)(?:as\s+per|per|under|according\s+to|in\s+line\s+with|in\s+accordance\s+with|as\s+(?:set\s+out|stated|laid\s+out)\s+in)\s+${RULE}\s*[.!]*$|\bthe\s+way\s+(?:it|this|things?)\s+works?\s+is\b|\bthat\s+is\s+(?:just\s+)?(?:how|the\s+way)\s+(?:it|this|things?)\s+works?\b`,
);

/**
 * The outcome against the customer: a cost upheld, kept or taken, a refusal, a liability, or a
 * duty on anyone but us ("we must give notice" binds us).
 */
const AGAINST =
  /\b(?:stands|still\s+applies|applies|(?:is|are)\s+(?:kept|retained|charged|payable|due|forfeit(?:ed)?|non-refundable|deducted|taken)|non-refundable|liable|(?:comes?|taken|deducted)\s+(?:out\s+of|from)|in\s+full|full\s+(?:rate|price|fee|charge|cost|amount)|no\s+(?:refunds?|exceptions?|exchanges?|discounts?|reductions?|returns?)|(?:can|will|could|do|does|is|are|would)\s+not|(?<!\b(?:we|i)\s+)(?:must|(?:has|have)\s+to|are\s+to\s+be|is\s+to\s+be))\b/;

/**
 * Away from the opening, where the rule may be told as plain information, only a strong outcome
 * against the customer: a cost upheld ("the fee stays", not "the offer stays open"), kept or
 * taken, or a request refused by its verb ("we can't
 * let you", "doesn't allow", "isn't returned") — not any "not" ("the price is not going up"), nor a
 * duty, which a rule told as information states ("our policy says members must show their card").
 */
const AGAINST_CITED =
  /\b(?:(?:fee|charge|cost|price|penalty|deposit|rate|surcharge|fine|bill)s?\s+(?:still\s+)?(?:stands|stays|remains|applies|apply|stand|stay|remain)|(?:is|are)\s+(?:kept|retained|charged|payable|forfeit(?:ed)?|non-refundable|deducted|taken)|non-refundable|liable|(?:comes?|taken|deducted)\s+(?:out\s+of|from)|full\s+(?:rate|price|fee|charge|cost|amount)|no\s+(?:refunds?|exceptions?|exchanges?|discounts?|reductions?|returns?)|(?:can|will|could|do|does|would)\s+not\s+(?:be\s+)?(?:[a-z]+\s+)?(?:allow(?:ed)?|let|refund(?:ed)?|return(?:ed)?|accept(?:ed)?|exchange[ds]?|change[ds]?|cancel(?:led)?|waive[ds]?|release[ds]?|give|offer(?:ed)?|extend(?:ed)?|transfer(?:red)?|move[ds]?|freeze|frozen|honou?r(?:ed)?|cover(?:ed)?)|(?:is|are)\s+not\s+(?:refundable|returned|refunded|transferable|covered|allowed|permitted|possible|accepted|given\s+back))\b/;

/**
 * The rule in the customer's favour: the cost lifted, a refund or cover granted, what they may
 * or will get ("you're entitled to", "free of charge", "you won't be charged", "you won't pay…").
 */
const GRANTS =
  /\b(?:no\s+(?:extra\s+)?(?:charge|cost|fee)|not\s+(?:be\s+)?(?:charged|billed)|you\s+(?:will\s+not|do\s+not|never)\s+(?:(?:have|need)\s+to\s+)?pay|you\s+(?:can|may|will\s+get|get|are\s+allowed)\b(?!\s+(?:not|never)\b)|(?<!\b(?:not|never)\s+)(?:free|entitled|eligible|full\s+refund|refunded|repaired|replaced|covered|(?:allows?|permits?|lets)\s+(?:you|a|for)))\b/;

/** A turn inside the sentence toward something else ("…, but I can waive it this time"); "even though" concedes. */
const PIVOT = /\b(?:but|however|(?<!even\s)though|although|unless|except)\b/;

/** The speaker's regret ("I'm afraid", "sorry", "unfortunately"), folded. */
const REGRET = String.raw`(?:i\s+am\s+afraid|i\s+fear|sorry|unfortunately|sadly|regrettably)`;

/**
 * A rule source standing as the whole sentence with no verb, beside the speaker's regret: "Head office
 * policy, I'm afraid.", "Sorry, house rules.", "Insurance rules, unfortunately." — the rule given as the
 * answer itself, whatever it rules. Up to two words name whose rule it is.
 */
const BARE_RULE = new RegExp(
  String.raw`^(?:(${REGRET})\W+)?(?:just\s+)?(?:[a-z&'-]+\s+){0,2}?(?:policy|policies|rules|regulations|terms|t&cs|procedure|protocol)(?:\W+(${REGRET}))?[\s.!]*$`,
);

/** Is the sentence a bare rule source with the speaker's regret on either side of it? */
function bareRule(sentence: string): boolean {
  const m = BARE_RULE.exec(sentence.trim());
  return m !== null && (m[1] !== undefined || m[2] !== undefined);
}

/**
 * The rule closed to discussion at the end of its sentence: "…, and that's the rule", "…, and that's that",
 * "…, end of story", "…, no exceptions". Whatever the rule holds, the tag makes it the whole answer.
 */
const CLOSED =
  /(?:,\s*|\s)(?:and\s+)?(?:that\s+is\s+(?:that|the\s+rule|final|the\s+end\s+of\s+it)|end\s+of\s+(?:story|discussion)|simple\s+as\s+that|no\s+exceptions?)\s*[.!]*$/;

/** The list entry that words the flag. */
export const RULE_CITED_ENTRY_EN = 'policy-terms';

/**
 * The first rule cited as the whole ground of an outcome against the customer in folded `t`, or a bare
 * rule source with regret given as the answer, or a rule closed by a tag ("…, and that's that"), with no act of
 * ours and no way forward after it.
 */
export function ruleCitedEn(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const sentence = t.slice(s, e);
    if (sentence.includes('?')) continue;
    if (bareRule(sentence)) {
      if (!agentActed(t.slice(s)) && !wayForward(t, e, e, list, runOn)) return [s, e];
      continue;
    }
    const opened = OPENS.exec(sentence);
    const cited = opened ?? CITES.exec(sentence);
    if (!cited) continue;
    // What the rule is said to hold: after an opening citation, the rest; else the whole sentence.
    const outcome = opened ? sentence.slice(opened[0].length) : sentence;
    // Closed by a tag, the rule from its citation on is the answer, whatever turn came before it.
    if (CLOSED.test(sentence)) {
      const after = sentence.slice(cited.index);
      if (!PIVOT.test(after) && !GRANTS.test(after) && !agentActed(t.slice(s + cited.index)))
        if (!wayForward(t, e, e, list, runOn)) return [s, e];
      continue;
    }
    const against = opened ? AGAINST : AGAINST_CITED;
    if (!against.test(outcome) || GRANTS.test(outcome) || PIVOT.test(outcome)) continue;
    if (agentActed(t.slice(s + (opened ? opened[0].length : 0)))) continue;
    if (!wayForward(t, e, e, list, runOn)) return [s, e];
  }
  return undefined;
}
