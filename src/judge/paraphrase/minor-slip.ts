import type { ValueType } from '../text/value-mentions.js';
import type { CriterionResult } from '../types.js';
import { OTHER_END } from './en-opposite-words.js';
import type { WrongValue } from './wrong-values.js';

/**
 * Values that say which one (a place, a name, an order or flight number): another one is another
 * story, never a minor slip.
 */
const WHICH_ONE: ReadonlySet<ValueType> = new Set(['place', 'name', 'code']);

/**
 * Whether a wrong value is a detail of the story (the trainers' "one minor wrong value"): how
 * much or how many (an amount, a count of things or of times, a size, a level), when, how long,
 * how far, or which time. Which one — the place, the name, the number that identifies it — is
 * the story itself, and so is a value swapped with another fact's (swapped-values.ts).
 */
function minorValue(fact: CriterionResult, wrong: WrongValue): boolean {
  const { type } = wrong.mention;
  return !WHICH_ONE.has(type) && fact.detail === `wrong-${type}`;
}

/**
 * One minor wrong value among mostly right facts, as the restatement's one shortfall (the
 * feeling and the check it asks for are there): the restatement stays partial. A wrong value
 * with the feeling or the check missing as well is two shortfalls.
 */
export function minorSlip(
  facts: readonly CriterionResult[],
  values: ReadonlyMap<string, WrongValue>,
  builtins: readonly CriterionResult[],
): boolean {
  const wrong = facts.filter((f) => f.status === 'contradicted');
  const met = facts.filter((f) => f.met).length;
  const fact = wrong.length === 1 ? wrong[0] : undefined;
  const only = fact ? values.get(fact.id) : undefined;
  return (
    fact !== undefined &&
    ((only !== undefined && minorValue(fact, only)) || fact.detail === OTHER_END) &&
    met * 2 > facts.length &&
    builtins.every((b) => b.met)
  );
}
