/**
 * English clauses whose "you" or "no" is kind, read from the folded sentence (lower case,
 * contractions expanded) and blanked before the reply model's gate looks for a charge in it:
 * - the agent's guess at how the customer feels, an epistemic "must" about their state ("You must
 *   be so relieved it turned up", "you must be worn out after that flight", "you must have been
 *   worried sick"). A guess at their error ("you must be confused / mistaken / new here"), at
 *   what they are doing ("you must be joking / thinking of…") or at who they are ("you must be
 *   the Hendersons") is no feeling, and a requirement ("you must be registered to vote", "must be
 *   accompanied by an adult") has its complement after it: those stay as they are;
 * - nothing taken of what the customer wants, then the grant ("Nobody has booked the back room
 *   yet, so it's yours"): a "no" of availability is good news;
 * - the agent busy with the customer's own matter ("I'm busy with your refund right now"): a hold,
 *   not the dismissal "I'm busy right now";
 * - a guess at who the customer is, then a greeting ("You must be Mrs Patel - welcome", "you
 *   must be the Hendersons, come on in"): the agent receiving them;
 * - a wish returned to the customer or an assent, said alone ("You as well.", "And you too!",
 *   "You got it."): the customer is thanked or agreed with, not charged;
 * - the frame of a notice ("just letting you know…", "just a quick note to say…", "just
 *   confirming…"): it announces what follows, which is judged as it stands.
 * - the customer told a service is done for them or a result went their way ("You are all booked
 *   with a taxi", "you're all set", "you passed with merit"): good news;
 * - the "no" of a condition opening the sentence ("If the tracking hasn't moved by Friday, don't
 *   hesitate to call us"): a case put, the main clause judged on its own;
 * - a vouch for the agent's own act to come ("I'll definitely ring you back by four, I promise"):
 *   a promise the agent can keep, not a certainty on an outcome out of its hands.
 */

const INTENSIFIER =
  '(?:so|really|very|absolutely|utterly|completely|totally|pretty|quite|rather|just)';

/** Words after "you must be" that judge or identify the customer, not how they feel. */
const NOT_A_FEELING =
  '(?:confused|mistaken|wrong|new|blind|deaf|crazy|mad|dreaming|aware|able|sure|certain|responsible|liable|present|over|under|at|in|on|of|the|a|an|one|some|my|our|his|her|their|your|this|that)';

/** The feeling word: an adjective or participle, not an -ing act, with an optional particle. */
const FEELING_WORD = String.raw`(?!${NOT_A_FEELING}\b)[a-z]+(?<!ing)(?:\s+(?:out|up))?\b`;

const GUESS = String.raw`\byou\s+must\s+(?:be|have\s+been|feel|be\s+feeling)\s+`;

/**
 * The guess with an intensifier ("so relieved") or a perfect ("must have been worried") is about
 * a feeling whatever follows; a bare one is when the sentence or a clause of reason or time goes
 * on after it, not a complement of requirement ("to vote", "by an adult", "with a GP").
 */
const FEELING_GUESS = new RegExp(
  String.raw`${GUESS}(?:${INTENSIFIER}\s+)+${FEELING_WORD}|\byou\s+must\s+have\s+been\s+(?:${INTENSIFIER}\s+)*${FEELING_WORD}|${GUESS}${FEELING_WORD}(?=\s*(?:$|[,.!;:\u2014\u2013-]|(?:after|about|that|it|the|this|your|to\s+(?:hear|see|find|know)|by\s+now|having)\b))`,
  'g',
);

/** A "no one" subject that has not taken the thing, then the thing granted to the customer. */
const FREE_FOR_YOU =
  /^\W*(?:nobody|no\s+one|no-one)(?:\s+else)?\s+(?:has|have|had|is|was|are)\s+(?:(?:yet|actually|even)\s+)?(?:booked|reserved|taken|claimed|bought|rented|hired|using|used|ordered)\b[^.!?;]*?\bso\s+(?:it\s+is|they\s+are|that\s+is|you\s+can|you\s+are\s+(?:welcome|free)|feel\s+free)\b/;

