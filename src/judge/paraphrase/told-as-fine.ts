import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import { stem, unitsOf } from '../text/content.js';
import { findAny, type NormalisedText, originalSpan } from '../text/index.js';
import { polarityAt } from '../text/polarity.js';
import type { CriterionResult, Span } from '../types.js';
import { clauseAround } from './clauses.js';

/**
 * An outcome said to be as it should be: a state that is fine ("the albums were fine", "she's got
 * it safely"), a plan kept ("as booked", "on time", "straight away").
 */
const PLAN = 'as (?:booked|promised|planned|agreed|arranged|scheduled|expected)';
const AS_IT_SHOULD_BE = new RegExp(
  `\\b(?:fine|okay|ok|all right|alright|safely|undamaged|intact|${PLAN}|on time|straight away|right away|in order(?! to\\b| for\\b)|all sorted|all good)\\b`,
  'g',
);
/**
 * "a hundred-pound fine", "the fine", "fines of £200": the penalty, a noun after a determiner, a
 * number or an amount said as one word, not a state.
 */
const PENALTY_BEFORE =
  /\b(?:a|the|this|that|your|my|his|her|their|our|any|\d+|[a-z]+-(?:pound|dollar|euro))\s+$/;
/** The customer told of the plan too ("instead of stacking it as promised"): its words retell it. */
const PLAN_TOLD = new RegExp(`\\b${PLAN}\\b`);
/** "rather than stacking it as agreed": the plan said as the one not kept. */
const NOT_KEPT = /\b(?:rather than|instead of)\b[^,;.!?]*$/;
/**
 * Emphatic "did" before a verb: "she did walk them" insists that it happened. Before a
 * determiner or a pronoun "did" is the verb itself ("did your chimney", "did it"); after a
 * relative pronoun it stands for the verb before ("the ones that did have squashed lids": the
 * ones that came), and the verb after it is the sentence's own.
 */
const EMPHATIC =
  /(?<!\b(?:that|which|who) )\b(?:did|does) (?!(?:a|an|the|this|that|these|those|my|your|our|their|his|her|its|it|them|him|me|us|you|some|any|every|all|no)\b)([a-z]+)\b/g;
/** Verbs of how a thing feels or seems, which emphatic "does" makes sympathy, not a fact. */
const SEEMING = /^(?:feel|feels|sound|sounds|seem|seems|look|looks)$/;
/** Words of one sense: a state the customer reported as fine ("said the pump was fine") is the
 * same report in any of them ("told you the pump was OK"). */
const FINE_WORDS = 'fine|okay|ok|all right|alright';
const FINE_STATE = new RegExp(`\\b(?:${FINE_WORDS})\\b`);
/** The customer's words for a state found fine: theirs may also be "normal" ("flagged as normal"). */
const FINE_STATES = new RegExp(`\\b(?:${FINE_WORDS}|normal)\\b`, 'g');
/** "twice as long as promised", "as much as agreed": a comparison with the plan, not the plan kept. */
const COMPARED = /\bas [a-z]+ $/;
/** The customer's own state, not the story's: "you're fine with", "I'm okay". */
const THEIR_STATE = /\b(?:you are|i am|we are|you would be|feel|feeling)\s+$/;
/** Something said to work ("the camera works now") is reported fine; "never worked" is not. */
const WORKS = /\b(?:works|working)\b/g;
const DENIED_BEFORE = /\b(?:not|never|no longer)\s+$|n't\s+$/;
/** The customer told of something said or found fine (not of their own state). */
const reportedFine = (told: string) =>
  [...told.matchAll(FINE_STATES)].some((m) => !THEIR_STATE.test(told.slice(0, m.index))) ||
  [...told.matchAll(WORKS)].some((m) => !DENIED_BEFORE.test(told.slice(0, m.index)));
/**
 * The customer used the words, a single word in any form ("fined" for "a £50 fine"), not as
 * part of another word ("ok" is not inside "booked"); they are letters only.
 */
function saidByCustomer(customer: string, words: string): boolean {
  if (words.includes(' ')) return new RegExp(`\\b${words}\\b`).test(customer);
  return unitsOf(customer).some((u) => u.key === stem(words));
}
/**
 * Words before the verb's stem that make it what was due or wanted ("booked her to walk"), or a
 * noun ("£15 a walk"), not what happened.
 */
const NOT_DONE_BEFORE =
  /\b(?:to|would|should|could|will|shall|might|may|must|can|a|an|the|per|each|every)\s+$/;
/** Done by a part only ("Only 70 arrived"): "they did arrive" insists on the whole. */
const PART_BEFORE = /\b(?:only|just|some|half|few|\d+)\b[^,;.!?]*$/;
/** The customer said the verb of this stem as done, undenied ("It plays, but…"). */
const saidDone = (customer: NormalisedText, key: string) =>
  unitsOf(customer.text).some(
    (u) =>
      u.key === key &&
      !u.filler &&
      !NOT_DONE_BEFORE.test(customer.text.slice(Math.max(0, u.start - 8), u.start)) &&
      !PART_BEFORE.test(customer.text.slice(Math.max(0, u.start - 16), u.start)) &&
      polarityAt(customer, u.start, u.end) === 'positive',
  );
