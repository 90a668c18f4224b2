import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import { stem } from '../text/content.js';
import { findAny, type NormalisedText } from '../text/index.js';
import type { CriterionResult } from '../types.js';
import { clauseAround } from './clauses.js';

/** Which side of the exchange acts: the customer, or the company and its staff. */
export type Side = 'customer' | 'company';

/**
 * Who a subject is, as each speaker says it: the customer's "I" is the trainee's "you", the
 * customer's "you" and "your driver" are the trainee's "we" and "our driver". Third parties
 * (he, she, they, names) are left out: "he" may be the company's locksmith or anyone else.
 */
export const CUSTOMER_SAYS: Readonly<Record<string, Side>> = {
  i: 'customer',
  we: 'customer',
  me: 'customer',
  us: 'customer',
  my: 'customer',
  our: 'customer',
  you: 'company',
  your: 'company',
};
export const TRAINEE_SAYS: Readonly<Record<string, Side>> = {
  you: 'customer',
  your: 'customer',
  we: 'company',
  i: 'company',
  me: 'company',
  us: 'company',
  my: 'company',
  our: 'company',
};
/**
 * A subject pronoun, or a person of the company named by a possessive ("your driver"), counted
 * or not ("your two movers").
 */
const ACTOR =
  /\b(i|we|you)\b(?!'re|'s|'m|'ve been|'d been|\s+(?:are|were|was|is|am|been|be|had been|have been|got|get)\b)|\b(your|our) (?:(?:two|three|four|five|six|both|\d+) )?[a-z]+/g;

const PREPOSITION_BEFORE =
  /\b(?:with|from|to|for|by|of|at|on|in|into|about|without|behind|after|before|near|than|like)\s+$/;

/** A clause this long found word for word in the customer's text is handed back, not retold. */
const COPIED_WORDS = 5;

/** Words between a subject and its verb: "you'd already moved", "we have just sent". */
const AUXILIARY =
  /^(?:'d|'ve|would|had|have|has|did|do|does|will|already|just|then|also|only|still|even|ever|actually)$/;

/** The last actor before a fact: its side, the word that names it and the stem of its verb. */
interface Actor {
  side: Side;
  who: string;
  verb: string;
}

/** The last actor before `at` in its clause, or null. */
function actorBefore(
  text: string,
  at: { start: number; end: number },
  says: typeof CUSTOMER_SAYS,
): Actor | null {
  const clause = clauseAround(text, at);
  const before = text.slice(clause.start, at.end);
  let found: Actor | null = null;
  for (const m of before.slice(0, at.start - clause.start).matchAll(ACTOR)) {
    // After a preposition the person is an object, not the one acting ("came home with you",
    // "from your shelter").
    if (PREPOSITION_BEFORE.test(before.slice(0, m.index))) continue;
    const own = says === CUSTOMER_SAYS ? 'your' : 'our';
    const side = m[2] ? (m[2] === own ? 'company' : null) : (says[m[1] as string] ?? null);
    const words = (before.slice((m.index ?? 0) + m[0].length).match(/'?[a-z]+/g) ?? []).filter(
      (w) => !AUXILIARY.test(w),
    );
    found = side && words[0] ? { side, who: m[0], verb: stem(words[0]) } : null;
  }
  return found;
}

/** Acts two sides do together: "we agreed", "we'd arranged", "we settled on". */
const TOGETHER = new Set(
  ['agreed', 'agree', 'arranged', 'arrange', 'settled', 'discussed', 'negotiated', 'talked'].map(
    stem,
  ),
);
/**
 * "We" of an act done together is both sides, whoever says it: the customer's "we agreed on"
 * and the trainee's "we'd agreed" tell the same agreement.
 */
const bothSides = (said: Actor, was: Actor) =>
  said.who === 'we' && was.who === 'we' && TOGETHER.has(said.verb);

/**
 * Facts said with the other side acting ("you asked us to leave it with the neighbour" for "your
 * courier left it with a neighbour", "you picked it up late" for "your driver delivered it
 * late"): the last actor before the fact in its clause, as the customer said it and as the
 * answer says it, are the customer on one side and the company on the other. Who did it is
 * what the restatement settles (digest §1), so the fact is contradicted. Passive subjects ("you
 * were told") act in nothing and are passed over.
 */
export function swappedActors(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (hasHan(answer.text)) return [...facts];
  const plain = (t: string) => t.toLowerCase().replace(/\u2019/g, "'");
  const ours = plain(answer.original);
  const theirs = plain(customer.original);
  return facts.map((f) => {
    const c = criteria.find((k) => k.id === f.id);
    if (!f.met || !f.span || !c) return f;
    const told = findAny(c.any, customer);
    if (!told) return f;
    const said = actorBefore(ours, f.span, TRAINEE_SAYS);
    const was = actorBefore(theirs, told.span, CUSTOMER_SAYS);
    // Only the same act done by the other side: "you paid" and "your app took" are one act.
    if (!said || !was || said.side === was.side || said.verb !== was.verb) return f;
    if (bothSides(said, was)) return f;
    const clause = clauseAround(answer.original, f.span);
    // The customer's own words handed back are a copy, judged as one, not a swap.
    const handedBack = ours.slice(clause.start, clause.end).trim();
    if (handedBack.split(/\s+/).length >= COPIED_WORDS && theirs.includes(handedBack)) return f;
    const toldClause = clauseAround(customer.original, told.span);
    return {
      ...f,
      met: false,
      status: 'contradicted',
      detail: 'swapped-actor',
      said: answer.original.slice(clause.start, f.span.end).trim(),
      expected: customer.original.slice(toldClause.start, told.span.end).trim(),
    };
  });
}
