/** A score as people read it: at most two decimals, none when whole (0.83, 1, 2.5). */
export function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}
