import { findAny, findPaired, type NormalisedText, type PatternMatch } from '../text/index.js';
import type { CriterionResult } from '../types.js';
import { CHECK_PATTERNS, FEELING_PAIRS, FEELING_STOCK } from './cues.js';

/** What the closing check may be followed by: a short thanks or sign-off (words + CJK characters). */
const MAX_AFTER_CHECK = 12;

export function feelingCheck(answer: NormalisedText): CriterionResult {
  const candidates = [
    findAny(FEELING_STOCK, answer),
    ...FEELING_PAIRS.map((p) => findPaired(p.frames, p.words, answer)),
  ];
  const m = candidates.reduce<PatternMatch | null>(
    (best, c) => (c && (!best || c.normalisedStart < best.normalisedStart) ? c : best),
    null,
  );
  return {
    id: 'feeling',
    builtin: 'feeling',
    met: m !== null,
    weight: 1,
    ...(m ? { span: m.span, detail: m.pattern } : {}),
  };
}

/** A checking question at the end: the last check cue, with little but punctuation after it. */
export function checkQuestion(answer: NormalisedText): CriterionResult {
  const text = answer.text;
  let best: {
    start: number;
    end: number;
    span: { start: number; end: number };
    pattern: string;
  } | null = null;
  // Only the tail can hold the closing check; looking there bounds the work too.
  const tailFrom = Math.max(0, text.length - 200);
  const tail: NormalisedText = {
    ...answer,
    text: text.slice(tailFrom),
    starts: answer.starts.slice(tailFrom),
    ends: answer.ends.slice(tailFrom),
  };
  for (const p of CHECK_PATTERNS) {
    const m = findAny([p], tail);
    if (m && (!best || m.normalisedEnd > best.end)) {
      best = { start: m.normalisedStart, end: m.normalisedEnd, span: m.span, pattern: m.pattern };
    }
  }
  if (best) {
    const after = tail.text
      .slice(best.end)
      .replace(/[a-z0-9]+/g, 'w')
      .replace(/[^\p{L}\p{N}]/gu, '');
    if (after.length <= MAX_AFTER_CHECK) {
      return {
        id: 'check-question',
        builtin: 'check-question',
        met: true,
        weight: 1,
        span: best.span,
        detail: best.pattern,
      };
    }
    return {
      id: 'check-question',
      builtin: 'check-question',
      met: false,
      weight: 1,
      detail: 'not-at-end',
    };
  }
  return { id: 'check-question', builtin: 'check-question', met: false, weight: 1 };
}
