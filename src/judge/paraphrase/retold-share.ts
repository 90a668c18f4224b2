import type { Criterion } from '../../drills/schema.js';
import { type Unit, unitsOf } from '../text/content.js';
import { sameLemma, sameSense } from '../text/en-senses.js';
import { type NormalisedText, originalSpan } from '../text/index.js';
import type { CriterionResult, Span } from '../types.js';
import { clauseAround } from './clauses.js';
import {
  ABOUT_THE_RESTATEMENT,
  clausesOf,
  GENERIC,
  lacks,
  MIN_WORD,
  openEnglishFacts,
  toldPlaces,
} from './retold-clause.js';

/**
 * How much of the customer's clause an answer clause must retell for the fact it holds to count
 * as told: the share of its content words said in any form (the wording's own count double),
 * smoothed by one word so a clause of two words needs both. Chosen on the English restatements of
 * every dev round together and checked leaving each of the last rounds out (scripts/tune-retold.mjs).
 */
export const RETOLD_SHARE_FROM = 0.5;

/** The wording's own words weigh this much against the rest of the customer's clause. */
const WORDING_WEIGHT = 2;
const word = (text: string, u: Unit) => text.slice(u.start, u.end);
const inside = (u: Unit, s: Span) => s.start < u.end && u.start < s.end;
const carries = (text: string, u: Unit) =>
  !u.filler &&
  !u.negator &&
  !/^\d/.test(u.key) &&
  u.key.length >= MIN_WORD &&
  !GENERIC.has(word(text, u));
const numbers = (units: readonly Unit[]) =>
  units.filter((u) => /^\d/.test(u.key)).map((u) => u.key);

/**
 * A fact told in the trainee's own words, graded (English): of the customer's clause that holds
 * one of its wordings, the share of content words an answer clause says in any form (the same
 * stem, lemma or WordNet sense), where both clauses are denied the same way round and the answer
 * clause holds every number of the wording. Words another fact accounts for, in the customer's
 * text or where the answer met it, count for neither.
 */
export function sharedClauses(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (!openEnglishFacts(facts, answer, customer)) return [...facts];
  const toldAt = toldPlaces(criteria, customer);
  const metAt = facts.flatMap((f) => (f.met && f.span ? [f.span] : []));
  const answerUnits = unitsOf(answer.text);
  const claimed = new Set(
    answerUnits
      .filter((u) => {
        const at = originalSpan(answer, u.start, u.end);
        return metAt.some((s) => at.start < s.end && s.start < at.end);
      })
      .map((u) => u.key),
  );
  const clauses = clausesOf(answer.text)
    .filter((at) => !ABOUT_THE_RESTATEMENT.test(answer.text.slice(at.start)))
    .map((at) => answerUnits.filter((u) => u.start >= at.start && u.end <= at.end));
  const heard = unitsOf(customer.text);
  return facts.map((f) => {
    if (f.met || f.status === 'contradicted') return f;
    const others = [...toldAt].flatMap(([id, spans]) => (id === f.id ? [] : spans));
    const otherKeys = new Set(
      heard.filter((u) => others.some((s) => inside(u, s))).map((u) => u.key),
    );
    let best: { share: number; hit: Unit } | null = null;
    for (const said of toldAt.get(f.id) ?? []) {
      const where = clauseAround(customer.text, said);
      const theirs = heard.filter((u) => u.start >= where.start && u.end <= where.end);
      const own = theirs.filter((c) => carries(customer.text, c) && !otherKeys.has(c.key));
      const weightOf = (c: Unit) => (inside(c, said) ? WORDING_WEIGHT : 1);
      const total = own.reduce((sum, c) => sum + weightOf(c), 0) + 1;
      const needed = numbers(theirs.filter((u) => inside(u, said)));
      for (const units of clauses) {
        if (lacks(answer.text, units) !== lacks(customer.text, theirs)) continue;
        const keys = new Set(units.map((u) => u.key));
        if (!needed.every((n) => keys.has(n))) continue;
        const free = units.filter((u) => carries(answer.text, u) && !claimed.has(u.key));
        let got = 0;
        let hit: Unit | undefined;
        for (const c of own) {
          const theirWord = word(customer.text, c);
          const alike = free.find(
            (u) =>
              u.key === c.key ||
              sameLemma(word(answer.text, u), theirWord) ||
              sameSense(word(answer.text, u), theirWord),
          );
          if (!alike) continue;
          got += weightOf(c);
          hit ??= alike;
        }
        const share = got / total;
        if (hit && (!best || share > best.share)) best = { share, hit };
      }
    }
    if (!best || best.share < RETOLD_SHARE_FROM) return f;
    return {
      ...f,
      met: true,
      status: 'met',
      span: originalSpan(answer, best.hit.start, best.hit.end),
      detail: `shared:${Math.round(best.share * 100)}%`,
    };
  });
}
