import { wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * False reassurance by structure: the agent vouching for an outcome that is not theirs to give —
 * "I can promise you the appeal will be successful", "your car will sail through the retest, I'd
 * put my house on it", "your probate will be through by Friday, promise", "you'll win that for
 * sure". A vow of any wording in the first person (or a certainty standing as a clause of its
 * own) with a future whose clause names no one on the agent's side: "I promise we'll call you back"
 * is the agent's own act, which it can keep. Folded text: lower case, contractions expanded.
 */

/**
 * The agent vowing in the first person, whatever modal or object: "i can promise you", "i would bet"; or by a vow
 * formula addressed to the customer: "take my word", "you can take that from me", "mark my words", "rest assured".
 */
const VOW =
  /\bi\s+(?:(?:can|could|will|would|do|absolutely|personally|honestly)\s+)*(?:promise|guarantee|assure|swear|bet|(?:put|stake|bet)\s+(?:my|our|money)\b[^.,;!?]{0,20}?\bon\s+it)\b|\b(?:you\s+have|take)\s+my\s+word\b|\b(?:you\s+can\s+)?take\s+(?:it|that)\s+from\s+me\b|\bmark\s+my\s+words\b|^\W*rest\s+assured\b/;

/**
 * A certainty said as a clause of its own (", promise.", "Hundred percent.", "I'm certain of it.",
 * "…, nothing to worry about at all.") or after the verb ("for sure"): beside an outcome the agent
 * does not control, the worry waved off is the certainty given.
 */
const TAG =
  /(?:^|[,;:.!]\s*)(?:(?:i\s+)?promise|guaranteed|(?:a\s+|one\s+)?hundred\s+(?:percent|per\s+cent)|100\s*(?:%|percent|per\s+cent)|no\s+doubt(?:\s+about\s+it)?|i\s+am\s+(?:(?:absolutely|completely|quite|totally)\s+)?(?:certain|sure|positive)\s+of\s+(?:it|that)|(?:there\s+is\s+)?(?:really\s+|absolutely\s+)?(?:nothing|no\s+need)\s+to\s+worry(?:\s+about)?(?:\s+(?:at\s+all|there))?)\s*(?=[,;:.!]|$)|\bfor\s+(?:sure|certain)\b/;

/** A future that happens, neither negated nor hedged. */
const FUTURE =
  /\b(?:will|is\s+going\s+to|are\s+going\s+to)\s+(?:just\s+|definitely\s+|surely\s+)?(?!not\b|never\b|probably\b|likely\b)[a-z]+/;

/**
 * The agent's side or a hedge in the outcome's clause, or the customer as the one who receives
 * ("you'll get a text with a code": our side sends it): then it is no outcome vouched for.
 */
const NOT_AN_OUTCOME =
  /\b(?:i|we|our|us|me|my|when|whether|hope|hopefully|think|probably|should|might|may)\b|\byou\s+will\s+(?:get|receive|see|hear|be\s+(?:sent|emailed|texted|given))\b/;

/**
 * A condition anywhere in the sentence: the certainty holds only under it ("If the form is
 * complete, …"). "Even if" concedes, it conditions nothing: the certainty holds whatever happens.
 */
const CONDITION = /\b(?:(?<!\beven\s)if|unless|once|provided|as\s+long\s+as)\b/;

/** What the agent has to go on: then the certainty is grounded ("tracking shows it will be there tomorrow"). */
const GROUNDED =
  /\b(?:checked|confirmed|tracking|shows|showing|approved|already|records?|system)\b/;

/** The list entry that words the flag. */
export const VOUCH_ENTRY_EN = 'g-empty-reassure';

/** The first sentence of folded text `t` vouching for an outcome not the agent's, as a range. */
export function vouchedOutcomeEn(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const spans = sentenceSpans(t, runOn);
  const vowIn = (k: number) => {
    const span = spans[k];
    return span !== undefined && vowed(t.slice(span[0], span[1]));
  };
  for (let k = 0; k < spans.length; k++) {
    const [s, e] = spans[k] as [number, number];
    const sentence = t.slice(s, e);
    // A question asks for the certainty, it gives none ("Will it be there for sure?").
    if (
      sentence.endsWith('?') ||
      CONDITION.test(sentence) ||
      GROUNDED.test(sentence) ||
      !outcome(sentence.replace(VOW, ' '))
    )
      continue;
    // The vow in the sentence, or a sentence of its own beside it ("…will be successful. Hundred
    // percent.", "…will sail through. I'd stake my job on it.": the vow's object points back).
    const fragment = (j: number) =>
      vowIn(j) &&
      (wordsIn(spans[j] as [number, number], t) <= 6 || POINTS_BACK.test(sentenceAt(spans[j], t)));
    if (!vowed(sentence) && !fragment(k - 1) && !fragment(k + 1)) continue;
    if (wayForward(t, e, e, list, runOn)) continue;
    return [s, e];
  }
  return undefined;
}

function vowed(sentence: string): boolean {
  return VOW.test(sentence) || TAG.test(sentence);
}

/** A clause of the sentence with a future that names no one on the agent's side. */
function outcome(sentence: string): boolean {
  return sentence
    .split(/[,;:]|\s-\s|\bbut\b|\band\b/)
    .some((clause) => FUTURE.test(clause) && !NOT_AN_OUTCOME.test(clause));
}

/** A vow whose object is the sentence before it: "…on it.", "…of that!". */
const POINTS_BACK = /\b(?:on|of)\s+(?:it|that)\W*$/;

function sentenceAt(span: readonly [number, number] | undefined, t: string): string {
  return span ? t.slice(span[0], span[1]) : '';
}

function wordsIn([s, e]: [number, number], t: string): number {
  return t.slice(s, e).split(/\s+/).filter(Boolean).length;
}
