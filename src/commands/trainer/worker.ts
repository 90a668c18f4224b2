// A worker thread of `cs-drill assess`: starts loading the judge as soon as it starts (the main
// thread meanwhile opens the set), builds the same scoring dependencies as the main thread from
// the sets it is then sent (no catalogue, no set parsed again), scores the sheets it is sent
// (through assessSheet and runSession like any other run) and sends back what the run prints and
// counts, not the whole session (see Presented).
import { parentPort, workerData } from 'node:worker_threads';
import { assessDeps, loadJudge } from './assess-deps.js';
import { type Presented, presenter } from './present.js';
import { assessSheet } from './score-sheet.js';
import type { ScoredBatch, ToWorker, WorkerStart } from './worker-pool.js';

const judge = loadJudge((workerData as WorkerStart).packageRoot);
let scoring:
  | Promise<{ deps: ReturnType<typeof assessDeps>; present: Awaited<ReturnType<typeof presenter>> }>
  | undefined;

// The setup first, then one sheet after another, and one message back for each batch (see BATCH).
parentPort?.on('message', async (message: ToWorker) => {
  if ('setup' in message) {
    const { setup } = message;
    scoring = presenter(setup.present, setup.versions[0]!).then((present) => ({
      deps: assessDeps(setup, judge),
      present,
    }));
    return;
  }
  const { deps, present } = await (scoring as NonNullable<typeof scoring>);
  const outcomes: Presented[] = [];
  for (const input of message.inputs) outcomes.push(present(await assessSheet(input, deps)));
  parentPort?.postMessage({ seq: message.seq, outcomes } satisfies ScoredBatch);
});
