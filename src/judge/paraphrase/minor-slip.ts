import type { ValueType } from '../text/value-mentions.js';
import type { CriterionResult } from '../types.js';
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
 * One end of an opposite pair said for the customer's (上行 for 下行, 出口 for 入口, zh-opposites.ts)
 * while the customer's end is said nowhere in the answer, on either side of the word's pole: a
 * detail said the other way, as a wrong value is. Both ends said, the two swapped (店搬到城西, 您住
 * 城东; 右邊眉比左邊高), is the story turned round.
 */
function oneEndTurned(fact: CriterionResult, answer: string): boolean {
  const m = /^opposite:(.{2})→(.{2})$/.exec(fact.detail ?? '');
  if (!m) return false;
  const [, theirs, ours] = m as unknown as [string, string, string];
  if (answer.includes(theirs)) return false;
  const pole = theirs[0] === ours[0] ? 1 : 0;
  const end = theirs[pole] as string;
  for (let i = answer.indexOf(ours); i >= 0; i = answer.indexOf(ours, i + 1)) {
    const at = i + pole;
    const sides = [`${answer[at - 1] ?? ''}${end}`, `${end}${answer[at + 1] ?? ''}`];
    if (sides.some((w) => w.length === 2 && answer.includes(w))) return false;
  }
  return true;
}

export function minorSlip(
  facts: readonly CriterionResult[],
  values: ReadonlyMap<string, WrongValue>,
  builtins: readonly CriterionResult[],
  answer: string,
): boolean {
  const wrong = facts.filter((f) => f.status === 'contradicted');
  const met = facts.filter((f) => f.met).length;
  const fact = wrong.length === 1 ? wrong[0] : undefined;
  const only = fact ? values.get(fact.id) : undefined;
  return (
    fact !== undefined &&
    ((only !== undefined && minorValue(fact, only)) || oneEndTurned(fact, answer)) &&
    met * 2 > facts.length &&
    builtins.every((b) => b.met)
  );
}
