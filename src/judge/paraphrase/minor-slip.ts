import { countsTimes } from '../text/values.js';
import type { CriterionResult } from '../types.js';
import type { WrongValue } from './wrong-values.js';

/** Wrong values that only place the story in time. */
const WHEN = new Set(['date', 'weekday', 'time', 'duration']);
/** Distances, which say where something was, not what happened ("five miles away" for three). */
const DISTANCE_UNITS = new Set(['mile', 'kilometre', 'kilometer', 'km', 'block']);
/** Counts whose noun says they are the customer chasing the service. */
const CHASING_UNITS = new Set(['call', 'email', 'visit', 'trip', 'reminder', 'attempt', '趟']);
/** Verbs of contacting or chasing just before a count of times ("called three times", 找过三次). */
const CHASING_VERB =
  /\b(?:call(?:ed|ing)?|rang|ring(?:ing)?|phoned?|phoning|e-?mailed|wrote|written|chased|contacted|asked|complained|visited|came in|been in)\b[^.,;!?]{0,12}$|(?:打|找|联系|聯繫|问|問|催|投诉|投訴|跑|来|來|去|说|說)[了过過]?[^，。；！？,.;!?]{0,3}$/i;

/**
 * Whether a wrong value is a detail around the story (the trainers' "one minor wrong value"):
 * when it happened, which time or anniversary it was (an ordinal), how far away, or how many times the
 * customer had to chase ("three calls" for four, 找过三次 for 两次). How many times the fault
 * itself happened (charged three times, repaired three times), the item, the amount, how many
 * of a thing, the place, the number and what happened are the story itself.
 */
function minorValue(wrong: WrongValue, answer: string): boolean {
  const { type, unit, start } = wrong.mention;
  if (WHEN.has(type) || unit.startsWith('ordinal ') || DISTANCE_UNITS.has(unit)) return true;
  if (type !== 'quantity' || !countsTimes(unit)) return false;
  return CHASING_UNITS.has(unit) || CHASING_VERB.test(answer.slice(Math.max(0, start - 40), start));
}

/** One minor wrong value among mostly right facts: the restatement stays partial. */
export function minorSlip(
  facts: readonly CriterionResult[],
  values: ReadonlyMap<string, WrongValue>,
  answer: string,
): boolean {
  const wrong = facts.filter((f) => f.status === 'contradicted');
  const met = facts.filter((f) => f.met).length;
  const only = wrong.length === 1 ? values.get(wrong[0]?.id ?? '') : undefined;
  return only !== undefined && minorValue(only, answer) && met * 2 > facts.length;
}
