/**
 * How many worker threads a batch command uses: CS_DRILL_WORKERS when set, else one per core
 * (up to 4) from `from` items on, where the work saved pays for starting threads that each load
 * the judges. More workers than cores only add memory: a larger number is lowered to the core
 * count, and `lowered` says from what.
 */
export function workerCount(
  env: Readonly<Record<string, string | undefined>>,
  items: number,
  cores: number,
  from: number,
): { count: number; lowered?: number } {
  const forced = Number(env.CS_DRILL_WORKERS);
  if (env.CS_DRILL_WORKERS !== undefined && Number.isInteger(forced) && forced >= 0)
    return forced > cores ? { count: cores, lowered: forced } : { count: forced };
  return { count: items >= from && cores > 1 ? Math.min(cores, 4) : 0 };
}
