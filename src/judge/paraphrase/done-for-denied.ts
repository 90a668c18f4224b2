import type { Criterion } from '../../drills/schema.js';
import { stem, type Unit, unitsOf } from '../text/content.js';
import { type NormalisedText, normalise, originalSpan } from '../text/index.js';
import { affirmativeOf } from '../text/polarity.js';
import type { CriterionResult, Span } from '../types.js';
import { clausesOf, openEnglishFacts } from './retold-clause.js';

/** "Didn't come until six" says when it came, not that it did not. */
const UNTIL = /\b(?:until|till|til)\b/;
/** A clause followed by a question mark asks; it tells nothing. */
const ASKS = /^\s*\?/;

interface Clause {
  at: Span;
  /** Its content words as written ("offered"), and their stems ("lesson" of "lessons"). */
  words: Set<string>;
  keys: Set<string>;
  denied: boolean;
}

function clauses(n: NormalisedText): Clause[] {
  const all = unitsOf(n.text);
  return clausesOf(n.text).map((at) => {
    const units = all.filter((u: Unit) => u.start >= at.start && u.end <= at.end);
    const text = n.text.slice(at.start, at.end);
    const content = units.filter((u) => !u.filler && !u.negator);
    return {
      at,
      words: new Set(content.map((u) => n.text.slice(u.start, u.end))),
      keys: new Set(content.map((u) => u.key)),
      denied: units.some((u) => u.negator) && !UNTIL.test(text),
    };
  });
}

/** The content words of a phrase as written: "offered" is not the noun "offer". */
const wordsOf = (phrase: string) =>
  unitsOf(phrase)
    .filter((u) => !u.filler && !u.negator)
    .map((u) => phrase.slice(u.start, u.end));

/**
 * A fact the customer denied, restated as done (English): a wording that denies ("no one has
 * offered", "never called back") whose affirmed words ("offered") the customer said in a denied
 * clause ("Nobody has offered a make-up lesson") and the answer says in a clause that denies
 * nothing and asks nothing, with another word of the customer's clause ("we offered you make-up
 * lessons"): the opposite of what the customer said, so the fact is contradicted. Words are
 * compared as written: "refunded" of "not refunded" is not the noun of "the refund hasn't come".
 */
export function doneForDenied(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (!openEnglishFacts(facts, answer, customer)) return [...facts];
  let theirs: Clause[] | null = null;
  let ours: Clause[] | null = null;
  return facts.map((f) => {
    if (f.met || f.status === 'contradicted') return f;
    for (const p of criteria.find((c) => c.id === f.id)?.any ?? []) {
      const yes = affirmativeOf(normalise(p).text);
      if (!yes) continue;
      const words = wordsOf(yes);
      if (words.length === 0) continue;
      const holds = (c: Clause) => words.every((w) => c.words.has(w));
      theirs ??= clauses(customer);
      const told = theirs.find((c) => c.denied && holds(c));
      if (!told) continue;
      ours ??= clauses(answer);
      const done = ours.find(
        (c) =>
          !c.denied &&
          holds(c) &&
          !ASKS.test(answer.text.slice(c.at.end)) &&
          [...c.words].some((w) => !words.includes(w) && told.keys.has(stem(w))),
      );
      if (!done) continue;
      const said = originalSpan(answer, done.at.start, done.at.end);
      const expected = originalSpan(customer, told.at.start, told.at.end);
      return {
        ...f,
        met: false,
        status: 'contradicted',
        span: said,
        detail: 'done-for-denied',
        said: answer.original.slice(said.start, said.end).trim(),
        expected: customer.original.slice(expected.start, expected.end).trim(),
      };
    }
    return f;
  });
}
