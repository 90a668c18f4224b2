import { agentActed, wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { namesPerson } from './en-blame-cause.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Passing the buck by structure: the matter put with another party as the answer, nothing of ours after it
 * ("Returns are Gavin's department.", PUT_ELSEWHERE); or the matter said to be another party's, then the customer pointed
 * at them or the weight put on them, with no handover — "That's someone in accounts, try them.",
 * "The owner deals with complaints. You'd best catch her at the gate.", "It was forwarded to the
 * lab, so any more chasing should go to them",
 * "It was fitted by the installer, so it's on them", "Licences is another department, they might
 * know", "handled by the depot, so it's their problem". Naming the other party alone informs ("the
 * parcel is handled by our courier"); pointing at them alone may direct ("you can ask them when
 * you are there"). Folded text: lower case, contractions expanded.
 */

/**
 * The matter put with another party: someone else handling it, the matter sent on to them, done
 * by someone not us, another unit, someone over there, going through them ("invoices go through accounts"),
 * their side ("that's the smith's side of things", "are the divers' department"), a thing of another kind ("refunds
 * are a head-office thing"), or the matter denied as ours ("warranty claims are not ours to handle", "grab rails
 * aren't us", "isn't my side of the business").
 */
const OTHER_PARTY =
  /\b(?:the|our|their)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:deals\s+with|handles|looks\s+after|takes\s+care\s+of|is\s+in\s+charge\s+of|is\s+responsible\s+for|sorts\s+out)\b|\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:forwarded|passed\s+on|passed|sent|referred|handed\s+over|handed)\s+to\s+(?!us\b|me\b|our\b|my\b)|\b(?:is|are|was|were)\s+(?:handled|dealt\s+with|done|run|managed|fitted|installed|supplied|made|organi[sz]ed|arranged|processed|looked\s+after|sorted|booked)\s+by\s+(?!us\b|me\b|our\b|my\b)|\b(?:is|are|that\s+is|it\s+is)\s+(?:a\s+different|another|a\s+separate|the\s+other)\s+(?:department|team|company|firm|office|section|desk|branch|business|outfit|lot)\b|\b(?:that|this|it)\s+is\s+(?:someone|somebody|one)\s+(?:in|at|from|for)\b|\b(?:is|are)\s+not\s+(?:mine|ours)\s+to\s+(?:deal\s+with|handle|sort|fix|chase|answer|decide|look\s+into)\b|\b(?:is|are)\s+not\s+(?:us|me|(?:my|our)\s+(?:side|department|area|job|remit|patch|team)\b)|\b(?:go|goes)\s+through\s+(?!us\b|me\b|our\b|my\b)[a-z]+|\b(?:is|are)\s+(?:the\s+)?[a-z-]+(?:'s|s')\s+(?:department|side|job|patch|remit|problem|responsibility)\b|\b(?:is|are)\s+(?:a|an)\s+[a-z-]+\s+thing\b/;

/**
 * The customer pointed at them or told to chase them, or the weight put on them; or a bare imperative of
 * contacting opening a clause ("…; ring the council", "… - try someone in the structures team", "Try ringing
 * someone else", "Give them a call.", "give him a ring").
 */
const ON_THEM =
  /(?:^|[;:,.!-]\s*|\bso\s+)(?:just\s+)?(?:try|ring|call|phone|e-?mail|contact|chase)\s+(?:the|someone|somebody)\b|\bgive\s+(?:him|her|them)\s+a\s+(?:call|ring|bell|shout)\b|(?:^|[;:,.!-]\s*)(?:just\s+)?try\s+(?:ringing|calling|phoning|e-?mailing|contacting)\s+(?:the|someone|somebody)\b|(?:^|[;:,.!-]\s*|\bso\s+)(?:just\s+)?have\s+a\s+word\s+with\b|\byou\s+(?:(?:had|would)\s+(?:best|better)|will\s+(?:need|have)\s+to|(?:need|have)\s+to)\s+(?:just\s+)?(?:catch|ring|call|phone|e-?mail|contact|see|chase|find|ask|speak\s+to|talk\s+to|write\s+to|go\s+to|take\s+it\s+up\s+with)\s+(?:him|her|them)\b|\b(?:any|all)\s+(?:more\s+|further\s+)?(?:chasing|questions|queries|complaints)\s+(?:should|will\s+have\s+to|need\s+to)\s+go\s+to\s+them\b|\b(?:try|ask|call|contact|ring|email|phone)\s+them\b|\bthey\s+(?:might|may|would|should|could|will|probably)\s+know\b|\b(?:it\s+is|that\s+is|that\s+one\s+is)\s+(?:all\s+)?on\s+them\b|\b(?:their|theirs)\s+(?:problem|job|responsibility|department|call|business|issue|concern|headache|lookout|look-out|side)\b|\bnot\s+(?:us|ours|our\s+(?:problem|job|department|responsibility))\b/g;

/** The agent taking it on in the same sentence: "…, so I'll ring them for you now". */
const AGENT_ACTS =
  /\b(?:i|we)\s+(?:will|shall|can|am\s+going\s+to|are\s+going\s+to|have)\b|\blet\s+(?:me|us)\b/;

/** "That is", "it would be", "this will be" with an intensifier: the customer's matter as the subject. */
const THAT_IS = String.raw`\b(?:that|this|it)\s+(?:is|would\s+be|will\s+be)\s+(?:(?:all|really|very\s+much|strictly|definitely|more)\s+)?`;

