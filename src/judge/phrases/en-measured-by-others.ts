import type { PhraseList } from './compile.js';
import { firstStanding } from './first-sentence.js';

/**
 * Precedent by structure: the customers before this one set up as the measure — "Every cohort
 * before yours managed fine with that laptop", "Every client before you has been fine with three
 * drafts", "All the families before you coped" — or the practice said to have always been so with
 * no one named ("The inspection has always been done without owners."). Others before the customer
 * as the subject of the sentence, then how they got on. Folded text, where a noun's "'s" ("the
 * inspection's always been") stays as written.
 */
const OTHERS_BEFORE_YOU =
  /^(?:(?:every|each|all(?:\s+(?:the|of\s+the|our))?)\s+)(?:other\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:before|ahead\s+of)\s+(?:you|yours)\b[^?]*\b(?:fine|managed|coped|happy|no\s+(?:problem|issue|complaint)s?|got\s+on|did\s+well|without\s+(?:a\s+)?(?:problem|issue|complaint)s?)\b/;

/** A practice always done, in the passive with no one named: "…has always been done without…". */
const ALWAYS_BEEN_DONE =
  /(?:'s|\s(?:has|have|is|are))\s+always\s+been\s+(?:done|run|handled|carried\s+out|held|made|taken|kept)\b(?!\s+by\s+(?:us|me)\b)/;

/** The list entry that words the flag. */
export const PRECEDENT_ENTRY_EN = 'g-precedent';

/** The first sentence of folded text `t` measuring the customer by others or by the past, as a range. */
export function measuredByOthersEn(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  return firstStanding(
    t,
    list,
    runOn,
    (sentence) => OTHERS_BEFORE_YOU.test(sentence) || ALWAYS_BEEN_DONE.test(sentence),
  );
}
