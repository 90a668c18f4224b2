import type { CriterionResult } from '../types.js';

/** Parts of a restatement missing from which it is poor (see tooShort). */
export const SHORTFALLS_POOR = 3;

/**
 * The trainers' partial is one shortfall, at most two (a fact and the feeling): a restatement
 * short of its feeling or its check and of facts as well, three parts missing in all ("You paid
 * £380 for a scan of your grandmother's chest. Is that right?" for a story of six facts and a
 * feeling), leaves the customer to tell the story again — poor. Facts alone missing, with the
 * feeling and the check there, fall under the most-facts rule instead.
 */
export function tooShort(
  facts: readonly CriterionResult[],
  builtins: readonly CriterionResult[],
): boolean {
  const factsMissed = facts.filter((f) => !f.met).length;
  const partsMissed = builtins.filter(
    (b) => (b.builtin === 'feeling' || b.builtin === 'check-question') && !b.met,
  ).length;
  return factsMissed > 0 && partsMissed > 0 && factsMissed + partsMissed >= SHORTFALLS_POOR;
}
