import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import { OPPOSITE_PAIRS } from '../text/en-opposites-data.js';
import { matchCriterion, type NormalisedText, originalSpan } from '../text/index.js';
import type { CriterionResult } from '../types.js';
import { contradictedAt } from './zh-wordings.js';

/**
 * Words that say the other end of one scale or the other outcome of one event: a fact's
 * wording with one of them said the other way ("came late" for "came early", "the shop was
 * open" for "closed") tells another story. Read as any wording is, in the customer's words
 * too; WordNet's antonyms besides them (OPPOSITE_PAIRS) and the particles below only as written
 * (a wider reading finds "got out" in "let water in").
 */
const OPPOSITES: readonly (readonly [string, string])[] = [
  ['early', 'late'],
  ['open', 'closed'],
  ['open', 'shut'],
  ['before', 'after'],
  ['more', 'less'],
  ['hot', 'cold'],
  ['full', 'empty'],
  ['clean', 'dirty'],
  ['wet', 'dry'],
  ['male', 'female'],
  ['bigger', 'smaller'],
  ['longer', 'shorter'],
  ['higher', 'lower'],
  ['accepted', 'rejected'],
  ['approved', 'rejected'],
  ['passed', 'failed'],
  ['won', 'lost'],
];
/** The particles of direction WordNet does not pair, read as written like its antonyms. */
const PARTICLE_PAIRS: readonly (readonly [string, string])[] = [
  ['in', 'out'],
  ['inbound', 'outbound'],
  ['over', 'under'],
];

type Ends = ReadonlyMap<string, readonly string[]>;
function endsOf(pairs: readonly (readonly [string, string])[]): Map<string, string[]> {
  const ends = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    if (!ends.get(a)?.includes(b)) ends.set(a, [...(ends.get(a) ?? []), b]);
  };
  for (const [a, b] of pairs) {
    add(a, b);
    add(b, a);
  }
  return ends;
}
const OWN_ENDS: Ends = endsOf(OPPOSITES);
/**
 * A fact told with the other end of a WordNet pair or a particle ("the up escalator" for the down
 * one): one detail of the story said the other way, a minor slip when it is the only one
 * (minor-slip.ts), as the trainers grade "up for down".
 */
export const OTHER_END = 'other-end';
/** WordNet's pairs and the particles, split from the data on first use. */
let wordNetEnds: Ends | null = null;
const wordNet = (): Ends =>
  (wordNetEnds ??= endsOf([
    ...PARTICLE_PAIRS,
    ...OPPOSITE_PAIRS.split('|').map((p) => p.split(',') as [string, string]),
  ]));

/** Endings a verb or noun of a table may carry in a wording: "overcharged", "increases". */
const ENDINGS = ['ed', 'd', 'es', 's', 'ing'] as const;

/** The other ends of one word in a table, its ending kept ("overcharged" → "undercharged"). */
function otherEnds(word: string, table: Ends): readonly string[] {
  const own = table.get(word);
  if (own) return own;
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length <= ending.length + 2) continue;
    const stem = word.slice(0, -ending.length);
    for (const base of ending === 'ing' ? [stem, `${stem}e`] : [stem]) {
      const ends = table.get(base)?.filter((o) => !o.includes(' '));
      if (ends?.length)
        return ends.map(
          (o) => (o.endsWith('e') && /^[ei]/.test(ending) ? o.slice(0, -1) : o) + ending,
        );
    }
  }
  return [];
}

/**
 * Particles that say a direction only with the verb or noun beside them: a wording of one of
 * them alone ("off", "in") has no frame to turn.
 */
const PARTICLES = new Set(['in', 'out', 'on', 'off', 'up', 'down', 'over', 'under']);

/** A wording with each of its words said the other way by a table, one at a time. */
function turned(wording: string, table: Ends): string[] {
  const words = wording.split(' ');
  if (words.length === 1 && PARTICLES.has(wording.toLowerCase())) return [];
  return words.flatMap((w, k) =>
    otherEnds(w.toLowerCase(), table).map((o) =>
      [...words.slice(0, k), o, ...words.slice(k + 1)].join(' '),
    ),
  );
}

