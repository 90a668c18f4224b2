import type { PhraseList } from './compile.js';
import { firstStanding } from './first-sentence.js';

/**
 * Doubt by structure: the customer's account of what happened put back to them as "are you sure…?"
 * — "Are you sure the screen was fine when you dropped it off?", "Are you sure the ring went in with
 * the stone still in it?" — with no offer to check after it. The account is past (was, went, did,
 * -ed); "Are you sure you want to cancel?" confirms a wish, it doubts nothing. Folded text.
 */
const SURE_OF_PAST =
  /^(?:(?:so|and|but|hmm|um|right|okay|ok|well|sorry)\W+)*are\s+you\s+(?:really\s+|absolutely\s+|quite\s+|one\s+hundred\s+percent\s+)?(?:sure|certain|positive)\b(?![^?]*\b(?:want|wanted|would|need|needed|wish|like|will|going\s+to|happy\s+to|prefer)\b)[^?]*\b(?:was|were|did|had|went|came|got|put|left|[a-z]{2,}ed)\b[^?]*\?$/;

/** The list entry that words the flag. */
export const DOUBT_QUESTION_ENTRY_EN = 'g-sure-you-did';

/** The first "are you sure" put to the customer's past account with no check offered, as a range. */
export function doubtQuestionEn(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  return firstStanding(t, list, runOn, (sentence) => SURE_OF_PAST.test(sentence));
}
