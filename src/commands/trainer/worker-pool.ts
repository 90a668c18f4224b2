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
 * Sheets sent to a worker in one message, and scored in one go, their outcomes sent back in one
 * message: every message wakes the thread it goes to, and on a busy machine the woken thread
 * takes the core from the sender (a profile of 1k sheets showed a worker spending more time in
 * postMessage, one per sheet, than in presenting its results).
 */
export const BATCH = 8;
/**
 * Batches in flight per worker: one being scored and one waiting, so a worker never waits for
 * the main thread. A worker scores its batches one sheet after another: one sheet at a time
 * holds its lines in the worker (workers share the process's heap cap).
 */
const IN_FLIGHT = 2;
/**
 * Batches scored but not yet written, per worker, waiting for an earlier one: a worker that
 * gets ahead of the other keeps working instead of idling until the slower one catches up.
 */
const AHEAD = 3;

/** What the pool needs of a worker thread; tests give it one that scores in process. */
export interface PoolWorker {
  postMessage(message: SheetBatch): void;
  on(event: 'message', listener: (message: ScoredBatch) => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  terminate(): Promise<unknown>;
}

/** Sheets for a worker: `inputs[i]` is sheet number `seq + i` of the run. */
export interface SheetBatch {
  seq: number;
  inputs: SheetInput[];
}

/** A worker's answer to a SheetBatch: the outcome of each of its sheets, in the same order. */
export interface ScoredBatch {
  seq: number;
  outcomes: Presented[];
}

/**
 * Scores sheets on worker threads and yields the outcomes in input order. A bounded number of
 * batches per worker are in flight, and a bounded number wait to be written, so memory stays
 * flat however many sheets there are.
 */
export async function* scoreInWorkers(
  inputs: AsyncIterable<SheetInput>,
  setup: WorkerSetup,
  count: number,
  spawn: () => PoolWorker = () =>
    new Worker(join(setup.packageRoot, 'dist', 'assess-worker.js'), { workerData: setup }),
): AsyncGenerator<Presented> {
  const workers = Array.from({ length: count }, spawn);
  const busy = new Map<PoolWorker, number>(workers.map((w) => [w, 0]));
  // Outcomes by sequence number until their turn to be written comes.
  const done = new Map<number, Presented>();
  let failure: unknown;
  let changed: (() => void) | undefined;
  const somethingHappens = () => new Promise<void>((resolve) => (changed = resolve));
  for (const w of workers) {
    w.on('message', ({ seq, outcomes }: ScoredBatch) => {
      busy.set(w, (busy.get(w) ?? 1) - 1);
      for (const [i, outcome] of outcomes.entries()) done.set(seq + i, outcome);
      changed?.();
    });
    w.on('error', (error) => {
      failure ??= workerFailure(error, setup.lang);
      changed?.();
    });
  }
  const window = count * BATCH * (IN_FLIGHT + AHEAD);
  let sent = 0;
  let next = 0;
  let batch: SheetInput[] = [];
  const idlest = () => workers.reduce((a, b) => ((busy.get(a) ?? 0) <= (busy.get(b) ?? 0) ? a : b));
  const take = (): Presented => {
    const outcome = done.get(next) as Presented;
    done.delete(next++);
    return outcome;
  };
  /** Waits for room (a worker with fewer than IN_FLIGHT batches, the window not full), yielding what is due meanwhile. */
  async function* send(): AsyncGenerator<Presented> {
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
    worker.postMessage({ seq: sent, inputs: batch });
    sent += batch.length;
    batch = [];
    while (done.has(next)) yield take();
  }
  try {
    for await (const input of inputs) {
      batch.push(input);
      if (batch.length === BATCH) yield* send();
    }
    if (batch.length > 0) yield* send();
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
