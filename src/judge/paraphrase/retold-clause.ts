import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import { type Unit, unitsOf } from '../text/content.js';
import { compilePattern, findPatternAll, normalisedPattern } from '../text/criterion-patterns.js';
import { sameLemma, sameSense } from '../text/en-senses.js';
import { type NormalisedText, originalSpan } from '../text/index.js';
import type { ValueMention } from '../text/value-mentions.js';
import { valuesIn } from '../text/values.js';
import type { CriterionResult, Span } from '../types.js';
import { clauseAround, clausesOf } from './clauses.js';
import { comparable, readCustomer, sameValue } from './wrong-values.js';

/** Shorter words ("new", "app", "hip") are too common to carry a fact on their own. */
const MIN_WORD = 4;

const inside = (u: Unit, spans: readonly Span[]) =>
  spans.some((s) => s.start < u.end && u.start < s.end);
const carries = (u: Unit) =>
  !u.filler && !u.negator && (/^\d/.test(u.key) || u.key.length >= MIN_WORD);
const denies = (units: readonly Unit[]) => units.some((u) => u.negator);
/** Words that say a thing is not there: "one jacket was missing" is "a jacket wasn't there". */
const ABSENT = new Set(['missing', 'gone', 'absent']);
/** A clause denied, or saying its thing is absent (in any form: "captured nothing", "missing"). */
const lacks = (text: string, units: readonly Unit[]) =>
  units.some((u) => u.negator || ABSENT.has(text.slice(u.start, u.end)));
const unitsIn = (text: string, at: Span) =>
  unitsOf(text).filter((u) => u.start >= at.start && u.end <= at.end);

/**
 * The closing check ("Is that right?", "Have I got that right?") and an opening one ("If I've got
 * it right", "If I follow you") retell nothing.
 */
const ABOUT_THE_RESTATEMENT =
  /^\W*(?:(?:is|was|does|did|have|am|do) (?:that|this|it|i)\b[^.!?]*\?|if i(?: have)? (?:got|understood|understand|follow|followed|heard)\b)/;

/** Where the customer says a wording; one placed by its words apart keeps their places. */
interface Place extends Span {
  readonly words?: readonly Span[];
}
/** The words of a wording where the customer says it. */
const wordsAt = (said: Place): readonly Span[] => said.words ?? [said];

/** Where the customer's text says each criterion's wordings (normalised ranges), by criterion id. */
export const toldPlaces = (
  criteria: readonly Criterion[],
  customer: NormalisedText,
): Map<string, Place[]> =>
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

/**
 * Where the customer's text says each criterion's wordings, English: a wording not said word for
 * word is placed in the one clause that holds all of its words in some order and form ("kids
 * tripping" in "the kids keep tripping on it", "wrong address" in "the address you emailed was
 * wrong"), its denial included ("nobody told" in "nobody from your scheme told us").
 */
function englishPlaces(criteria: readonly Criterion[], customer: NormalisedText) {
  // The same for every answer to an item: read once per customer text and criteria.
  const known = englishRead.get(customer);
  if (
    known?.criteria.length === criteria.length &&
    known.criteria.every((c, i) => c === criteria[i])
  )
    return known.places;
  const places = toldPlaces(criteria, customer);
  const clauses = clausesOf(customer.text).map((at) => unitsIn(customer.text, at));
  const word = (u: Unit) => customer.text.slice(u.start, u.end);
  for (const c of criteria) {
    if ((places.get(c.id) ?? []).length > 0) continue;
    const found = c.any.flatMap((p) => {
      const text = normalisedPattern(p, false);
      const wording = unitsOf(text).filter((u) => !u.filler);
      if (wording.length < 2) return [];
      return clauses.flatMap((units) => {
        const hits = wording.map((w) =>
          units.find((u) =>
            w.negator
              ? u.negator
              : u.key === w.key || sameLemma(word(u), text.slice(w.start, w.end)),
          ),
        );
        if (hits.some((h) => h === undefined)) return [];
        const at = hits as Unit[];
        const start = Math.min(...at.map((u) => u.start));
        return [{ start, end: Math.max(...at.map((u) => u.end)), words: at }];
      });
    });
    places.set(c.id, found);
  }
  englishRead.set(customer, { criteria, places });
  return places;
}
const englishRead = new WeakMap<
  NormalisedText,
  { criteria: readonly Criterion[]; places: ReadonlyMap<string, Place[]> }
