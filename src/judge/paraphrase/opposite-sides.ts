import type { Criterion } from '../../drills/schema.js';
import { type NormalisedText, originalSpan } from '../text/index.js';
import type { CriterionResult } from '../types.js';

/** The two ends of a pair of sides: "the left binding" is not "the right binding". */
const OPPOSITE: Readonly<Record<string, string>> = {
  left: 'right',
  right: 'left',
  front: 'back',
  back: 'front',
  upper: 'lower',
  lower: 'upper',
  top: 'bottom',
  bottom: 'top',
  inner: 'outer',
  outer: 'inner',
};
const SIDE_THEN_HEAD =
  /\b(left|right|front|back|upper|lower|top|bottom|inner|outer) ([a-z]{3,})\b/g;

/**
 * Facts restated on the other side of the same thing ("the right binding" where the customer
 * said "the left binding"): the side the customer named, said the other way round, contradicts
 * the fact the thing belongs to — the one met at that thing, else the one whose wordings name it.
 */
export function oppositeSides(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  const out = [...facts];
  SIDE_THEN_HEAD.lastIndex = 0;
  for (let m = SIDE_THEN_HEAD.exec(answer.text); m !== null; m = SIDE_THEN_HEAD.exec(answer.text)) {
    const [said, side, head] = m as unknown as [string, string, string];
    const told = `${OPPOSITE[side]} ${head}`;
    if (!customer.text.includes(told) || customer.text.includes(said)) continue;
    const span = originalSpan(answer, m.index, m.index + said.length);
    const headAt = originalSpan(answer, m.index + side.length + 1, m.index + said.length);
    const k = out.findIndex(
      (f) => f.met && f.span && f.span.start < headAt.end && headAt.start < f.span.end,
    );
    const owner =
      k >= 0
        ? k
        : out.findIndex((f) =>
            criteria.find((c) => c.id === f.id)?.any.some((p) => p.toLowerCase().includes(head)),
          );
    const f = out[owner];
    if (!f || f.status === 'contradicted') continue;
    out[owner] = {
      ...f,
      met: false,
      status: 'contradicted',
      span,
      detail: 'wrong-side',
      said: answer.original.slice(span.start, span.end),
      expected: told,
    };
  }
  return out;
}
