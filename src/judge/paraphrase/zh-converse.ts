import type { Criterion } from '../../drills/schema.js';
import { type NormalisedText, originalSpan, readCantonese } from '../text/index.js';
import type { CriterionResult } from '../types.js';
import { chineseAnswer, contradictedAt, readZh } from './zh-wordings.js';

/**
 * The customer's side of a trade turned round in a Chinese restatement: they bought (我…买了)
 * and the answer has them selling (您卖给我们), or they borrowed or rented and the answer has
 * them lending or letting. The fact worded with the customer's verb is contradicted, else the
 * first fact met after the verb in its clause (what was traded), else the first in the clause.
 */
const CONVERSE: readonly (readonly [string, string])[] = [
  ['买', '卖'],
  ['租', '出租'],
  ['借', '借给'],
];

const CLAUSE = '[^,.;:!?]';

export function converseTrade(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (!chineseAnswer(answer)) return [...facts];
  const a = readCantonese(answer).text;
  const told = readCantonese(customer).text;
  const out = [...facts];
  for (const [own, other] of CONVERSE) {
    const theirs = new RegExp(`我${CLAUSE}{0,20}?${own}`);
    if (!theirs.test(told) || new RegExp(`我${CLAUSE}{0,20}?${other}`).test(told)) continue;
    // No other party between (您是说我们卖给您的: the shop sold).
    const m = new RegExp(`[您你](?!们)[^,.;:!?我他她店商们家方]{0,12}?${other}`).exec(a);
    if (!m) continue;
    const r = readCantonese(answer);
    const span = originalSpan(r, m.index, m.index + m[0].length);
    const rest = a.slice(m.index + m[0].length).search(/[,.;:!?]/);
    const clauseEnd = originalSpan(r, 0, rest < 0 ? a.length : m.index + m[0].length + rest).end;
    const worded = out.findIndex(
      (f) =>
        f.status !== 'contradicted' &&
        (criteria.find((c) => c.id === f.id)?.any.some((p) => readZh(p).includes(own)) ?? false),
    );
    const metIn = (from: number) =>
      out.findIndex((f) => f.met && f.span && f.span.start >= from && f.span.start < clauseEnd);
    const k = [worded, metIn(span.end), metIn(span.start)].find((n) => n >= 0) ?? -1;
    const f = out[k];
    if (!f) continue;
    out[k] = contradictedAt(f, span, 'trade-reversed', answer.original);
  }
  return out;
}
