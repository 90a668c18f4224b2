import { PERSON_NOUNS } from '../text/en-person-nouns.js';
import { agentActed } from './acts.js';
import type { PhraseList } from './compile.js';
import { ACT, actOf, NO_FAULT } from './en-customer-act.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Blame by structure: a fault explained by what the customer's side did — "the terminal keeps
 * declining because you've been tapping the card too early", "the gauge was wrong because someone
 * on your end knocked the float", "it flickers because whoever wired it at your end put it on a
 * dimmer". The cause follows the fault in the same sentence; its actor is the customer, or someone
 * on their side, and its verb an act (not "because you are a member", "because you asked for it");
 * a cause denied ("not because you did anything wrong") blames no one. The customer's side is
 * their end or any group of theirs ("someone in your group kept yanking the cable").
 * Folded text: lower case, contractions expanded.
 */
const BECAUSE = String.raw`\S\s*\b(?<!\bnot\s+(?:just\s+|only\s+)?)(?:because|cause|cos|coz)\s+`;
/** The auxiliaries between the actor and the act ("have been", "kept", "did not", "must have"). */
const AUX = String.raw`(?:have|had|has)\s+(?:been\s+)?|were\s+|was\s+|kept\s+|did\s+not\s+|never\s+|just\s+|must\s+have\s+`;

const CAUSED_BY_CUSTOMER = new RegExp(
  String.raw`${BECAUSE}(?:you|(?:someone|somebody|whoever|anyone|anybody)\b[^,.;!?]{0,30}?\b(?:on|at|from|in)\s+your\s+(?:own\s+)?[a-z]+)\s+(?:${AUX})?([a-z]+)`,
);

/**
 * The same cause with someone of the customer's as its actor: "because your electrician wired it
 * to the wrong breaker", "because your caterers stacked the tiers", "because your son kept typing
 * the wrong PIN", or a body of theirs ("because your crew counted the pallets twice", "because your
 * group left the tanks full"). Up to two words before the head noun ("your own gas engineer", "your
 * digger driver"), each count tried in turn; the head must name a person (WordNet's noun.person) or
 * a body (THEIR_BODY), so "because your card expired" is not read. Groups: the head and the verb, with the auxiliary apart
 * to tell a passive ("was told") from an act.
 */
const CAUSED_BY_THEIRS = [0, 1, 2].map(
  (n) =>
    new RegExp(String.raw`${BECAUSE}your\s+(?:[a-z]+\s+){${n}}([a-z]+)\s+(${AUX})?([a-z]+)\b`, 'g'),
);

/** The customer's organisation or part of it as a doer ("by your office", "your staff stuck them on"). */
const THEIR_BODY =
  /^(?:office|offices|staff|team|side|end|company|firm|department|people|crew|household|family|school|club|business|organi[sz]ation|admin|accounts|lot|group|party|committee|class)$/;

/** A person noun, its plural read as the singular ("caterers", "kids", "families"). */
export function namesPerson(word: string): boolean {
  if (PERSON_NOUNS.has(word)) return true;
  if (!word.endsWith('s')) return false;
  const stem = word.slice(0, -1);
  return (
    PERSON_NOUNS.has(stem) ||
    (word.endsWith('es') && PERSON_NOUNS.has(word.slice(0, -2))) ||
    (word.endsWith('ies') && PERSON_NOUNS.has(`${word.slice(0, -3)}y`))
  );
}

/** Does the sentence put a fault down to an act of someone of the customer's? */
function causedByTheirs(sentence: string): boolean {
  return CAUSED_BY_THEIRS.some((form) =>
    [...sentence.matchAll(form)].some(([, head = '', aux = '', verb = '']) => {
      const passive = /^(?:were|was|been)\b|been\s+$/.test(aux) && !verb.endsWith('ing');
      return ofTheirs(head) && actOf(verb) && !NO_FAULT.test(verb) && !passive;
    }),
  );
}

/**
 * Where or when a thing is in the customer's hands: their end or premises, a container or room of theirs ("in your
 * parcel", "in your shed"; not a record or a circumstance: "in your name", "in your absence"), or the time after
 * it reached them ("after delivery", "once they arrived").
 */
const AT_YOURS = String.raw`(?:on|at|from)\s+your\s+(?:end|side|place|premises|site)\b|in\s+your\s+(?:own\s+)?(?!(?:name|absence|account|order|basket|booking|favou?r|behalf|area|postcode|region|size|colou?r|language|inbox|email|app|profile)\b)[a-z]+\b|(?:after|once)\s+(?:delivery|(?:it|they)\s+(?:arrived|reached\s+you|(?:was|were)\s+delivered))\b`;

