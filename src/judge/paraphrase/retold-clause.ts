import type { Criterion } from '../../drills/schema.js';
import { type Unit, unitsOf } from '../text/content.js';
import { compilePattern, findPatternAll } from '../text/criterion-patterns.js';
import { type NormalisedText, originalSpan } from '../text/index.js';
import { type ValueMention, valuesIn } from '../text/values.js';
import type { CriterionResult, Span } from '../types.js';
import { clauseAround } from './clauses.js';
import { comparable, readCustomer, sameValue } from './wrong-values.js';

/** Shorter words ("new", "app", "hip") are too common to carry a fact on their own. */
const MIN_WORD = 4;

const inside = (u: Unit, spans: readonly Span[]) =>
  spans.some((s) => s.start < u.end && u.start < s.end);
const carries = (u: Unit) =>
  !u.filler && !u.negator && (/^\d/.test(u.key) || u.key.length >= MIN_WORD);
const denies = (units: readonly Unit[]) => units.some((u) => u.negator);
const unitsIn = (text: string, at: Span) =>
  unitsOf(text).filter((u) => u.start >= at.start && u.end <= at.end);

/** The closing check ("Is that right?", "Have I got that right?") retells nothing. */
const ABOUT_THE_RESTATEMENT = /^\W*(?:is|was|does|did|have|am|do) (?:that|this|it|i)\b[^.!?]*\?/;

/** Every clause of a text, in order. */
export function clausesOf(text: string): Span[] {
  const out: Span[] = [];
  for (let at = 0; at < text.length; ) {
    const c = clauseAround(text, { start: at, end: at });
    if (c.end > at) out.push({ start: Math.max(c.start, at), end: c.end });
    at = Math.max(c.end, at) + 1;
  }
  return out;
}

/** Where the customer's text says each criterion's wordings (normalised ranges), by criterion id. */
export const toldPlaces = (criteria: readonly Criterion[], customer: NormalisedText) =>
  new Map(
    criteria.map((c) => [
      c.id,
      c.any.flatMap((p) =>
        findPatternAll(compilePattern(p), customer).map((m) => ({
          start: m.normalisedStart,
          end: m.normalisedEnd,
        })),
      ),
    ]),
  );

/** An English restatement with a fact neither met nor contradicted: one a clause may yet decide. */
export const openEnglishFacts = (
  facts: readonly CriterionResult[],
  answer: NormalisedText,
  customer: NormalisedText,
) =>
  !/[\u3400-\u9fff]/.test(answer.text + customer.text) &&
  facts.some((f) => !f.met && f.status !== 'contradicted');

/**
 * A fact told in the trainee's own words (English): none of its wordings said, but a clause of
 * the answer retells the customer's clause that holds one. The first content word of the
 * customer's wording (the thing or who: "instructor" of "the instructor didn't turn up", "rear"
 * of "a new rear derailleur") is said in an answer clause that is denied the same way round as
 * the customer's ("the instructor didn't appear"), with every number and value of that wording
 * ("six" of "six people", "midnight" of "open until midnight"). A first word that another fact
 * accounts for (in the customer's text or where the answer met it), or a short one ("hip", "app"), does not count: "your mum's knee operation" does
 * not retell "hip operation", "Regent Street" does not retell "Oxford Street".
 */
export function retoldClauses(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  // Only a fact neither met nor contradicted can be retold: most answers need no clause reading.
  if (!openEnglishFacts(facts, answer, customer)) return [...facts];
  const toldAt = toldPlaces(criteria, customer);
  const metAt = facts.flatMap((f) => (f.met && f.span ? [f.span] : []));
  const answerUnits = unitsOf(answer.text);
  const claimed = new Set(
    answerUnits.filter((u) => metAt.some((s) => overlapsOriginal(answer, u, s))).map((u) => u.key),
  );
  const clauses = clausesOf(answer.text)
    .filter((at) => !ABOUT_THE_RESTATEMENT.test(answer.text.slice(at.start)))
    .map((at) => ({
      units: unitsIn(answer.text, at),
      at: originalSpan(answer, at.start, at.end),
    }));
  const told = readCustomer(customer.original).values;
  let answered: ValueMention[] | null = null;
  return facts.map((f) => {
    if (f.met || f.status === 'contradicted') return f;
    const others = [...toldAt].flatMap(([id, spans]) => (id === f.id ? [] : spans));
    const otherKeys = new Set(
      unitsOf(customer.text)
        .filter((u) => inside(u, others))
        .map((u) => u.key),
    );
    const heard = unitsOf(customer.text);
    for (const said of toldAt.get(f.id) ?? []) {
      const theirs = unitsIn(customer.text, clauseAround(customer.text, said));
      const wording = unitsIn(customer.text, said).filter((u) => !u.filler && !u.negator);
      const lead = wording[0];
      if (!lead || !carries(lead) || otherKeys.has(lead.key) || claimed.has(lead.key)) continue;
      // The customer's word for another part of the story ("charged" twice, then "charges").
      if (heard.some((u) => u.key === lead.key && !inside(u, [clauseAround(customer.text, said)])))
        continue;
      const values = wording.filter((u) => /^\d/.test(u.key)).map((u) => u.key);
      // Every other value the wording holds: "open" alone does not retell "open until midnight".
      const whole = originalSpan(customer, said.start, said.end);
      // (Counts and amounts are its numbers above, however said: "for six" of "six people".)
      const typed = told.filter(
        (v) => v.start >= whole.start && v.end <= whole.end && !/^[\d.]+$/.test(v.value),
      );
      // A number counts the word after it: "two bags" is no "two places".
      const counted = /^\d/.test(lead.key) && wording.length > 1;
      for (const clause of clauses) {
        if (denies(clause.units) !== denies(theirs)) continue;
        const at = clause.units.findIndex((u) => u.key === lead.key);
        const hit = clause.units[at];
        if (counted && clause.units[at + 1] && !clause.units[at + 1]?.filler) continue;
        const keys = new Set(clause.units.map((u) => u.key));
        if (!hit || !values.every((v) => keys.has(v))) continue;
        if (typed.length > 0) {
          answered ??= valuesIn(answer);
          const inClause = answered.filter(
            (v) => v.start >= clause.at.start && v.end <= clause.at.end,
          );
          if (!typed.every((t) => inClause.some((v) => comparable(v, t) && sameValue(v, t))))
            continue;
        }
        return {
          ...f,
          met: true,
          status: 'met',
          span: originalSpan(answer, hit.start, hit.end),
          detail: `retold:${hit.key}`,
        };
      }
    }
    return f;
  });
}

/** Whether a unit of the normalised answer lies within a span of its original text. */
function overlapsOriginal(answer: NormalisedText, u: Unit, s: Span): boolean {
  const at = originalSpan(answer, u.start, u.end);
  return at.start < s.end && s.start < at.end;
}
