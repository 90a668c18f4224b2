import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import { valuesIn } from '../text/values.js';
import type { CriterionResult, Span } from '../types.js';

/** A fact met by its value alone ("=Thursday", see sameValue). */
const byValue = (f: CriterionResult) => f.met && f.span !== undefined && f.detail?.startsWith('=');

/**
 * A value said once tells one fact (English): a fact met by its value alone, where the answer
 * says that value only once and inside another met fact whose own wordings name it ("the
 * Thursday tasting" restates "paid for Thursday", not "babysitters arranged for Thursday"), is
 * missed.
 */
export function valueSaidOnce(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: string,
): CriterionResult[] {
  if (hasHan(answer)) return [...facts];
  const lower = answer.toLowerCase();
  return facts.map((f) => {
    if (!byValue(f) || !f.span) return f;
    const at = f.span;
    const value = lower.slice(at.start, at.end);
    if (lower.split(value).length > 2) return f;
    const owner = facts.find(
      (o) =>
        o !== f &&
        o.met &&
        o.span &&
        !byValue(o) &&
        o.span.start <= at.start &&
        at.end <= o.span.end &&
        criteria.find((c) => c.id === o.id)?.any.some((p) => p.toLowerCase().includes(value)),
    );
    if (!owner) return f;
    // The same value said again in other words outside that fact ("a two-hour slot … the bill
    // says two hours"): the fact is met there.
    const here = valuesIn(answer).find((v) => v.start <= at.start && at.end <= v.end);
    const again =
      here &&
      valuesIn(answer).find(
        (v) =>
          v.type === here.type &&
          v.unit === here.unit &&
          v.value === here.value &&
          (v.end <= (owner.span as Span).start || v.start >= (owner.span as Span).end),
      );
    if (again)
      return {
        ...f,
        span: { start: again.start, end: again.end },
        detail: `=${answer.slice(again.start, again.end)}`,
      };
    const { span: _span, detail: _detail, ...rest } = f;
    return { ...rest, met: false, status: 'missed' };
  });
}
