import { agentActed } from './acts.js';
import type { PhraseList } from './compile.js';
import { firstStanding } from './first-sentence.js';

/**
 * Precedent by structure: the customers before this one set up as the measure — "Every cohort
 * before yours managed fine with that laptop", "Every client before you has been fine with three
 * drafts", "All the families before you coped" — or the practice said to have always been so with
 * no one named ("The inspection has always been done without owners."), or held in the speaker's own past
 * ("They were bagged like that in my grandfather's day too"). Others before the customer as the subject of
 * the sentence, then how they got on. Folded text, where a noun's "'s" ("the
 * inspection's always been") stays as written.
 */
const OTHERS_BEFORE_YOU =
  /^(?:(?:every|each|all(?:\s+(?:the|of\s+the|our))?)\s+)(?:other\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:before|ahead\s+of)\s+(?:you|yours)\b[^?]*\b(?:fine|managed|coped|happy|no\s+(?:problem|issue|complaint)s?|got\s+on|did\s+well|without\s+(?:a\s+)?(?:problem|issue|complaint)s?)\b/;

/**
 * Every case the house has handled over years, held up as the measure: "Every cover we have made in
 * twelve years has had the straps on that side", "All the kitchens I have fitted over the last
 * twenty years have come with…". A quantified subject over the agent's own past work (a relative
 * clause with "we"/"I" in the perfect), a span of years or decades, and a perfect predicate after.
 */
const EVERY_CASE_OURS =
  /^(?:[a-z]+,\s+)?(?:(?:every|each)\s+(?:single\s+)?|all\s+(?:of\s+)?(?:the\s+|our\s+|my\s+)?)(?:[a-z-]+\s+){1,3}?(?:(?:that|which)\s+)?(?:we|i)\s+(?:have|had)\s+(?:ever\s+)?[a-z]+\b[^,;?]*?\b(?:in|over|for)\s+(?:the\s+(?:last|past)\s+)?(?:[a-z]+|\d+)(?:[\s-]+[a-z]+)?\s+(?:years|decades)\b[^,;?]*?\s(?:has|have)\s+(?:always\s+|all\s+|ever\s+)?[a-z]+/;

/**
 * Every one of the customer's kind before as the subject, with a perfect: "Every arch tenant has paid for their own
 * repairs" — the measure the customer is put under when yours is said to go the same way (YOURS_THE_SAME).
 */
const EVERY_ONE_HAS =
  /^(?:[a-z]+,\s+)?(?:every|each|all)\s+(?:[a-z-]+\s+){1,2}(?:has|have)\s+[a-z]+/;

/** The agent's own step later in the same sentence ("…, and I will make sure yours gets them too"). */
const OFFER_AFTER =
  /[,;]\s*(?:and\s+|but\s+|so\s+)?(?:i|we)\s+(?:will|can|could|am\s+going\s+to|are\s+going\s+to)\b/;

