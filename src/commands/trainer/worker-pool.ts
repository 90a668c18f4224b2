import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../../drills/schema.js';
import { CliError } from '../../errors.js';
import { type Batch, type Done, inWorkers, type PoolWorker } from '../../shell/worker-pool.js';
import type { AssessSetup } from './assess-deps.js';
import type { Presented, Presenting } from './present.js';
import type { SheetInput } from './read-inputs.js';
import { assessTextFor } from './text.js';

/** What a worker needs to build the same scoring dependencies as the main thread. */
export interface WorkerSetup extends AssessSetup {
  present: Presenting;
}

/** Sheets for a worker, and a worker's answer: the outcome of each of its sheets, in order. */
export type SheetBatch = Batch<SheetInput>;
export type ScoredBatch = Done<Presented>;

/** For 200 sheets or more, the workers save more than starting them costs. */
export const WORKERS_FROM = 200;

/**
 * Sheets sent to a worker in one message (a profile of 1k sheets showed a worker spending more
 * time in postMessage, one per sheet, than in presenting its results). A worker scores its
 * batches one sheet after another: one sheet at a time holds its lines in the worker (workers
 * share the process's heap cap).
 */
export const BATCH = 8;

/** Scores sheets on worker threads and yields the outcomes in input order (see inWorkers). */
export function scoreInWorkers(
  inputs: AsyncIterable<SheetInput>,
  setup: WorkerSetup,
  count: number,
  spawn: () => PoolWorker<SheetInput, Presented> = () =>
    new Worker(join(setup.packageRoot, 'dist', 'assess-worker.js'), { workerData: setup }),
): AsyncGenerator<Presented> {
  return inWorkers(inputs, count, spawn, {
    batch: BATCH,
    failure: (error) => workerFailure(error, setup.lang),
  });
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
