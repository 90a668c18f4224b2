import type { Criterion } from '../../drills/schema.js';
import { matchCriterion, type NormalisedText, readCantonese } from '../text/index.js';
import type { CriterionResult } from '../types.js';

/**
 * A fact restated in written Cantonese while its wordings are Mandarin (细路热到瞓唔着 for
 * 小孩热到没睡, 冇人覆你 for 没人回复您): a fact not met as written is tried again on the answer
 * (and the customer's words) read as Mandarin. Its span still points at the Cantonese words.
 */
export function cantoneseFacts(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  const read = readCantonese(answer);
  if (read === answer || read.text === answer.text) return [...facts];
  const told = readCantonese(customer);
  return facts.map((f, k) => {
    const c = criteria[k];
    if (f.status !== 'missed' || !c) return f;
    const again = matchCriterion(c, read, told);
    return again.met ? again : f;
  });
}
