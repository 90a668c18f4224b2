const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/**
 * Percentages (0–100) as a sparkline, on an absolute scale so that every set and skill is
 * drawn alike: 0–12.4 % is ▁ and 87.5–100 % is █.
 */
export function sparkline(values: readonly number[]): string {
  return values
    .map(
      (v) =>
        BLOCKS[Math.max(0, Math.min(7, Math.floor((Math.max(0, Math.min(100, v)) / 100) * 8)))],
    )
    .join('');
}
