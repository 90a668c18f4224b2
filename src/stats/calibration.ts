/**
 * Self-rating against measured score.
 *
 * A scale item (the self-check questionnaires) is a self-rating: its total as a share of
 * its possible range, (total − n·min) / (n·(max − min)) × 100, so rating every statement
 * at the bottom is 0 % and at the top 100 %. Only the latest take of each scale counts.
 *
 * For each skill measured by scored items, its average session percentage is set beside the
 * self-rating for that skill if a scale rates that very skill, else beside the mean of all
 * the trainee's self-ratings (the questionnaires rate the person, not one skill). The gap
 * is self − measured in percentage points: beyond ±CALIBRATION_MARGIN the trainee is
 * over- or under-confident in that skill.
 */
export const CALIBRATION_MARGIN = 15;

export interface SelfRating {
  setId: string;
  itemId: string;
  skill: string;
  total: number;
  lowest: number;
  highest: number;
  selfPct: number;
  at: string;
}

export type Confidence = 'over-confident' | 'under-confident' | 'matches';

export interface Calibration {
  skill: string;
  measured: number;
  self: number;
  /** self − measured, percentage points. */
  gap: number;
  verdict: Confidence;
  /** Which self-rating was compared: the skill's own scale, or the mean of all. */
  selfFrom: 'same-skill' | 'all-self-ratings';
}

/** Each skill's measured mean (a GroupStats of aggregate.ts) against the trainee's self-ratings. */
export function calibrate(
  ratings: SelfRating[],
  skills: readonly { key: string; average: number }[],
): Calibration[] {
  if (ratings.length === 0) return [];
  const mean = ratings.reduce((a, r) => a + r.selfPct, 0) / ratings.length;
  return skills.map((s) => {
    const own = ratings.filter((r) => r.skill === s.key);
    const self = own.length ? own.reduce((a, r) => a + r.selfPct, 0) / own.length : mean;
    const gap = round1(self - s.average);
    const verdict: Confidence =
      gap > CALIBRATION_MARGIN
        ? 'over-confident'
        : gap < -CALIBRATION_MARGIN
          ? 'under-confident'
          : 'matches';
    return {
      skill: s.key,
      measured: s.average,
      self: round1(self),
      gap,
      verdict,
      selfFrom: own.length ? 'same-skill' : 'all-self-ratings',
    };
  });
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
