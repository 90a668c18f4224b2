import type { Verdict } from './types.js';

/** Share of the points for a pass, and for a partial answer: one rule for every kind of item. */
export const PASS_RATIO = 0.8;
export const PARTIAL_RATIO = 0.4;

/** An item worth nothing (a self-rating scale) has nothing to get wrong: it passes. */
export function verdictOf(score: number, max: number): Verdict {
  if (max <= 0) return 'pass';
  const ratio = score / max;
  if (ratio >= PASS_RATIO - 1e-9) return 'pass';
  if (ratio >= PARTIAL_RATIO - 1e-9) return 'partial';
  return 'fail';
}
