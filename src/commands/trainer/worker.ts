// A worker thread of `cs-drill assess`: builds the same scoring dependencies as the main thread,
// from the sets the main thread loaded (no catalogue, no set parsed again), scores the sheets it
// is sent (through assessSheet and runSession like any other run) and sends back what the run
// prints and counts, not the whole session (see Presented).
import { parentPort, workerData } from 'node:worker_threads';
import { assessDeps } from './assess-deps.js';
import { type Presented, presenter } from './present.js';
import { assessSheet } from './score-sheet.js';
import type { ScoredBatch, SheetBatch, WorkerSetup } from './worker-pool.js';

const setup = workerData as WorkerSetup;
const deps = assessDeps(setup);
const present = await presenter(setup.present, setup.versions[0]!);

// One sheet after another, and one message back for the batch (see BATCH).
parentPort?.on('message', async ({ seq, inputs }: SheetBatch) => {
  const outcomes: Presented[] = [];
  for (const input of inputs) outcomes.push(present(await assessSheet(input, deps)));
  parentPort?.postMessage({ seq, outcomes } satisfies ScoredBatch);
});