/** "OK — plans went in…", "Okay, so…": a word that opens the answer's turn, not a state. */
const OPENS = /(?:^|[.!?]\s*)$/;
const OPENER_AFTER = /^\s*[,—–-]/;
/** A clause that ends in a question mark asks; it tells nothing. */
const ASKS = /^\s*\?/;
/**
 * Unless it is a statement with a question mark ("so everything was in order?"): a clause after
 * "so" or "and" that opens with its subject, not with a verb or a question word, hands the
 * account back for a yes.
 */
const SO_BEFORE = /\b(?:so|and)\s*$/;
const ASKING_FIRST =
  /^\s*(?:is|are|was|were|do|does|did|has|have|had|can|could|would|will|should|how|what|why|when|where|who|which)\b/;
const toldAsQuestion = (text: string, clause: Span) =>
  SO_BEFORE.test(text.slice(Math.max(0, clause.start - 8), clause.start)) &&
  !ASKING_FIRST.test(text.slice(clause.start, clause.end));

/**
 * Where the answer tells the story with its problem taken away: an outcome said to be as it
 * should be, or insisted on with emphatic "did", in a clause that is not denied and asks
 * nothing — words the customer did not use that way. Returns the clause, or null.
 */
function toldFine(answer: NormalisedText, customer: NormalisedText): Span | null {
  const text = answer.text;
  const hits: { start: number; end: number }[] = [];
  for (const m of text.matchAll(AS_IT_SHOULD_BE)) {
    if (saidByCustomer(customer.text, m[0]) || THEIR_STATE.test(text.slice(0, m.index))) continue;
    if (m[0] === 'fine' && PENALTY_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)))
      continue;
    const end = m.index + m[0].length;
    if (OPENS.test(text.slice(0, m.index)) && OPENER_AFTER.test(text.slice(end))) continue;
    if (FINE_STATE.test(m[0]) && reportedFine(customer.text)) continue;
    if (
      PLAN_TOLD.test(m[0]) &&
      (PLAN_TOLD.test(customer.text) || NOT_KEPT.test(text.slice(0, m.index)))
    )
      continue;
    if (COMPARED.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    hits.push({ start: m.index, end: m.index + m[0].length });
  }
  const theirs = new Set(unitsOf(customer.text).map((u) => u.key));
  for (const m of text.matchAll(EMPHATIC)) {
    const verb = m[1] as string;
    // Only a verb of the customer's story, not one they insisted on themselves.
    if (verb === 'not' || !theirs.has(stem(verb)) || customer.text.includes(m[0])) continue;
    // "It plays, but…": what the customer said did happen, insisted on, is their own account.
    if (saidDone(customer, stem(verb))) continue;
    // "That does feel unfair", "it does sound awful": sympathy insisted on, not the story.
    if (SEEMING.test(verb)) continue;
    // "only on arrival did Priya tell you": a name after "did" is its subject, the order inverted.
    const after = originalSpan(answer, m.index + m[0].length - verb.length, m.index + m[0].length);
    if (/^[A-Z]/.test(answer.original.slice(after.start, after.end))) continue;
    hits.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const hit of hits) {
    const clause = clauseAround(text, hit);
    const units = unitsOf(text).filter((u) => u.start >= clause.start && u.end <= clause.end);
    if (units.some((u) => u.negator)) continue;
    if (ASKS.test(text.slice(clause.end)) && !toldAsQuestion(text, clause)) continue;
    return originalSpan(answer, clause.start, clause.end);
  }
  return null;
}

/**
 * Facts told the other way round by saying that things went as they should ("your albums
 * were fine" for "soaked", "she did walk them" for "she never showed up", "you saw the dentist
 * as booked" for "you'd moved me"): a restatement that leaves a fact out and says instead that
 * all was well reverses what happened, so the facts it left out are contradicted; when none is
 * left out, the fact said in that clause is.
 */
export function toldAsFine(
  facts: readonly CriterionResult[],
  told: { criteria: readonly Criterion[]; answer: NormalisedText; customer: NormalisedText },
): CriterionResult[] {
  const { criteria, answer, customer } = told;
  if (hasHan(answer.text)) return [...facts];
  const clause = toldFine(answer, customer);
  if (!clause) return [...facts];
  const missed = facts.filter((f) => f.status === 'missed' || (!f.met && !f.status));
  const inClause = (f: CriterionResult) =>
    f.met && f.span !== undefined && f.span.start < clause.end && clause.start < f.span.end;
  const reversed = new Set((missed.length > 0 ? missed : facts.filter(inClause)).map((f) => f.id));
  const said = answer.original.slice(clause.start, clause.end).trim();
  return facts.map((f) => {
    if (!reversed.has(f.id)) return f;
    const c = criteria.find((k) => k.id === f.id);
    const at = c ? findAny(c.any, customer) : null;
    const expected = at
      ? customer.original.slice(
          clauseAround(customer.original, at.span).start,
          clauseAround(customer.original, at.span).end,
        )
      : undefined;
    return {
      ...f,
      met: false,
      status: 'contradicted',
      detail: 'told-as-fine',
      said,
      ...(expected ? { expected: expected.trim() } : {}),
    };
  });
}
