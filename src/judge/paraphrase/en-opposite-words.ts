import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import { matchCriterion, type NormalisedText } from '../text/index.js';
import type { CriterionResult } from '../types.js';
import { contradictedAt } from './zh-wordings.js';

/**
 * Words that say the other end of one scale or the other outcome of one event: a fact's
 * wording with one of them said the other way ("came late" for "came early", "the shop was
 * open" for "closed") tells another story.
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

const OTHER = new Map<string, string[]>();
for (const [a, b] of OPPOSITES) {
  OTHER.set(a, [...(OTHER.get(a) ?? []), b]);
  OTHER.set(b, [...(OTHER.get(b) ?? []), a]);
}

/** A wording with each of its scale words said the other way, one at a time. */
function turned(wording: string): string[] {
  const words = wording.split(' ');
  return words.flatMap((w, k) =>
    (OTHER.get(w.toLowerCase()) ?? []).map((o) =>
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
    const any = (c?.any ?? []).flatMap(turned);
    if (!c || any.length === 0) return f;
    if (matchCriterion({ ...c, any }, customer).met) return f;
    const other = matchCriterion({ ...c, any }, answer, customer);
    return other.met && other.span
      ? contradictedAt(f, other.span, 'opposite-word', answer.original)
      : f;
  });
}
