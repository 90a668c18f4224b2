/**
 * Cohen's kappa between labels and verdicts: agreement beyond what the two marginal
 * distributions would give by chance, the figure AnnoMI and MITI coding studies report.
 * Undefined (null) when chance agreement is already total (one class on both sides).
 */
export function cohensKappa(
  classes: readonly string[],
  rows: readonly { expected: string; got: string }[],
): number | null {
  const n = rows.length;
  if (n === 0) return null;
  const observed = rows.filter((r) => r.expected === r.got).length / n;
  let chance = 0;
  for (const cls of classes) {
    const labelled = rows.filter((r) => r.expected === cls).length / n;
    const judged = rows.filter((r) => r.got === cls).length / n;
    chance += labelled * judged;
  }
  if (chance >= 1) return null;
  return (observed - chance) / (1 - chance);
}
