import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../../drills/schema.js';
import { CliError } from '../../errors.js';
import type { AssessSetup } from './assess-deps.js';
import type { Presented, Presenting } from './present.js';
import type { SheetInput } from './read-inputs.js';
import { assessTextFor } from './text.js';

/** What a worker needs to build the same scoring dependencies as the main thread. */
export interface WorkerSetup extends AssessSetup {
  present: Presenting;
}

/**
 * How many workers: CS_DRILL_WORKERS when set, else one per core (up to 4) for 200+ sheets.
 * More workers than cores only add memory (each loads the judges): a larger number is
 * lowered to the core count, and `lowered` says from what.
 */
export function workerCount(
  env: Readonly<Record<string, string | undefined>>,
  sheets: number,
  cores: number,
): { count: number; lowered?: number } {
  const forced = Number(env.CS_DRILL_WORKERS);
  if (env.CS_DRILL_WORKERS !== undefined && Number.isInteger(forced) && forced >= 0)
    return forced > cores ? { count: cores, lowered: forced } : { count: forced };
  return { count: sheets >= 200 && cores > 1 ? Math.min(cores, 4) : 0 };
}

/**
 * Sheets in flight per worker: each holds its lines in the worker, and workers share the
 * process's heap cap (sixteen each ran out of memory under a 48 MB cap at 1k sheets).
 */
const IN_FLIGHT = 4;
/**
 * Sheets scored but not yet written, per worker, waiting for an earlier sheet: a worker that
 * gets ahead of the other keeps working instead of idling until the slower one catches up.
 */
const AHEAD = 12;

/**
 * Scores sheets on worker threads and yields the outcomes in input order. A bounded number of
 * sheets per worker are in flight, and a bounded number wait to be written, so memory stays
 * flat however many sheets there are.
 */
export async function* scoreInWorkers(
  inputs: AsyncIterable<SheetInput>,
  setup: WorkerSetup,
  count: number,
): AsyncGenerator<Presented> {
  const script = join(setup.packageRoot, 'dist', 'assess-worker.js');
  const workers = Array.from({ length: count }, () => new Worker(script, { workerData: setup }));
  const busy = new Map<Worker, number>(workers.map((w) => [w, 0]));
  // Outcomes by sequence number until their turn to be written comes.
  const done = new Map<number, Presented>();
  let failure: unknown;
  let changed: (() => void) | undefined;
  const somethingHappens = () => new Promise<void>((resolve) => (changed = resolve));
  for (const w of workers) {
    w.on('message', ({ seq, outcome }: { seq: number; outcome: Presented }) => {
      busy.set(w, (busy.get(w) ?? 1) - 1);
      done.set(seq, outcome);
      changed?.();
    });
    w.on('error', (error) => {
      failure ??= workerFailure(error, setup.lang);
      changed?.();
    });
  }
  const window = count * (IN_FLIGHT + AHEAD);
  let sent = 0;
  let next = 0;
  const idlest = () => workers.reduce((a, b) => ((busy.get(a) ?? 0) <= (busy.get(b) ?? 0) ? a : b));
  const take = (): Presented => {
    const outcome = done.get(next) as Presented;
    done.delete(next++);
    return outcome;
  };
  try {
    for await (const input of inputs) {
      // Room for one more: a worker with fewer than IN_FLIGHT sheets, and the window not full.
      while (
        failure === undefined &&
        ((busy.get(idlest()) ?? 0) >= IN_FLIGHT || sent - next >= window)
      ) {
        if (done.has(next)) yield take();
        else await somethingHappens();
      }
      if (failure !== undefined) throw failure;
      const worker = idlest();
      busy.set(worker, (busy.get(worker) ?? 0) + 1);
      worker.postMessage({ seq: sent++, input });
      while (done.has(next)) yield take();
    }
    while (next < sent) {
      if (failure !== undefined) throw failure;
      if (done.has(next)) yield take();
      else await somethingHappens();
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** A worker out of memory is a problem with a way out (fewer threads, more memory), not a crash. */
export function workerFailure(error: unknown, lang: Lang): unknown {
  if ((error as { code?: unknown } | null)?.code !== 'ERR_WORKER_OUT_OF_MEMORY') return error;
  const T = assessTextFor(lang);
  return new CliError({
    code: 'worker-out-of-memory',
    message: T.workerOutOfMemory,
    hint: T.workerOutOfMemoryHint,
  });
}