/** A practice always done, in the passive with no one named: "…has always been done without…". */
const ALWAYS_BEEN_DONE =
  /(?:'s|\s(?:has|have|is|are))\s+always\s+been\s+(?:done|run|handled|carried\s+out|held|made|taken|kept)\b(?!\s+by\s+(?:us|me)\b)/;

/**
 * The house way named as its own reason, closing its sentence: "…, and that's how we do it",
 * "That's just how it's done here", "that's how we've worked for fifteen years", "…, it's how the mill's run".
 * Anything after it in the sentence ("that's how we usually pack them, but…", "that's how it works: you…")
 * explains.
 */
const HOUSE_WAY =
  /(?:^|[,;:]\s*|\b(?:and|so)\s+)(?:that|it)\s+is\s+(?:just\s+|simply\s+)?(?:how|the\s+way)\s+(?:we|it|things|(?:the|this|our)\s+[a-z]+)(?:'s|\s+(?:has|have|had|is|are))?\s+(?:always\s+)?(?:do|does|did|done|run|runs|ran|work|worked|operate|operated|been\s+done)(?:\s+(?:it|things|them))?(?:\s+(?:here|round\s+here|around\s+here))?(?:\s+(?:for|since)\s+[^,;:]+)?\s*[.!]*$/;

/**
 * A stretch that reaches past memory or the agent's whole time here: "for as long as anyone here remembers", "as
 * long as I can recall", "for as long as I've been here".
 */
const AS_LONG_AS_REMEMBERED = String.raw`(?:for\s+)?as\s+long\s+as\s+(?:(?:anyone|anybody|i|we|people|everyone)\b[^,;.]{0,20}?\b(?:remembers?|can\s+remember|recalls?|can\s+recall|knows?)|(?:i|we)\s+have\s+(?:been|worked)\s+here)\b`;

/**
 * A practice said to have held since the house's own past: a perfect ("have charged", "has gone
 * through", "it's been", or a past "were always measured") with "always" or trailing after it ("…, and always have
 * been"), or with a stretch of
 * time measured from that past — "since my dad ran the place", "since long before I started", "since 2009",
 * "since the seventies", "since day one", "for fifteen years", "for as long as anyone here remembers".
 */
const HELD_SINCE = new RegExp(
  String.raw`\balways\s+(?:has|have|had)\s+been\b|\b(?:was|were)\s+always\s+[a-z]+ed\b|\b(?:has|have|had|[a-z]+'s|it\s+is)\s+(?:always\s+(?!to\b)[a-z]+|(?!to\b|a\b|an\b|the\b|no\b|any\b|you\b|your\b)[a-z]+\b.*\b(?:since\s+(?:(?:the\s+)?(?:\d{4}|[a-z]+ties)\b|(?:the\s+day\s+|(?:long\s+)?before\s+)?(?:i|we|my|our|the\s+[a-z]+|it)\b[^,;.]{0,30}?\b(?:[a-z]+ed|ran|began|was|were|took|set|came|built)\b|day\s+one\b)|for\s+(?:[a-z]+\s+)?(?:years|decades|generations)\b|${AS_LONG_AS_REMEMBERED}))`,
);

/**
 * The customer's own case or a question: a status ("your parcel has been at the depot since…") or an ask; or the
 * agent's own tenure ("I've been in this job for as long as I can remember"), which is no practice.
 */
const NOT_A_PRACTICE =
  /^(?:[a-z]+\W+)?(?:you|your)\b|\?|^(?:i|we)\s+(?:have|had)\s+been\s+(?:here|in\s+(?:this|the)\s+[a-z]+|working|doing\s+(?:this|it))\b/;

/**
 * What makes such a practice the answer rather than a history: a vow by its holder to keep it
 * ("…and we always will", "they'll keep coming with…", "they'll stay paper", "so it's staying", "so that's what
 * we stick to"), or the sentence trailing off on "so".
 */
const KEPT_OR_TRAILED =
  /\b(?:we|they|it|that|this)\s+(?:always\s+will|will\s+(?:always|keep|stay|remain|continue|carry\s+on|never\s+change))\b|\b(?:it|they|that|this)\s+(?:is|are)\s+staying\b|\bwhat\s+(?:we|i)\s+(?:stick\s+to|stick\s+with|go\s+by)\b|(?:^|,|\s)so\s*[.!]*$/;

/**
 * Regret in the sentence just before it or opening it: the practice given as the reason for a
 * refusal ("Sorry, the store closes at ten. It's been…"). An apology for something ("Sorry for the
 * wait.") or regret later in the sentence ("…, so I'm sorry this one slipped") refuses nothing.
 */
const REGRET_BEFORE =
  /\b(?:sorry(?!\s+(?:for|about|to)\b)|afraid|unfortunately|sadly)\b[^.!?]*[.!?]?\s*$/;
const OPENS_ON_REGRET = /^\W*(?:sorry|i\s+am\s+afraid|unfortunately|sadly)\b/;

/**
 * The stretch measured from the house's own beginning or the agent's arrival: "since the shop
 * opened", "since we started", "since long before my time", "since day one", or past memory. A practice
 * held that long is offered as the reason itself.
 */
const SINCE_THE_START = new RegExp(
  String.raw`\bsince\s+(?:(?:long\s+)?before\s+(?:i|we|my|our)\b|(?:the|this|our)\s+(?:[a-z]+\s+)?(?:opened|started|began|was\s+(?:founded|set\s+up|opened|built))\b|(?:i|we|they)\s+(?:first\s+)?(?:opened|started|began)\b|day\s+one\b|forever\b|the\s+(?:very\s+)?(?:start|beginning)\b)|${AS_LONG_AS_REMEMBERED}`,
);

/**
 * The practice's own record given as its verdict: "…and it's always been fine", "nobody has ever complained",
 * "it's never been a problem".
 */
const PAST_RECORD =
  /\b(?:it|that|they|this)\s+(?:is|has|have)\s+(?:always\s+been\s+(?:fine|ok|okay|alright|all\s+right|good\s+enough)|never\s+been\s+(?:a|an)\s+(?:problem|issue))\b|\b(?:nobody|no\s+one)\s+(?:has|have)\s+ever\s+complained\b/;

/**
 * The practice pointed at what the customer complained of, by a manner word that refers back ("…like that",
 * "…this way", "…in that size", "…at that width"), or named as the house's routine ("it's always been the routine
 * here"): the complaint answered by the practice itself.
 */
const POINTED =
  /\b(?:like\s+(?:this|that)|(?:this|that)\s+way|(?:in|at|to)\s+(?:this|that)\s+(?:[a-z]+\s+)?(?:size|shape|order|style|format|form|thickness|colou?r|width|length))\b|\balways\s+been\s+the\s+[a-z]+\s+(?:here|round\s+here|around\s+here)\b/;

/** The practice framed as the house way: "It's the way every trailer has been built since 2009". */
const THE_WAY_SINCE =
  /^(?:it|that|this)\s+is\s+(?:just\s+|simply\s+)?(?:how|the\s+way)\b.*\bsince\b/;

/** A practice that gives the customer something: "We've offered free fitting since we opened". */
const GIVES = /\b(?:free|no\s+charge|complimentary|at\s+no\s+(?:extra\s+)?cost|on\s+the\s+house)\b/;

/**
 * The customer's case put under the practice: "nothing different for yours", "yours is no different", "so that's
 * what you got", "it'll be the same for you", "…for you too".
 */
const YOURS_THE_SAME =
  /\b(?:nothing|no)\s+different\s+(?:for|with)\s+yours\b|\byours\s+(?:is|are|will\s+be)\s+no\s+different\b|\bhow\s+yours\s+will\b|\bthe\s+same\s+(?:goes\s+)?for\s+(?:you|yours)\b|\bfor\s+(?:you|yours)\s+too\b|\bthat\s+is\s+(?:what|how)\s+(?:you|yours)\s+(?:got|get|will\s+get|came|come|was\s+done|were\s+done)\b/;

/**
 * The speaker's own past, or their family's, as the time a practice held: "in my grandfather's day", "in my
 * day", "back in the day", "in the old days", "back when I started". A practice told of that time is held up
 * as the measure for the customer's case. Not "day-to-day".
 */
const PAST_ERA =
  /\b(?:(?:back\s+)?in\s+(?:my|our)\s+(?:[a-z]+(?:'s|s')\s+)?(?:day|days|time)(?!-)|back\s+in\s+the\s+day|in\s+the\s+(?:good\s+)?old\s+days|back\s+when\s+(?:i|we)\s+(?:first\s+)?(?:started|began|joined))\b/;

/** The list entry that words the flag. */
export const PRECEDENT_ENTRY_EN = 'g-precedent';

/** Does the sentence (after the text `before` it) hold the customer to others or to the past? */
function precedent(sentence: string, before: string): boolean {
  if (OTHERS_BEFORE_YOU.test(sentence) || ALWAYS_BEEN_DONE.test(sentence)) return true;
  if (EVERY_CASE_OURS.test(sentence) && !OFFER_AFTER.test(sentence)) return true;
  if (EVERY_ONE_HAS.test(sentence) && YOURS_THE_SAME.test(sentence) && !OFFER_AFTER.test(sentence))
    return true;
  if (HOUSE_WAY.test(sentence)) return true;
  if (PAST_ERA.test(sentence) && !NOT_A_PRACTICE.test(sentence) && !agentActed(sentence))
    return true;
  return (
    HELD_SINCE.test(sentence) &&
    !NOT_A_PRACTICE.test(sentence) &&
    (KEPT_OR_TRAILED.test(sentence) ||
      REGRET_BEFORE.test(before) ||
      OPENS_ON_REGRET.test(sentence) ||
      ((SINCE_THE_START.test(sentence) ||
        PAST_RECORD.test(sentence) ||
        THE_WAY_SINCE.test(sentence) ||
        POINTED.test(sentence) ||
        YOURS_THE_SAME.test(sentence)) &&
        !OFFER_AFTER.test(sentence) &&
        !GIVES.test(sentence)))
  );
}

/** The first sentence of folded text `t` measuring the customer by others or by the past, as a range. */
export function measuredByOthersEn(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  return firstStanding(t, list, runOn, precedent);
}
