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
 * Scores sheets on worker threads and yields the outcomes in input order. A bounded number of
 * sheets per worker are in flight at a time, so memory stays flat however many sheets there are.
 */
export async function* scoreInWorkers(
  inputs: AsyncIterable<SheetInput>,
  setup: WorkerSetup,
  count: number,
): AsyncGenerator<Presented> {
  const script = join(setup.packageRoot, 'dist', 'assess-worker.js');
  const workers = Array.from({ length: count }, () => new Worker(script, { workerData: setup }));
  const busy = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const waiting = new Map<
    number,
    { resolve: (o: Presented) => void; reject: (e: unknown) => void }
  >();
  let failure: unknown;
  for (const w of workers) {
    w.on('message', ({ seq, outcome }: { seq: number; outcome: Presented }) => {
      busy.set(w, (busy.get(w) ?? 1) - 1);
      waiting.get(seq)?.resolve(outcome);
      waiting.delete(seq);
    });
    w.on('error', (error) => {
      failure = workerFailure(error, setup.lang);
      for (const p of waiting.values()) p.reject(failure);
      waiting.clear();
    });
  }
  const pending: Promise<Presented>[] = [];
  // Four per worker: each in-flight sheet holds its lines in the worker, and workers share the
  // process's heap cap (sixteen each ran out of memory under a 48 MB cap at 1k sheets).
  const limit = count * 4;
  let seq = 0;
  try {
    for await (const input of inputs) {
      if (failure) throw failure;
      const worker = workers.reduce((a, b) => ((busy.get(a) ?? 0) <= (busy.get(b) ?? 0) ? a : b));
      const n = seq++;
      const outcome = new Promise<Presented>((resolve, reject) =>
        waiting.set(n, { resolve, reject }),
      );
      // A worker's failure rejects every sheet in flight; only the first one awaited reports it.
      outcome.catch(() => undefined);
      pending.push(outcome);
      busy.set(worker, (busy.get(worker) ?? 0) + 1);
      worker.postMessage({ seq: n, input });
      if (pending.length >= limit) yield await pending.shift()!;
    }
    while (pending.length > 0) yield await pending.shift()!;
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
