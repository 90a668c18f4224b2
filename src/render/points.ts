import { roundPoints } from '../session/points.js';

/** A score as people read it: at most two decimals, none when whole (0.83, 1, 2.5). */
export function fmt(n: number): string {
  return String(roundPoints(n));
}