/** What a matter can be someone's: their department, patch, problem, responsibility. */
const CHARGE = String.raw`(?:department|patch|problem|responsibility|job|remit|territory|domain|lookout|concern|business|side\s+of\s+things)\b`;

/**
 * The matter put with another party by a copula or a routing verb: "that would be a different department",
 * "that is one for the branch manager" (a person or a unit after it), "returns are Gavin's department", "the
 * electrics are a different firm's problem", "that is the animal team's side of things, not the shop's" (an
 * owner of up to three words, neither ours nor negated), "that is someone else's patch", "complaints go to him
 * directly". A bare unit needs the matter itself as the subject ("the spa is a different company"
 * describes); a subject of ours or of theirs describes ("we are a separate company").
 */
const PUT_ELSEWHERE = [
  new RegExp(
    String.raw`${THAT_IS}(?:a\s+different|another|a\s+separate)\s+(?:department|team|company|firm|office|section|desk|branch|business|outfit|agency|person)\b`,
  ),
  new RegExp(String.raw`${THAT_IS}one\s+for\s+(?:the|your)\s+([a-z]+)(?:\s+([a-z]+))?\b`),
  new RegExp(String.raw`${THAT_IS}(?:someone|somebody)\s+else's\b`),
  new RegExp(
    String.raw`(?<!\b(?:we|i|you|they|he|she)\s)\b(?:is|are|would\s+be|will\s+be)\s+(?:(?:someone|somebody)\s+else's|(?:a\s+different|another|a\s+separate)\s+[a-z]+'s|(?:the\s+)?(?:(?!(?:not|never|our|my)\b)[a-z]+\s+){0,2}(?!(?:it|that|there|here|what|who|one)'s)[a-z]+'s)\s+${CHARGE}`,
  ),
  /\b(?:go|goes)\s+(?:to|through)\s+(?:him|her|them|the\s+[a-z]+(?:\s+[a-z]+)?)\s+directly\b/,
];

/** Units a matter goes to ("one for the front desk", "one for accounts"). */
export const UNIT =
  /^(?:department|team|desk|office|section|branch|accounts|billing|reception|management|board|council|insurers?)$/;

/**
 * What may close the sentence after the matter is put elsewhere: a few words with no clause joined on
 * ("…, I'm afraid", "…altogether"); "…, and she replies within the hour" or "…from the hotel" goes on.
 */
const CLOSES =
  /^(?:[\s,]*(?!(?:and|but|so|though|although|because|which|who|where|from|with|than|if|while)\b)[a-z']+){0,3}[\s,.!]*$/;

/**
 * The agent offering to take it on ("shall I put you through?", "want me to forward it?"), beside its own
 * act done or promised (acts.ts).
 */
const OFFERS_HANDOVER = /\b(?:shall|should|can|may)\s+i\b|\b(?:want|like)\s+me\s+to\b/;

/** Something of ours in `rest`: an act done or promised, an offer to hand it over, a number or an address. */
export const handedOver = (rest: string): boolean =>
  agentActed(rest) || OFFERS_HANDOVER.test(rest) || /\d{5,}|@/.test(rest.replace(/[\s-]/g, ''));

/** The list entry that words the flag. */
export const THIRD_PARTY_ENTRY_EN = 'not-my-job';

/** The first sentence of folded text `t` that passes the matter on, as a range. */
export function passedOnEn(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const spans = sentenceSpans(t, runOn);
  for (let k = 0; k < spans.length; k++) {
    const [s, e] = spans[k] as [number, number];
    if (AGENT_ACTS.test(t.slice(s, e))) continue;
    // The other party named in this sentence before the pointing, or in the one before it: the
    // pointing may come after the denial that names them ("…not ours to handle - try the maker").
    const from = k > 0 ? (spans[k - 1] as [number, number])[0] : s;
    for (const aim of t.slice(s, e).matchAll(ON_THEM)) {
      if (!OTHER_PARTY.test(t.slice(from, s + aim.index))) continue;
      // A way forward in the rest of the sentence (a number to call) or after it.
      if (wayForward(t, s + aim.index, e, list, runOn)) break;
      return [s, e];
    }
  }
  return putElsewhereEn(t, spans);
}

/** The first form of PUT_ELSEWHERE in the sentence with only a closing tail after it. */
function putElsewhere(sentence: string): RegExpExecArray | undefined {
  for (const form of PUT_ELSEWHERE) {
    const m = form.exec(sentence);
    if (!m || !CLOSES.test(sentence.slice(m.index + m[0].length))) continue;
    const [, first, second = ''] = m;
    if (first === undefined || [first, second].some((w) => namesPerson(w) || UNIT.test(w)))
      return m;
  }
  return undefined;
}

/**
 * The first sentence putting the matter with another party (PUT_ELSEWHERE), as a range, when nothing of ours
 * follows: no act of the agent's, no offer to hand it over, no number to reach them, in it or after it. What
 * the customer is told to do themselves ("Try her after lunch") hands nothing over. Not in a question or a
 * condition.
 */
function putElsewhereEn(
  t: string,
  spans: readonly (readonly [number, number])[],
): [number, number] | undefined {
  for (const [s, e] of spans) {
    const sentence = t.slice(s, e);
    const m = putElsewhere(sentence);
    if (
      !m ||
      sentence.includes('?') ||
      /\b(?:if|unless|whether)\b/.test(sentence.slice(0, m.index))
    )
      continue;
    if (handedOver(t.slice(s))) return undefined;
    return [s, e];
  }
  return undefined;
}
