/** Items for a worker: `inputs[i]` is item number `seq + i` of the run. */
export interface Batch<I> {
  seq: number;
  inputs: I[];
}

/** A worker's answer to a Batch: the outcome of each of its items, in the same order. */
export interface Done<O> {
  seq: number;
  outcomes: O[];
}

/** What the pool needs of a worker thread; tests give it one that works in process. */
export interface PoolWorker<I, O> {
  postMessage(message: Batch<I>): void;
  on(event: 'message', listener: (message: Done<O>) => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  terminate(): Promise<unknown>;
}

/**
 * How many workers: CS_DRILL_WORKERS when set, else one per core (up to 4) for `from` items or
 * more (below it, starting the threads costs more than they save). More workers than cores only
 * add memory (each loads the judges): a larger number is lowered to the core count, and
 * `lowered` says from what.
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

/** How a pool hands out its items. */
export interface PoolShape {
  /**
   * Items sent to a worker in one message, and worked in one go, their outcomes sent back in one
   * message: every message wakes the thread it goes to, and on a busy machine the woken thread
   * takes the core from the sender.
   */
  batch: number;
  /** What a worker's error becomes (a worker out of memory is a problem with a way out). */
  failure: (error: unknown) => unknown;
}

/**
 * Batches in flight per worker: one being worked and one waiting, so a worker never waits for
 * the main thread.
 */
const IN_FLIGHT = 2;
/**
 * Batches worked but not yet yielded, per worker, waiting for an earlier one: a worker that gets
 * ahead of the other keeps working instead of idling until the slower one catches up.
 */
const AHEAD = 3;

/**
 * Works items on worker threads and yields the outcomes in input order. A bounded number of
 * batches per worker are in flight, and a bounded number wait to be yielded, so memory stays
 * flat however many items there are.
 */
export async function* inWorkers<I, O>(
  inputs: AsyncIterable<I> | Iterable<I>,
  count: number,
  spawn: () => PoolWorker<I, O>,
  shape: PoolShape,
): AsyncGenerator<O> {
  const workers = Array.from({ length: count }, spawn);
  const busy = new Map<PoolWorker<I, O>, number>(workers.map((w) => [w, 0]));
  // Outcomes by sequence number until their turn to be yielded comes.
  const done = new Map<number, O>();
  let failure: unknown;
  let changed: (() => void) | undefined;
  const somethingHappens = () => new Promise<void>((resolve) => (changed = resolve));
  for (const w of workers) {
    w.on('message', ({ seq, outcomes }: Done<O>) => {
      busy.set(w, (busy.get(w) ?? 1) - 1);
      for (const [i, outcome] of outcomes.entries()) done.set(seq + i, outcome);
      changed?.();
    });
    w.on('error', (error) => {
      failure ??= shape.failure(error);
      changed?.();
    });
  }
  const window = count * shape.batch * (IN_FLIGHT + AHEAD);
  let sent = 0;
  let next = 0;
  let batch: I[] = [];
  const idlest = () => workers.reduce((a, b) => ((busy.get(a) ?? 0) <= (busy.get(b) ?? 0) ? a : b));
  const take = (): O => {
    const outcome = done.get(next) as O;
    done.delete(next++);
    return outcome;
  };
  /** Waits for room (a worker with fewer than IN_FLIGHT batches, the window not full), yielding what is due meanwhile. */
  async function* send(): AsyncGenerator<O> {
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
      if (batch.length === shape.batch) yield* send();
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