/**
 * The cause in the passive, put at the customer's side or done by them: "went mouldy because it
 * was left out of the fridge on your side", "bubbled because it was applied in the rain at your
 * end", "clumped because they were kept in a damp cupboard after delivery", "because the lid was forced by your
 * son", or the manner of it ("cracked because of how loosely it was packed in your parcel"). Groups: the
 * participle, then the one or two words of a "by your …" agent ("by your son", "by your staff overnight", "by your
 * site office"). What was asked for or paid stays no fault ("because it was booked on your side"); our side named
 * in the cause keeps it ours ("…in your parcel by our packers").
 */
const PASSIVE_AT_YOURS = new RegExp(
  String.raw`(?:${BECAUSE}|\b(?:because\s+of|down\s+to|due\s+to)\s+how\s+(?:[a-z]+ly\s+)?)(?:it|they|this|that|these|those|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:[a-z]+ly\s+)?([a-z]+)\b(?:(?!\b(?:our|us|we)\b)[^,.;!?]){0,60}?\b(?:${AT_YOURS}|by\s+you\b(?!r)|by\s+your\s+(?:own\s+)?([a-z]+)(?:\s+([a-z]+))?)(?![^,.;!?]*\bby\s+(?:us|our|me|my)\b)`,
);

/** Is the cause a passive act placed on the customer's side? */
function passiveAtYours(sentence: string): boolean {
  const m = PASSIVE_AT_YOURS.exec(sentence);
  if (!m) return false;
  const [, verb = '', first, second = ''] = m;
  return (
    actOf(verb) &&
    !NO_FAULT.test(verb) &&
    (first === undefined || ofTheirs(first) || ofTheirs(second))
  );
}

/** A person, or a body of the customer's side. */
const ofTheirs = (word: string): boolean => namesPerson(word) || THEIR_BODY.test(word);

/**
 * The customer's act inside the subject of the cause, a relative clause: "because the flight number you sent
 * was for your outbound leg", "because the deposit you promised never arrived", "because the code your
 * decorator gave us was for the satin range". Groups: the actor's head noun (none for "you"), the verb.
 */
const YOURS_IN_SUBJECT = new RegExp(
  String.raw`${BECAUSE}(?:the|that|those|this|these)\s+(?:[a-z-]+\s+){1,3}?(?:that\s+|which\s+)?(?:you|your\s+(?:own\s+)?(?:[a-z]+\s+)??([a-z]+))\s+(?:${AUX})?([a-z]+)\s+(?:(?:us|me|them|in|over|through|back|on|off|out|up|down)\s+)?(?:was|were|is|are|had|has|did\s+not|never|could\s+not|would\s+not)\b`,
);

/** Is the cause's subject something the customer's side did? */
function yoursInSubject(sentence: string): boolean {
  const m = YOURS_IN_SUBJECT.exec(sentence);
  if (!m) return false;
  const [, actor, verb = ''] = m;
  return actOf(verb) && !NO_FAULT.test(verb) && (actor === undefined || ofTheirs(actor));
}

/** A passive act anywhere in the sentence with the customer's side as its agent: "was signed off by your office". */
const BY_YOURS =
  /\b(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:[a-z]+ly\s+)?([a-z]+)\b[^.;!?]{0,60}?\bby\s+(?:you\b(?!r)|your\s+(?:own\s+)?([a-z]+)(?:\s+([a-z]+))?)/g;

/** Was something done by the customer's side ("by your office", "by your site office")? */
function doneByYours(text: string): boolean {
  return [...text.matchAll(BY_YOURS)].some(
    ([, verb = '', first, second = '']) =>
      actOf(verb) && (first === undefined || ofTheirs(first) || ofTheirs(second)),
  );
}

/**
 * The cost or the fault put on the customer: "so the reprint's on you", "the refit cost falls to you", "that
 * charge is yours to cover", "at your own expense", "the fee stands".
 */
