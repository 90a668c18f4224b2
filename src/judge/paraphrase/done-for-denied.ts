import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import { stem, type Unit, unitsOf } from '../text/content.js';
import { sameLemma } from '../text/en-senses.js';
import { compilePattern, findAny, type NormalisedText, originalSpan } from '../text/index.js';
import { affirmativeOf } from '../text/polarity.js';
import type { CriterionResult, Span } from '../types.js';
import { clausesOf } from './clauses.js';
import { openEnglishFacts } from './retold-clause.js';

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
  /** A denial with no verb of its own ("and now I can't"): it denies the clause before it. */
  elliptic: boolean;
}

/** A clause's close on an auxiliary denied ("now I can't", "it doesn't any more"). */
const AUXILIARY_DENIED =
  /\b(?:can|could|do|does|did|will|would|is|are|was|were|have|has)\s+not(?:\s+any\s*more)?\W*$/;
/** Content words an elliptic denial may have besides its auxiliary: "now", "still", "any more". */
const ELLIPSIS_WORDS = /^(?:now|still|any|more|anymore)$/;

/**
 * The clauses of a text, read once per text: the customer's come back with every answer to the
 * item, and an answer's are read by both readings below.
 */
const read = new WeakMap<NormalisedText, readonly Clause[]>();
function clauses(n: NormalisedText): readonly Clause[] {
  let known = read.get(n);
  if (!known) {
    known = readClauses(n);
    read.set(n, known);
  }
  return known;
}

/** Texts whose clauses were read so far: tests count it. */
let readings = 0;
export const clauseReadings = (): number => readings;

