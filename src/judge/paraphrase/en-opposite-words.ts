import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import { OPPOSITE_PAIRS } from '../text/en-opposites-data.js';
import { matchCriterion, type NormalisedText } from '../text/index.js';
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
    return other?.met && other.span
      ? contradictedAt(f, other.span, 'opposite-word', answer.original)
      : f;
  });
}
