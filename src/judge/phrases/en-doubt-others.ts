import type { PhraseList } from './compile.js';
import { firstStanding } from './first-sentence.js';

/**
 * Doubt by structure: the customer's account reduced to a common mistake of others, told as what
 * people in general say and what it really is — "People often say the peel 'burned' when it's just
 * normal redness.", "Customers often say the deposit went missing and then find it in their app.",
 * "Usually people who say that just forgot they signed up." Others as the subject of a verb of
 * saying or believing, then a turn (when / but / and then) to what is "just" or "actually" so, or
 * "people who say that" with what they "just" did. Folded text.
 */
const OTHERS =
  '(?:people|customers|clients|guests|owners|parents|folks|(?:a\\s+lot|lots|plenty|most|many)\\s+(?:of\\s+)?(?:people|customers|clients))';
const LEAD =
  '^(?:(?:with\\s+respect|honestly|well|look|to\\s+be\\s+fair|in\\s+my\\s+experience|usually|often|normally|generally)\\W+)*';
const SAY_THEN_JUST = new RegExp(
  `${LEAD}${OTHERS}\\s+(?:(?:often|usually|always|sometimes|tend\\s+to)\\s+)?(?:say|think|claim|tell\\s+us|report|swear)\\b[^.?!]*\\b(?:when|but|and\\s+then|then)\\b[^.?!]*\\b(?:just|only|simply|merely|actually|turns?\\s+out|find|found|forgot|realise|realize)\\b`,
);
const WHO_SAY_JUST = new RegExp(
  `${LEAD}${OTHERS}\\s+who\\s+(?:say|claim|tell\\s+us|report)\\s+(?:that|this)\\s+(?:(?:usually|often|normally)\\s+)?(?:just|simply|merely|actually)\\s+[a-z]+`,
);

/** The list entry that words the flag. */
export const DOUBT_OTHERS_ENTRY_EN = 'g-sure-you-did';

/** The first account put down to others' common mistake, with no check offered, as a range. */
export function doubtByOthersEn(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  return firstStanding(
    t,
    list,
    runOn,
    (sentence) => SAY_THEN_JUST.test(sentence) || WHO_SAY_JUST.test(sentence),
  );
}
