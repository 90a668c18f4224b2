import type { Criterion } from '../../drills/schema.js';
import { compilePattern, findPatternAll } from '../text/criterion-patterns.js';
import type { NormalisedText } from '../text/index.js';
import { valuesIn } from '../text/values.js';
import type { CriterionResult, Span } from '../types.js';
import { clauseAround } from './clauses.js';
import { clauseWords } from './swapped-values.js';

const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((k) => b.has(k));

/** Words that say when ("last month", "on Monday", "the 3rd"): they date the whole event. */
const WHEN_WORDS =
  /^(?:(?:on |in |at )?(?:last|this|next|that|the other) (?:week|month|year|night|weekend|morning|afternoon|evening)|yesterday|today|tomorrow|tonight)$/i;
const WHEN_TYPES = new Set(['date', 'weekday', 'time']);
/**
 * A fact said by when it happened has no place of its own in the story: moved into another
 * clause ("Last month you paid … for him to be cremated" for "he was cremated last month") it
 * still dates the same events, and swaps with no other fact.
 */
export const saysWhen = (said: string) => {
  if (WHEN_WORDS.test(said.trim())) return true;
  const values = valuesIn(said);
  return values.length > 0 && values.every((v) => WHEN_TYPES.has(v.type));
};

/** Where a fact sits: its span, and the words of its clause. */
interface Placed {
  span: Span;
  clause: Span;
}

/**
 * Two facts said each in the other's place ("you ordered it extra hot and got it mild" for
 * "I ordered mild and got extra hot"): the customer told them in two clauses, the answer says
 * them in two clauses, and each fact's clause in the answer shares words with the customer's
 * clause of the other fact and none with its own. Both are contradicted, as swapped values are.
 * A fact the customer said in several places (司机 in 叫了代驾, 司机把车开回小区 and 客服说司机是第三方的)
 * is in its own place where the answer's clause shares words with any of them.
 */
export function swappedFacts(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: string,
  customer: NormalisedText,
): CriterionResult[] {
  const told = new Map<string, Placed[]>();
  for (const f of facts) {
    const c = criteria.find((k) => k.id === f.id);
    if (!f.met || !f.span || !c) continue;
    const places = c.any
      .flatMap((p) => findPatternAll(compilePattern(p), customer))
      .map((m) => ({ span: m.span, clause: clauseAround(customer.original, m.span) }));
    if (places.length > 0) told.set(f.id, places);
  }
  const swapped = new Map<string, string>();
  const placed = facts.filter((f) => f.span && told.has(f.id));
  // Other facts said in a clause are not its context: "Pitch 22 at the lodge" is no frame that
  // moved the lodge into the pitch's clause, only two facts said together.
  const saidAt = placed.map((f) => f.span as Span);
  const toldAt = [...told.values()].flatMap((t) => t.map((p) => p.span));
  for (const [i, a] of placed.entries()) {
    for (const b of placed.slice(i + 1)) {
      const ta = told.get(a.id) as Placed[];
      const tb = told.get(b.id) as Placed[];
      const sa = a.span as Span;
      const sb = b.span as Span;
      if (ta.some((x) => tb.some((y) => x.clause.start === y.clause.start))) continue;
      if (saysWhen(answer.slice(sa.start, sa.end)) || saysWhen(answer.slice(sb.start, sb.end)))
        continue;
      if (clauseAround(answer, sa).start === clauseAround(answer, sb).start) continue;
      const masks = { answer: saidAt, customer: toldAt };
      const here = (s: Span) => clauseWords(answer, s, masks.answer);
      const there = (t: Placed) => clauseWords(customer.original, t.span, masks.customer);
      const moved = (s: Span, own: Placed[], other: Placed[]) =>
        other.some((t) => shared(here(s), there(t))) && !own.some((t) => shared(here(s), there(t)));
      if (moved(sa, ta, tb) && moved(sb, tb, ta)) {
        const first = (t: Placed[]) => (t[0] as Placed).span;
        swapped.set(a.id, customer.original.slice(first(ta).start, first(ta).end));
        swapped.set(b.id, customer.original.slice(first(tb).start, first(tb).end));
      }
    }
  }
  return facts.map((f) => {
    const expected = swapped.get(f.id);
    if (expected === undefined || !f.span) return f;
    return {
      ...f,
      met: false,
      status: 'contradicted',
      detail: 'swapped-words',
      said: answer.slice(f.span.start, f.span.end),
      expected,
    };
  });
}
