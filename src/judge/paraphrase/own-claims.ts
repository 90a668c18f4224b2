import { stem, unitsOf } from '../text/content.js';
import type { NormalisedText } from '../text/index.js';
import type { CriterionResult } from '../types.js';
import { AFINN_NEGATIVE } from './afinn-negative.js';
import { EN_FEELINGS, ZH_FEELINGS } from './cues.js';

/** Words that frame a restatement, not a claim: "I'm", "you mean", "that sounds", 您是说. */
const FRAMING = new Set(['am', 'say', 'said', 'mean', 'sound', 'seem', 'feel', '说', '讲']);
const FEELING_STEMS = new Set(
  [...AFINN_NEGATIVE, ...EN_FEELINGS].filter((w) => !w.includes(' ')).map(stem),
);
const FEELING_CHARS = new Set(ZH_FEELINGS.join(''));

/** Own claims from this many words (or Chinese characters) on: one word is a paraphrase. */
export const OWN_CLAIMS_FROM = 2;

/**
 * Words of the restatement's own: content words (English stems, Chinese characters) the
 * customer never said, outside the spans that met a fact, the feeling or the check, and not
 * feeling words. A restatement that leaves half the story out and says things of its own in
 * its place ("your knee operation was moved" for a hip operation cancelled, 最后办好了 for
 * 叫我改天再来) has said the missing facts wrong; one that only leaves things out has not.
 */
export function ownClaims(
  answer: NormalisedText,
  customer: NormalisedText,
  decided: readonly CriterionResult[],
): string[] {
  const told = new Set(unitsOf(customer.text).map((u) => u.key));
  const spans = decided.flatMap((c) => (c.met && c.span ? [c.span] : []));
  const inside = (start: number, end: number) => spans.some((s) => s.start < end && start < s.end);
  return unitsOf(answer.text)
    .filter((u) => !u.filler && !u.negator && !told.has(u.key))
    .filter((u) => !FRAMING.has(u.key) && !FEELING_STEMS.has(u.key) && !FEELING_CHARS.has(u.key))
    .filter((u) => !inside(answer.starts[u.start] ?? 0, answer.ends[u.end - 1] ?? 0))
    .map((u) => u.key);
}