const ON_YOU =
  /(?:'s|\b(?:is|are|was|were|will\s+be))\s+(?:(?:squarely|all|entirely|firmly|fully|wholly)\s+)?on\s+you\b(?!\s+(?:to|if|whether|when|now|and|for)\b)|\b(?:falls?|fell|rests?|lies|sits?|lands?)\s+(?:(?:squarely|entirely|firmly|wholly)\s+)?(?:on|with|to)\s+you\b(?!\s+to\b)|\byours\s+to\s+(?:cover|pay|fix|sort|meet|bear|absorb)\b|\bat\s+your\s+(?:own\s+)?(?:cost|expense)\b|\b(?:fee|charge|cost|penalty|surcharge)\s+(?:still\s+)?(?:stands|applies)\b|\bnot\s+something\s+(?:we|i)\s+(?:will|can|could|would)\s+(?:absorb|cover|refund|waive|pay)\b/;

/**
 * The fault traced to the customer's thing or input: "came from your iron being far too hot",
 * "came straight from what was typed on your order form", "is down to your kettle overloading the
 * socket". A source alone informs ("the discount came from your loyalty points", "the parcel came
 * from your local depot"): it blames when the subject names a fault or our side is denied after it
 * ("…, not from our kit").
 */
const FROM_YOURS =
  /\b(?:(?:came|comes|come|stems?|stemmed|resulted|results?)\s+(?:straight\s+|directly\s+|entirely\s+|purely\s+|only\s+|all\s+)?from|(?:is|are|was|were)\s+(?:(?:all|entirely|purely|simply|only|just)\s+)?(?:caused\s+by|down\s+to|due\s+to))\s+(?:your\s+|what\s+(?:you\s+[a-z]+|(?:was|were)\s+[a-z]+\s+(?:[a-z]+\s+)?(?:on|in|into|at|onto)\s+your\b))/;

/** A fault named in the subject: what went wrong, or a thing damaged. */
const FAULT =
  /\b(?:wrong|incorrect|burnt|burned|broken|damaged?|mistakes?|errors?|faults?|faulty|problems?|issues?|stains?|marks?|scratch(?:es)?|cracks?|cracked|leaks?|mould|mouldy|mold|moldy|tears?|dents?|rust|failures?|glitch(?:es)?|mix-?up)\b/;

/** Our side denied beside the cause: "not from our kit", "not to our wiring", "rather than us". */
const NOT_OURS = /\b(?:not|rather\s+than)\s+(?:from\s+|to\s+|by\s+|with\s+)?(?:our|ours|us|me)\b/;

/** Does the sentence trace a fault to the customer's thing or input? */
function tracedToYours(sentence: string): boolean {
  const m = FROM_YOURS.exec(sentence);
  if (!m) return false;
  return FAULT.test(sentence.slice(0, m.index)) || NOT_OURS.test(sentence.slice(m.index));
}

/**
 * A cleft naming the customer's side as the doer: "it was your accountant who picked the wrong year". Groups:
 * the actor's head noun (none for "you"), the verb.
 */
const CLEFT_YOURS = new RegExp(
  String.raw`\bit\s+(?:was|is)\s+(?:you|your\s+(?:own\s+)?(?:[a-z]+\s+)??([a-z]+))\s+(?:who|that)\s+(?:${AUX})?([a-z]+)\b`,
);

/**
 * Does the sentence put the fault on the customer's side: their act inside the cause's subject, or a cleft
 * naming them as the doer? (A fault placed at their end is en-fault-side.ts's reading.)
 */
function responsibleYours(sentence: string): boolean {
  if (yoursInSubject(sentence)) return true;
  const cleft = CLEFT_YOURS.exec(sentence);
  if (cleft) {
    const [, actor, verb = ''] = cleft;
    if (actOf(verb) && !NO_FAULT.test(verb) && (actor === undefined || ofTheirs(actor)))
      return true;
  }
  return false;
}

/** A passive act of the customer's side and the cost put on them, in `text` (a sentence and the next). */
const costOnYours = (text: string): boolean => ON_YOU.test(text) && doneByYours(text);

/** A condition or a doubt opening the sentence: a case put, no cause told. */
const CASE_PUT = /^\W*(?:if|unless|whether|in\s+case)\b/;

/** The list entry that words the flag. */
export const BLAME_CAUSE_ENTRY_EN = 'g-blame-yourself';

/** An apology: with the agent's remedy after the cause, the cause explains, it does not blame. */
const APOLOGY = /\b(?:sorry|apologi[sz]e|apologies)\b/;

/**
 * The first sentence of folded text `t` putting a fault down to the customer's act, as a range;
 * not when an apology and the agent's own remedy follow it ("…ran it dry. I'm sorry, I'll fit a
 * cut-out switch tomorrow"). Nor the readings that put the fault or its cost on the customer without a
 * because-clause of their act (their act in the cause's subject, a cleft, a passive
 * act of theirs with the cost on them) when any act of ours stands in or after the sentence.
 */
export function blamedCauseEn(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const spans = sentenceSpans(t, runOn);
  for (const [k, [s, e]] of spans.entries()) {
    const sentence = t.slice(s, e);
    const verb = CAUSED_BY_CUSTOMER.exec(sentence)?.[1];
    const caused =
      (verb !== undefined && ACT.test(verb) && !NO_FAULT.test(verb)) ||
      causedByTheirs(sentence) ||
      passiveAtYours(sentence) ||
      tracedToYours(sentence);
    const after = t.slice(e);
    if (caused && !(APOLOGY.test(after) && agentActed(after))) return [s, e];
    // The rest put on the customer: theirs as the doer and the cost or fault on them, with no act of ours after.
    // A case put ("If the fault is on your side, …") places nothing.
    if (responsibleYours(sentence) && !CASE_PUT.test(sentence) && !agentActed(t.slice(s)))
      return [s, e];
    const end = spans[k + 1]?.[1] ?? e;
    if (costOnYours(t.slice(s, end)) && !agentActed(t.slice(s))) return [s, end];
  }
  return undefined;
}