/** The agent busy with the customer's own matter. */
const BUSY_WITH_YOURS =
  /\b(?:i|we)\s+(?:am|are)\s+(?:just\s+|still\s+|already\s+)?(?:busy|tied\s+up|swamped)\s+(?:with|on)\s+your\b/;

/** "You must be" + a name of up to four words, then a greeting after a break. */
const WHO_THEN_GREETING =
  /\byou\s+must\s+be\s+(?:[a-z'.]+\s+){0,3}[a-z'.]+\s*[,!;:\u2014\u2013-]\s*(?:welcome|hello|hi|hey|good\s+(?:morning|afternoon|evening)|nice\s+to\s+meet|lovely\s+to\s+(?:meet|see)|come\s+(?:on\s+)?in)\b/;

/** A sentence that only returns the customer's wish or assents to them. */
const RETURNED =
  /^\W*(?:(?:and|same\s+to)\s+)?(?:you|yourself)\s+(?:as\s+well|too|also)\W*$|^\W*you\s+got\s+it\W*$/;

/** The frame that announces a notice; "just a" in it plays nothing down. */
const NOTICE_FRAME =
  /\b(?:just\s+)?(?:(?:a\s+)?(?:quick\s+|short\s+)?(?:note|line|message|heads[\s-]up)\s+to\s+(?:say|let\s+you\s+know|confirm)|(?:(?:writing|emailing|calling|texting)\s+)?(?:to\s+)?let(?:ting)?\s+you\s+know|(?:to\s+)?confirm(?:ing)?(?=\s+(?:that|the|your|we|our)\b))\b/g;

const blank = (s: string) => ' '.repeat(s.length);

/** The agent's own act to come as the sentence's subject and verb ("I'll definitely ring you back"). */
const OWN_ACT_AHEAD =
  /^\W*(?:[a-z]+\W+){0,2}?(?:i|we)\s+(?:will|shall|am\s+going\s+to|are\s+going\s+to)\s+(?:(?:definitely|certainly|absolutely|personally|really|still)\s+)?(?!not\b|never\b|be\b)[a-z]+/;

/** A vouch: "I promise", "guaranteed", "without fail". */
const VOUCH = /\b(?:i|we)\s+(?:promise|guarantee)\b|\bwithout\s+fail\b|\bguaranteed\b/g;

/** The customer told a service is done for them: "You are all booked", "you're all set", "you have been upgraded". */
const SERVED =
  /\byou\s+(?:(?:are|have\s+been|will\s+be)\s+(?:(?:all|now|fully|already|officially)\s+)?(?:booked|set|confirmed|registered|reserved|checked\s+in|upgraded|covered|enrolled|signed\s+up|accepted|approved|selected)|(?:have\s+)?(?:passed|qualified|won))\b/g;

/** A condition opening the sentence, to its comma: "If the tracking has not moved by Friday, …". */
const OPENING_CONDITION = /^\W*(?:if|unless|in\s+case|should)\b[^,;.!?]*[,;]/;

/** The condition's "no" is the case put, not a refusal: the main clause is judged on its own. */
function blankConditionNo(sentence: string): string {
  return sentence.replace(OPENING_CONDITION, (c) => c.replace(/\b(?:not|never|no)\b/g, blank));
}

/** The sentence with its kind clauses blanked to spaces (same length, offsets kept). */
export function blankKindEn(written: string): string {
  const sentence = OWN_ACT_AHEAD.test(written) ? written.replace(VOUCH, blank) : written;
  return blankConditionNo(sentence)
    .replace(FEELING_GUESS, blank)
    .replace(FREE_FOR_YOU, blank)
    .replace(BUSY_WITH_YOURS, blank)
    .replace(WHO_THEN_GREETING, blank)
    .replace(RETURNED, blank)
    .replace(NOTICE_FRAME, blank)
    .replace(SERVED, blank);
}
