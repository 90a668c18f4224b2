/** Points as they are stored and shown: two decimals at most. */
export function roundPoints(n: number): number {
  return Math.round(n * 100) / 100;
}
