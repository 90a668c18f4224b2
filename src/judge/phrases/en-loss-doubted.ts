import type { PhraseList } from './compile.js';
import { firstStanding } from './first-sentence.js';

/**
 * The customer's report of a loss doubted, by structure: the lost kind of thing said, as a general truth in the
 * present, not to "just" vanish ("A pendulum doesn't just disappear from a sealed box", "Tickets don't simply walk
 * off"); or the agent's guess that the thing is still on the customer's side ("I expect they're still at home
 * somewhere", "I'd bet it's still in your van"), or that it went wrong there rather than with us ("I suspect the
 * labels got swapped in your shed rather than in our packing room"). With no check offered after it
 * (first-sentence.ts). A past or a future tells what happened or will ("it didn't just vanish, it was stolen", "it
 * won't just disappear once it's logged"); a question asks; a place of ours ("still at the depot") doubts nothing.
 * Folded text: lower case, contractions expanded.
 */

/** A thing said, in the general present, not to vanish of itself. */
const NOT_JUST_GONE =
  /\b(?:do|does)\s+not\s+(?:just|simply|usually|normally|generally|tend\s+to)\s+(?:vanish|disappear|evaporate|go\s+missing|walk\s+off|walk\s+away|get\s+up\s+and\s+walk|go\s+astray|melt\s+away)\b/;

/** The agent guessing: "I expect", "I suspect", "I'd bet", "I dare say". */
const GUESS = String.raw`\bi\s+(?:(?:would|will)\s+)?(?:expect|imagine|suspect|bet|reckon|guess|dare\s+say|am\s+sure)\s+(?:that\s+)?`;

/** The guess that the thing is still with the customer: at home, in something of theirs, with them. */
const STILL_WITH_YOU = new RegExp(
  String.raw`${GUESS}[^,.;?]*?\b(?:is|are)\s+still\s+(?:[a-z]+\s+){0,3}?(?:at\s+(?:home|your)\b|in\s+your\b|on\s+your\b|with\s+you\b|around\s+the\s+house\b)`,
);

/** The guess that it went wrong on the customer's side rather than ours: "…in your shed rather than in our …". */
const THEIRS_NOT_OURS = new RegExp(
  String.raw`${GUESS}[^.;?]*?\b(?:in|at|on)\s+your\s+[a-z]+\s+(?:rather\s+than|and\s+not|not)\s+(?:in\s+|at\s+|on\s+)?(?:our|ours|us)\b`,
);

/** The list entry that words the flag. */
export const LOSS_DOUBTED_ENTRY_EN = 'g-doubt-past';

const doubtsLoss = (sentence: string): boolean =>
  !sentence.includes('?') &&
  (NOT_JUST_GONE.test(sentence) || STILL_WITH_YOU.test(sentence) || THEIRS_NOT_OURS.test(sentence));

/** The first sentence of folded text `t` doubting the customer's report of a loss, as a range. */
export const lossDoubtedEn = (t: string, list: PhraseList, runOn: ReadonlySet<number>) =>
  firstStanding(t, list, runOn, doubtsLoss);
