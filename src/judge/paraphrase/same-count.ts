import type { Criterion } from '../../drills/schema.js';
import { countsTimes, type ValueMention, valuesIn } from '../text/values.js';
import type { CriterionResult } from '../types.js';

/** The counts of times a fact's own phrases name ("called 3 times", 三次), read once per criterion. */
const countsOf = new WeakMap<Criterion, ValueMention[]>();
function countsNamed(criterion: Criterion): ValueMention[] {
  let counts = countsOf.get(criterion);
  if (!counts) {
    counts = criterion.any
      .flatMap((p) => valuesIn(p))
      .filter((v) => v.type === 'quantity' && countsTimes(v.unit));
    countsOf.set(criterion, counts);
  }
  return counts;
}

/**
 * A fact that is a count of times (three calls, 打了三次电话) is restated by the same count in
 * other words: "rang us three times", "that's three calls", "twice" for "two times", 三回,
 * 三个电话. A missed fact whose phrases name such a count is met where the answer says it.
 */
export function sameCount(
  result: CriterionResult,
  criterion: Criterion,
  said: readonly ValueMention[],
  answer: string,
): CriterionResult {
  if (result.status !== 'missed') return result;
  const counts = countsNamed(criterion);
  if (counts.length === 0) return result;
  const hit = said.find(
    (m) => m.type === 'quantity' && countsTimes(m.unit) && counts.some((c) => c.value === m.value),
  );
  if (!hit) return result;
  const span = { start: hit.start, end: hit.end };
  return {
    ...result,
    met: true,
    status: 'met',
    span,
    detail: `=${answer.slice(span.start, span.end)}`,
  };
}
