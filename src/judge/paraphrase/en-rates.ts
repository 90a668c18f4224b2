import type { Criterion } from '../../drills/schema.js';
import type { ValueMention } from '../text/value-mentions.js';
import { valuesIn } from '../text/values.js';
import type { CriterionResult } from '../types.js';

/** The period an English amount is said for: "£2 a month", "£95 weekly", "£24 per year". */
const PERIOD_AFTER =
  /^\s*(?:(?:a|an|per|each|every)\s+(week|month|year)\b|(weekly|monthly|yearly|annually)\b)/i;
const PER_YEAR: Readonly<Record<string, number>> = {
  week: 52,
  weekly: 52,
  month: 12,
  monthly: 12,
  year: 1,
  yearly: 1,
  annually: 1,
};

/** How many of a money value `v` said in `text` make a year, where a period is said after it. */
function timesAYear(v: ValueMention, text: string): number | undefined {
  if (v.type !== 'money') return undefined;
  const m = PERIOD_AFTER.exec(text.slice(v.end, v.end + 16));
  return m ? PER_YEAR[((m[1] ?? m[2]) as string).toLowerCase()] : undefined;
}

/**
 * The answer's amount (`said` in `answer`) is the customer's (`told` in `customer`) for another
 * period: "two pounds a month" for "£24 a year", "£1,200 a year" for "£100 a month".
 */
export function atAnotherRate(
  said: ValueMention,
  answer: string,
  told: ValueMention,
  customer: string,
): boolean {
  const a = timesAYear(said, answer);
  const b = timesAYear(told, customer);
  return (
    a !== undefined &&
    b !== undefined &&
    a !== b &&
    Math.abs(Number(said.value) * a - Number(told.value) * b) < 0.005
  );
}

/**
 * A missed fact whose amount the customer said for one period (£24 a year) met where the answer
 * says it for another (two pounds a month); `told` are the customer's values.
 */
export function ratesRetold(
  results: readonly CriterionResult[],
  criteria: readonly Criterion[],
  said: readonly ValueMention[],
  answer: string,
  customer: string,
  told: readonly ValueMention[],
): CriterionResult[] {
  const rated = said.filter((m) => timesAYear(m, answer) !== undefined);
  if (rated.length === 0) return [...results];
  return results.map((r, i) => {
    if (r.status !== 'missed') return r;
    const named = (criteria[i] as Criterion).any.flatMap((p) => valuesIn(p));
    const hit = rated.find((m) =>
      told.some(
        (t) =>
          atAnotherRate(m, answer, t, customer) &&
          named.some((v) => v.type === 'money' && Number(v.value) === Number(t.value)),
      ),
    );
    if (!hit) return r;
    const span = { start: hit.start, end: hit.end };
    return { ...r, met: true, status: 'met', span, detail: `=${answer.slice(hit.start, hit.end)}` };
  });
}