>();

/** An English restatement with a fact neither met nor contradicted: one a clause may yet decide. */
export const openEnglishFacts = (
  facts: readonly CriterionResult[],
  answer: NormalisedText,
  customer: NormalisedText,
) =>
  !hasHan(answer.text + customer.text) && facts.some((f) => !f.met && f.status !== 'contradicted');

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
  const toldAt = englishPlaces(criteria, customer);
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
  const word = (text: string, u: Unit) => text.slice(u.start, u.end);
  // The customer's word in any form ("ordered" and "orders").
  const sameWordAs = (u: Unit, c: Unit) =>
    u.key === c.key || sameLemma(word(customer.text, u), word(customer.text, c));
  // A word of when ("yesterday", "Tuesday", "midnight") places no event: values compare those.
  const whenAt = (u: Unit) => {
    const at = originalSpan(customer, u.start, u.end);
    return told.some((v) => WHEN.has(v.type) && v.start < at.end && at.start < v.end);
  };
  /** The clause holds every number of the wording and every other value of it, equal. */
  const holdsValues = (clause: AnswerClause, said: Span, strict = false) => {
    const wording = unitsIn(customer.text, said);
    const keys = new Set(clause.units.map((u) => u.key));
    if (!wording.every((u) => !/^\d/.test(u.key) || keys.has(u.key))) return false;
    // Every other value the wording holds: "open" alone does not retell "open until midnight".
    // (Counts and amounts are its numbers above, however said: "for six" of "six people".)
    const whole = originalSpan(customer, said.start, said.end);
    const typed = told.filter(
      (v) =>
        v.start >= whole.start &&
        v.end <= whole.end &&
        ((strict && WHEN.has(v.type)) || !/^[\d.]+$/.test(v.value)),
    );
    if (typed.length === 0) return true;
    answered ??= valuesIn(answer);
    const inClause = answered.filter((v) => v.start >= clause.at.start && v.end <= clause.at.end);
    return typed.every((t) => inClause.some((v) => comparable(v, t) && sameValue(v, t)));
  };
  const retold = (f: CriterionResult, hit: Unit): CriterionResult => ({
    ...f,
    met: true,
    status: 'met',
    span: originalSpan(answer, hit.start, hit.end),
    detail: `retold:${hit.key}`,
  });
  return facts.map((f) => {
    if (f.met || f.status === 'contradicted') return f;
    const others = [...toldAt].flatMap(([id, spans]) => (id === f.id ? [] : spans));
    const otherKeys = new Set(
      unitsOf(customer.text)
        .filter((u) => inside(u, others))
        .map((u) => u.key),
    );
    const heard = unitsOf(customer.text);
    const spans = toldAt.get(f.id) ?? [];
    // A fact worded only as one word ("battery", "Thai") names a thing: the clause around it
    // does not retell it, the word does. One worded as an event ("nobody answered") may be.
    const anEvent = (criteria.find((c) => c.id === f.id)?.any ?? []).some(
      (p) =>
        unitsOf(normalisedPattern(p, false)).filter((u) => u.negator || carries(u)).length >= 2,
    );
    for (const said of spans) {
      // A wording placed by its words apart names no single word that carries the fact.
      if (said.words) continue;
      const theirs = unitsIn(customer.text, clauseAround(customer.text, said));
      const wording = unitsIn(customer.text, said).filter(
        (u) => !u.filler && !u.negator && inside(u, wordsAt(said)),
      );
      const lead = wording[0];
      if (!lead || !carries(lead) || otherKeys.has(lead.key) || claimed.has(lead.key)) continue;
      // The customer's word for another part of the story ("charged" twice, then "charges").
      if (heard.some((u) => u.key === lead.key && !inside(u, [clauseAround(customer.text, said)])))
        continue;
      // A number counts the word after it: "two bags" is no "two places", but "four bags" is
      // "four sacks" (one sense).
      const thing = wording[1];
      const counted = /^\d/.test(lead.key) && thing !== undefined;
      for (const clause of clauses) {
        if (denies(clause.units) !== denies(theirs)) continue;
        const at = clause.units.findIndex((u) => u.key === lead.key);
        const hit = clause.units[at];
        const next = clause.units[at + 1];
        if (
          counted &&
          next &&
          !next.filler &&
          !sameSense(word(answer.text, next), word(customer.text, thing))
        )
          continue;
        if (hit && holdsValues(clause, said)) return retold(f, hit);
      }
    }
    // Else the answer clause that shares the most of the customer's: a word of the wording, or
    // two of its clause, said in any form (lemma or WordNet sense).
    for (const said of spans) {
      const where = clauseAround(customer.text, said);
      const theirs = unitsIn(customer.text, where);
      const own = theirs.filter(
        (c) =>
          carries(c) &&
          !/^\d/.test(c.key) &&
          !otherKeys.has(c.key) &&
          !GENERIC.has(word(customer.text, c)) &&
          !whenAt(c) &&
          !heard.some((u) => !inside(u, [where]) && sameWordAs(u, c)),
      );
      const inWording = theirs.filter((u) => inside(u, wordsAt(said)));
      for (const clause of clauses) {
        if (own.length === 0) break;
        if (lacks(answer.text, clause.units) !== lacks(customer.text, theirs)) continue;
        const free = clause.units.filter((u) => carries(u) && !claimed.has(u.key));
        const alike = (c: Unit) =>
          free.find(
            (u) =>
              u.key === c.key ||
              sameLemma(word(answer.text, u), word(customer.text, c)) ||
              sameSense(word(answer.text, u), word(customer.text, c)),
          );
        const shared = own.filter((c) => alike(c));
        // A word right before another in the wording names which one ("hip" of "hip operation",
        // "registered" of "registered letter"): the second alone retells nothing.
        const named = (c: Unit) => {
          const before = inWording[inWording.indexOf(c) - 1];
          return (
            !before ||
            before.filler ||
            before.negator ||
            before.end + 1 < c.start ||
            !!alike(before)
          );
        };
        const ofWording = shared.filter((c) => inside(c, wordsAt(said)));
        // Its noun with another modifier is another thing, whatever else the clause shares.
        if (!ofWording.every(named)) continue;
        // A wording placed by its words apart ("application … incomplete") is retold only by a
        // clause that shares more of the customer's than one word ("your application from abroad").
        const enough = shared.length >= MIN_SHARED;
        const hit = said.words
          ? enough
            ? ofWording[0]
            : undefined
          : (ofWording[0] ?? (anEvent && enough ? shared[0] : undefined));
        if (hit && spans.every((at) => holdsValues(clause, at, true)))
          return retold(f, alike(hit) as Unit);
      }
    }
    return f;
  });
}

/** Words of the customer's clause, besides the wording's own, that place an answer clause as its retelling. */
const MIN_SHARED = 2;
const WHEN: ReadonlySet<string> = new Set(['date', 'weekday', 'time', 'duration']);
/**
 * Words that say where or when in the story, not what happened ("into", "within", "whole"), and
 * verbs of telling: what was said is the fact ("told … free" is not "told … costs £25").
 */
const GENERIC = new Set(
  (
    'into onto over within when where until since through still whole every each other another ' +
    'than more most less much many thing things already told tell tells said says saying asked'
  ).split(' '),
);

interface AnswerClause {
  readonly units: readonly Unit[];
  readonly at: Span;
}

/** Whether a unit of the normalised answer lies within a span of its original text. */
function overlapsOriginal(answer: NormalisedText, u: Unit, s: Span): boolean {
  const at = originalSpan(answer, u.start, u.end);
  return at.start < s.end && s.start < at.end;
}