/**
 * English facts left out (or retold by a clause's first word only) but told with a word of the
 * other end ("the bus came late" where the customer said it came ten minutes early): the wording
 * turned is met in the answer, and the customer never said it that way, so the fact is
 * contradicted, not just missing.
 */
export function oppositeWords(
  facts: readonly CriterionResult[],
  told: { criteria: readonly Criterion[]; answer: NormalisedText; customer: NormalisedText },
): CriterionResult[] {
  const { criteria, answer, customer } = told;
  if (hasHan(answer.text + customer.text)) return [...facts];
  return facts.map((f) => {
    // A clause retold by its first word alone ("the field was open" for "the field was closed")
    // may yet say the other end.
    const retold = f.met && f.detail?.startsWith('retold:');
    if ((f.met && !retold) || f.status === 'contradicted') return f;
    const c = criteria.find((k) => k.id === f.id);
    if (!c) return f;
    const own = c.any.flatMap((w) => turned(w, OWN_ENDS));
    const exact = c.any.flatMap((w) => turned(w, wordNet())).filter((w) => !own.includes(w));
    if (own.length + exact.length === 0) return f;
    if (matchCriterion({ ...c, any: [...own, ...exact] }, customer).met) return f;
    const wide = own.length > 0 ? matchCriterion({ ...c, any: own }, answer, customer) : null;
    const other =
      wide?.met || exact.length === 0 ? wide : matchCriterion({ ...c, any: exact }, answer);
    if (!other?.met || !other.span) return f;
    return contradictedAt(f, other.span, wide?.met ? 'opposite-word' : OTHER_END, answer.original);
  });
}

interface Word {
  text: string;
  start: number;
  end: number;
}
function wordsIn(text: string): Word[] {
  const out: Word[] = [];
  const re = /[a-z]+(?:['’][a-z]+)?/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
/** Two words next to each other in one clause (no punctuation between them). */
const inOneRun = (text: string, a: Word | undefined, b: Word | undefined) =>
  a !== undefined && b !== undefined && !/[.,;:!?]/.test(text.slice(a.end, b.start));

/**
 * A word of the customer's said the other way in the customer's own frame ("four kilos under
 * the limit" where the customer said "four kilos over the limit", "switches the boiler on every
 * night" for "off"): the words either side are the customer's, so it is the customer's fact told
 * with the other end. It contradicts the fact, not yet met, one of whose wordings holds the
 * customer's word.
 */
export function oppositeInFrame(
  facts: readonly CriterionResult[],
  told: { criteria: readonly Criterion[]; answer: NormalisedText; customer: NormalisedText },
): CriterionResult[] {
  const { criteria, answer, customer } = told;
  if (hasHan(answer.text + customer.text)) return [...facts];
  const said = wordsIn(answer.text);
  const theirs = wordsIn(customer.text);
  const out = [...facts];
  for (let i = 1; i + 1 < said.length; i++) {
    const [before, word, after] = [said[i - 1], said[i], said[i + 1]] as [Word, Word, Word];
    if (!inOneRun(answer.text, before, word) || !inOneRun(answer.text, word, after)) continue;
    const ends = new Set([...otherEnds(word.text, OWN_ENDS), ...otherEnds(word.text, wordNet())]);
    if (ends.size === 0) continue;
    const frame = (j: number, w: string) =>
      theirs[j]?.text === w &&
      theirs[j - 1]?.text === before.text &&
      theirs[j + 1]?.text === after.text &&
      inOneRun(customer.text, theirs[j - 1], theirs[j]) &&
      inOneRun(customer.text, theirs[j], theirs[j + 1]);
    const j = theirs.findIndex((t, k) => ends.has(t.text) && frame(k, t.text));
    if (j < 0 || theirs.some((_, k) => frame(k, word.text))) continue;
    const other = (theirs[j] as Word).text;
    const k = out.findIndex(
      (f) =>
        !f.met &&
        f.status !== 'contradicted' &&
        criteria
          .find((c) => c.id === f.id)
          ?.any.some((p) =>
            p
              .toLowerCase()
              .split(/[^a-z']+/)
              .includes(other),
          ),
    );
    const f = out[k];
    if (!f) continue;
    const span = originalSpan(answer, word.start, word.end);
    out[k] = contradictedAt(f, span, OTHER_END, answer.original);
  }
  return out;
}
