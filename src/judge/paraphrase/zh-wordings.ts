import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import { type NormalisedText, normalise, readCantonese } from '../text/index.js';
import { keptReadings } from '../text/kept.js';
import type { CriterionResult, Span } from '../types.js';

/**
 * Chinese text read as the Chinese readers read it: normalised (Simplified), Cantonese as Mandarin.
 * The readers read facts' wordings with it, which come back with every answer to the item: each
 * is read once (bounded: cleared when full).
 */
export const readZh: (text: string) => string = keptReadings(5000, (text) => {
  zhReads++;
  return readCantonese(normalise(text)).text;
});
/** Wordings read by readZh (not found read already) so far: tests count it. */
let zhReads = 0;
export const zhWordingReads = (): number => zhReads;

/** An answer the Chinese readers read: Chinese, not Japanese. */
export const chineseAnswer = (answer: NormalisedText): boolean =>
  !answer.japanese && /[\u4e00-\u9fff]/.test(answer.text);

/**
 * Whether the readings of facts told in other words have work: a Chinese answer (by its Han
 * characters, as those readings have always taken it) with a fact still missed.
 */
export const missedInChinese = (
  facts: readonly CriterionResult[],
  answer: NormalisedText,
): boolean => hasHan(answer.text) && facts.some((f) => f.status === 'missed');

/** A reading of the facts told in other words, against the story the customer told. */
export type StoryReading = (
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
) => CriterionResult[];

/** What the first group of `re` captures in each wording of fact `id`, read as Mandarin. */
export function wordingCaptures(criteria: readonly Criterion[], id: string, re: RegExp): string[] {
  return (criteria.find((c) => c.id === id)?.any ?? []).flatMap((p) => {
    const m = re.exec(readZh(p));
    return m ? [m[1] as string] : [];
  });
}

/** The fact contradicted by what the answer says at `span`; `detail` names the reading. */
export const contradictedAt = (
  f: CriterionResult,
  span: Span,
  detail: string,
  original: string,
): CriterionResult => ({
  ...f,
  met: false,
  status: 'contradicted',
  span,
  detail,
  said: original.slice(span.start, span.end),
});

/** A fact met with words inside `at` (an original range of the answer). */
export const metWithin = (f: CriterionResult, at: Span): boolean =>
  f.met && f.span !== undefined && f.span.start < at.end && at.start < f.span.end;
