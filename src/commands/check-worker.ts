// A worker thread of `cs-drill check`: loads the judges once, then finds the problems of the
// replies it is sent, a batch at a time, with the same judge the main thread uses.
import { parentPort, workerData } from 'node:worker_threads';
import type { PhraseHit } from '../judge/types.js';
import type { Batch, Done } from '../shell/worker-pool.js';
import { type CheckSetup, checkJudge } from './check-judge.js';

const judge = checkJudge(workerData as CheckSetup);

parentPort?.on('message', ({ seq, inputs }: Batch<string>) => {
  parentPort?.postMessage({ seq, outcomes: inputs.map(judge) } satisfies Done<PhraseHit[]>);
});
