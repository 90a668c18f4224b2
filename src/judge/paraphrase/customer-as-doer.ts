import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import { PERSON_NOUNS } from '../text/en-person-nouns.js';
import { irregularBase, sameLemma, sameSense } from '../text/en-senses.js';
import type { NormalisedText } from '../text/index.js';
import type { CriterionResult, Span } from '../types.js';
import { clauseAround } from './clauses.js';

interface Word {
  text: string;
  /** As written, case kept: a capital marks a name ("Jess shrugged"). */
  written: string;
  start: number;
  end: number;
}

function wordsOf(original: string): Word[] {
  const plain = original.replace(/\u2019/g, "'");
  // A hyphenated compound is one word: "add-on" holds no verb "add".
  return [...plain.matchAll(/[A-Za-z]+(?:['-][A-Za-z]+)*/g)].map((m) => ({
    text: m[0].toLowerCase(),
    written: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** Words between a subject and its verb that say nothing of who acts. */
const BETWEEN = new Set(
  "'d 've would had have has did do does will already just then also only still even ever actually really simply first later".split(
    ' ',
  ),
);
const between = (w: string) => BETWEEN.has(w) || (w.length > 4 && w.endsWith('ly'));
/** A verb that makes the clause passive or says a state: "you were told", "you got charged". */
const BE_OR_GET = new Set(
  "am are is was were be been being 're 's got get gets getting gotten".split(' '),
);
const NEGATION = /^(?:not|never|no|nobody)$|n't$/;
/** What may stand right before "you" when it is the subject: a clause's start. */
const CLAUSE_OPENERS = new Set(
  'so and but then that when where because as if since while after before though although once yet or'.split(
    ' ',
  ),
);
const CUSTOMER_SUBJECTS = /^(?:i|we)(?:'d|'ve|'ll|'m)?$/;
/** Another subject, also with "has" or "is" folded in ("he's cancelled"; not "it's", a state). */
const OTHER_SUBJECTS =
  /^(?:(?:he|she|they|you|it|someone|somebody|nobody|everyone)(?:'d|'ve|'ll)?|(?:he|she|someone|somebody)'s|they're)$/;
const DETERMINERS = /^(?:the|a|an|your|my|our|his|her|their|this|that)$/;
const CUSTOMERS_OWN = /^(?:my|our)$/;
/** A noun for a person, plural or in British spelling too ("neighbours" is "neighbor"). */
const personNoun = (w: string) =>
  [w, w.replace(/s$/, '')].some(
    (v) => PERSON_NOUNS.has(v) || PERSON_NOUNS.has(v.replace(/our$/, 'or')),
  );

/** The word may be a past participle: a regular -ed/-en form or an irregular form. */
const participle = (w: string) => /(?:ed|en)$/.test(w) || irregularBase(w) !== undefined;

type Doer = 'customer' | 'other' | 'unknown';

/** A verb of telling: a passive it reports is the teller's side's act ("said it had been cancelled"). */
const TELLING = ['say', 'tell', 'explain', 'inform'];

/** Only spaces between two words: no clause mark. */
const joined = (text: string, a: Word, b: Word) => !/[^\s]/.test(text.slice(a.end, b.start));

/**
 * Who does the verb at `k` in the customer's words: the customer ("I", "we"); someone else
 * (another pronoun, "he just shrugged"; a person named or with a determiner, "the waiter
 * shrugged", "Staff said"; a passive the company's people reported, "the receptionist said the
 * appointment had been cancelled"); or unknown (a verb after "and", "to" or a comma, a passive
 * nobody reported: "the van was returned" may be the customer's own act).
 */
function doerOf(words: readonly Word[], k: number, text: string): Doer {
  let j = k - 1;
  while (
    j >= 0 &&
    between((words[j] as Word).text) &&
    joined(text, words[j] as Word, words[j + 1] as Word)
  )
    j--;
  const prev = words[j];
  if (!prev || !joined(text, prev, words[j + 1] as Word)) return 'unknown';
  if (CUSTOMER_SUBJECTS.test(prev.text)) return 'customer';
  if (BE_OR_GET.has(prev.text))
    return participle((words[k] as Word).text) && reported(words, j, text) ? 'other' : 'unknown';
  if (OTHER_SUBJECTS.test(prev.text)) return 'other';
  // "Our flight landed", "my car failed": the customer's own thing, on their side; not a person
  // of theirs ("my neighbour opened it" is not the customer opening it).
  if (CUSTOMERS_OWN.test(words[j - 1]?.text ?? '') && !personNoun(prev.text)) return 'customer';
  const named = /^[A-Z][a-z]/.test(prev.written) && prev.text !== 'i';
  const determined = DETERMINERS.test(words[j - 1]?.text ?? '');
  return named || determined ? 'other' : 'unknown';
}

/** A verb of telling done by someone else earlier in the sentence of the word at `k`. */
function reported(words: readonly Word[], k: number, text: string): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const w = words[j] as Word;
    if (/[.!?]/.test(text.slice(w.end, (words[j + 1] as Word).start))) return false;
    if (TELLING.some((t) => sameLemma(w.text, t)) && doerOf(words, j, text) === 'other')
      return true;
  }
  return false;
}

/** The verb of each clause whose subject is the trainee's "you" (the customer), active. */
function yourActs(words: readonly Word[], text: string): Word[] {
  const out: Word[] = [];
  for (let k = 0; k < words.length; k++) {
    if (!/^you(?:'d|'ve|'ll)?$/.test((words[k] as Word).text)) continue;
    // "you" is the subject only at a clause's start ("we told you …" has it as object).
    const prev = words[k - 1];
    const gap = prev ? text.slice(prev.end, (words[k] as Word).start) : '';
    if (prev && !/[.,;:!?—–-]/.test(gap) && !CLAUSE_OPENERS.has(prev.text)) continue;
    let j = k + 1;
    while (j < words.length && between((words[j] as Word).text)) j++;
    const verb = words[j];
    if (
      !verb ||
      !joined(text, words[j - 1] as Word, verb) ||
      BE_OR_GET.has(verb.text) ||
      NEGATION.test(verb.text)
    )
      continue;
    if (!/^[a-z]{3,}$/.test(verb.text)) continue;
    out.push(verb);
  }
  return out;
}

const sameVerb = (a: string, b: string) => sameLemma(a, b) || sameSense(a, b);
const PARTICLE = /^(?:back|up|down|off|out|over|in|away|round)$/;
const withParticle = (verb: string, w: Word, next: Word | undefined) =>
  next !== undefined && PARTICLE.test(next.text) && sameSense(verb, `${w.text} ${next.text}`);

/** The customer's words, and for each verb asked about, where they tell it if only others do it. */
interface Story {
  plain: string;
  theirs: Word[];
  toldByOthers: Map<string, number[] | undefined>;
}
/** The customer's words come back with every answer to the item: read once, each verb once. */
const stories = new WeakMap<NormalisedText, Story>();
let storyReads = 0;
/** Customers' words read so far: tests count it. */
export const doerStoryReads = (): number => storyReads;

function storyOf(customer: NormalisedText): Story {
  let story = stories.get(customer);
  if (!story) {
    storyReads++;
    const plain = customer.original.replace(/\u2019/g, "'");
    story = { plain, theirs: wordsOf(plain), toldByOthers: new Map() };
    stories.set(customer, story);
  }
  return story;
}

/**
 * Where the customer tells `verb` (alone or with its particle: "we've sent back" is "you've
 * returned"), when someone else does it every time; undefined when they never tell it or do
 * it themselves.
 */
function toldBy(story: Story, verb: string): number[] | undefined {
  if (story.toldByOthers.has(verb)) return story.toldByOthers.get(verb);
  const { theirs, plain } = story;
  const told = theirs.flatMap((w, k) =>
    sameVerb(verb, w.text) || withParticle(verb, w, theirs[k + 1]) ? [k] : [],
  );
  const byOthers =
    told.length > 0 && told.every((k) => doerOf(theirs, k, plain) === 'other') ? told : undefined;
  story.toldByOthers.set(verb, byOthers);
  return byOthers;
}

/**
 * An act the customer said someone else did ("the appointment had been cancelled", "the bay
 * had been given to another group", "he just shrugged"), told back with the customer doing it
 * ("So you cancelled …", "So you gave your seats to another group…?", "you shrugged at the
 * waiter"): the customer never says they did it themselves, so who acted is reversed. A
 * restatement asked as a question still tells the story it asks the customer to confirm. The
 * fact told in that clause, holding the verb, is contradicted (English only).
 */
export function customerAsDoer(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (hasHan(answer.text)) return [...facts];
  const plainAnswer = answer.original.replace(/\u2019/g, "'");
  const acts = yourActs(wordsOf(plainAnswer), plainAnswer);
  if (acts.length === 0) return [...facts];
  const story = storyOf(customer);
  const { theirs } = story;
  const out = [...facts];
  for (const act of acts) {
    const told = toldBy(story, act.text);
    if (told === undefined) continue;
    const clause = clauseAround(plainAnswer, act);
    const holds = (f: CriterionResult) => {
      if (!f.met || !f.span || f.span.start < clause.start || f.span.end > clause.end + 1)
        return false;
      if (f.span.start <= act.start && act.end <= f.span.end) return true;
      const phrases = criteria.find((c) => c.id === f.id)?.any ?? [];
      return phrases.some((p) => wordsOf(p).some((w) => sameVerb(act.text, w.text)));
    };
    const at = out.findIndex(holds);
    if (at < 0) continue;
    const f = out[at] as CriterionResult;
    const first = theirs[told[0] as number] as Word;
    const toldClause: Span = clauseAround(customer.original, first);
    out[at] = {
      ...f,
      met: false,
      status: 'contradicted',
      detail: 'swapped-actor',
      said: answer.original.slice(clause.start, act.end).trim(),
      expected: customer.original.slice(toldClause.start, first.end).trim(),
    };
  }
  return out;
}