function readClauses(n: NormalisedText): Clause[] {
  readings++;
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
      elliptic:
        AUXILIARY_DENIED.test(text) &&
        content.every((u) => ELLIPSIS_WORDS.test(n.text.slice(u.start, u.end))),
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
  let theirs: readonly Clause[] | null = null;
  let ours: readonly Clause[] | null = null;
  return facts.map((f) => {
    if (f.met || f.status === 'contradicted') return f;
    for (const p of criteria.find((c) => c.id === f.id)?.any ?? []) {
      // The phrase as normalise(p) gives it, normalised once (the compiled pattern's).
      const yes = affirmativeOf(compilePattern(p).text);
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

/**
 * A customer's clause that tells of a failure in itself ("it stopped working", "they refused",
 * "without asking"): the answer denying its words may say the same thing.
 */
const FAILED =
  /\b(?:stop|stopped|stops|fail|failed|fails|refus\w*|without|forgot|forgotten|lack\w*|miss\w*|lost|unable|instead|rather|broke|broken|wrong|yet|only|just|still)\b/;
/** Words between a negation and its verb: "hasn't been", "didn't even", "never actually". */
const AUXILIARY = /^(?:be|been|being|have|has|had|get|got|even|actually|really|ever|yet|any)$/;
/** A wh-word opening a clause of its own: "what", "how". */
const WH = /^(?:what|how|where|when|who|which|why)$/;
/** A determiner right after the negation: a thing denied ("not the tins you ordered"). */
const THING = /^(?:the|a|an|your|my|our|his|her|their|this|that|these|those)$/;

/**
 * The verb a denied clause denies, as written: the first content word after its negation — with
 * `adjacent`, only if nothing but auxiliaries stand between ("couldn't get in on Wednesday" denies
 * no "Wednesday").
 */
function deniedVerb(n: NormalisedText, at: Span, adjacent = false): string | undefined {
  const units = unitsOf(n.text).filter((u) => u.start >= at.start && u.end <= at.end);
  // A verb denied ("haven't filled", "never cancelled"), not a thing said absent ("no output",
  // "without the rice"), which the customer may have told in other words.
  const from = units.findIndex(
    (u) => u.negator && /n['’]t$|^not$|^never$|^cannot$/.test(n.text.slice(u.start, u.end)),
  );
  if (from < 0) return undefined;
  // "Not what you paid for", "isn't how it should look", "not the tins you'd paid for": the
  // denial is of the thing, not of the verb after the wh-word or in the phrase it names.
  const after = units[from + 1];
  if (after && THING.test(n.text.slice(after.start, after.end))) return undefined;
  const next = units
    .slice(from + 1)
    .find((u) => !u.negator && !AUXILIARY.test(n.text.slice(u.start, u.end)));
  if (next && WH.test(n.text.slice(next.start, next.end))) return undefined;
  const verb = units
    .slice(from + 1)
    .find((u) => !u.negator && !AUXILIARY.test(n.text.slice(u.start, u.end)) && !u.filler);
  if (adjacent && verb !== next) return undefined;
  return verb && n.text.slice(verb.start, verb.end);
}

/**
 * A fact the customer told as done, restated as not done (English): "you haven't filled in a
 * form yet" for "I've filled in your online form twice", "you haven't cancelled yet" for "I
 * cancelled my membership". The verb the answer denies ("haven't cancelled"; not a thing
 * said absent, "no output") is, as written, in a clause the customer told without any denial or
 * failure in it, and in no clause they denied; the facts told in that clause of the customer's,
 * left out or said only in the denied clause, are contradicted.
 */
export function deniedForDone(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (hasHan(answer.text + customer.text)) return [...facts];
  const ours = clauses(answer).filter((c) => c.denied);
  if (ours.length === 0) return [...facts];
  const all = clauses(customer);
  // "I read my post with it every morning and now I can't": the customer denied that clause too.
  const denied = (t: Clause) => t.denied || all[all.indexOf(t) + 1]?.elliptic === true;
  const pairs = ours.flatMap((a) => {
    const verb = deniedVerb(answer, a.at);
    if (!verb || all.some((t) => denied(t) && t.words.has(verb))) return [];
    return all
      .filter(
        (t) =>
          !denied(t) &&
          t.words.has(verb) &&
          !FAILED.test(customer.text.slice(t.at.start, t.at.end)),
      )
      .map((t) => ({
        said: originalSpan(answer, a.at.start, a.at.end),
        told: originalSpan(customer, t.at.start, t.at.end),
      }));
  });
  return turnedRound(facts, criteria, answer, customer, pairs, 'denied-for-done');
}

/** A clause of the answer's paired with the customer's clause it turns round. */
interface TurnedPair {
  said: Span;
  told: Span;
}

/**
 * The facts the customer told in a clause the answer turned round, left out or said only in the
 * answer's clause, contradicted with both clauses.
 */
function turnedRound(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
  pairs: readonly TurnedPair[],
  detail: string,
): CriterionResult[] {
  if (pairs.length === 0) return [...facts];
  const inside = (s: Span, at: Span) => s.start >= at.start && s.end <= at.end;
  return facts.map((f) => {
    if (f.status === 'contradicted') return f;
    const at = findAny(criteria.find((c) => c.id === f.id)?.any ?? [], customer)?.span;
    const pair = pairs.find(
      (p) => at && inside(at, p.told) && (!f.met || (f.span && inside(f.span, p.said))),
    );
    if (!pair) return f;
    return {
      ...f,
      met: false,
      status: 'contradicted',
      span: pair.said,
      detail,
      said: answer.original.slice(pair.said.start, pair.said.end).trim(),
      expected: customer.original.slice(pair.told.start, pair.told.end).trim(),
    };
  });
}

/**
 * A clause that tells of what was to be, not of what was ("should have brought", "was meant to"),
 * or of a state gone wrong ("out of line").
 */
const NOT_TOLD_AS_DONE =
  /\b(?:should|would|could|must|might|supposed|meant|promised|agreed|expected|planned|asked|wanted|needed|if|was to|were to|out of)\b/;

/**
 * A verb the customer denied, told as done (English): "our caterers brought the vegetarian
 * dishes" for "your caterers didn't bring the vegetarian dishes". The answer says the verb the
 * customer's clause denies (as deniedVerb reads it), in any of its forms, in a clause that denies
 * nothing, asks nothing and tells no failure nor what was to be, with another word of the
 * customer's clause; and the customer said that verb in no clause they did not deny. The facts
 * told in the customer's clause are contradicted.
 */
export function doneForDeniedVerb(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (hasHan(answer.text + customer.text)) return [...facts];
  const all = clauses(customer);
  const told = all.flatMap((t) => {
    const verb = t.denied ? deniedVerb(customer, t.at, true) : undefined;
    return verb ? [{ t, verb }] : [];
  });
  if (told.length === 0) return [...facts];
  const affirmed = (verb: string) =>
    all.some((t) => !t.denied && [...t.words].some((w) => sameLemma(w, verb)));
  const units = unitsOf(answer.text);
  const pairs = clauses(answer).flatMap((a) => {
    const text = answer.text.slice(a.at.start, a.at.end);
    if (a.denied || ASKS.test(answer.text.slice(a.at.end))) return [];
    if (FAILED.test(text) || NOT_TOLD_AS_DONE.test(text)) return [];
    const own = units.filter((u) => u.start >= a.at.start && u.end <= a.at.end);
    // The verb as a verb: "put in an order" names the act, it does not say it was done.
    const verbs = own.flatMap((u, i) => {
      const before = own[i - 1];
      return before && THING.test(answer.text.slice(before.start, before.end))
        ? []
        : [answer.text.slice(u.start, u.end)];
    });
    return told
      .filter(
        ({ t, verb }) =>
          verbs.some((w) => sameLemma(w, verb)) &&
          [...a.words].some((w) => !sameLemma(w, verb) && t.keys.has(stem(w))) &&
          !affirmed(verb),
      )
      .map(({ t }) => ({
        said: originalSpan(answer, a.at.start, a.at.end),
        told: originalSpan(customer, t.at.start, t.at.end),
      }));
  });
  return turnedRound(facts, criteria, answer, customer, pairs, 'done-for-denied');
}
