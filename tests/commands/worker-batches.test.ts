// The worker pool hands sheets out in batches and gets their outcomes back in one message per
// batch (each message wakes a thread), yet yields every outcome in input order, with a bounded
// number of sheets in flight. Workers here score in process, some slower than others.
import { describe, expect, it } from 'vitest';
import type { Presented } from '../../src/commands/trainer/present.js';
import type { SheetInput } from '../../src/commands/trainer/read-inputs.js';
import {
  BATCH,
  type ScoredBatch,
  type SheetBatch,
  scoreInWorkers,
  type WorkerSetup,
} from '../../src/commands/trainer/worker-pool.js';
import type { PoolWorker } from '../../src/shell/worker-pool.js';

const setup = { lang: 'en' } as WorkerSetup;

async function* sheets(n: number): AsyncGenerator<SheetInput> {
  for (let i = 0; i < n; i++) yield { file: `t${i}.yaml`, path: `/nowhere/t${i}.yaml` };
}

/** A pool of in-process workers; the k-th answers after k+1 turns of the event loop. */
function fakePool() {
  const counts = { sent: 0, back: 0, sheets: 0, written: 0, mostAhead: 0 };
  let made = 0;
  const spawn = (): PoolWorker<SheetInput, Presented> => {
    const delay = ++made;
    let listener: ((m: ScoredBatch) => void) | undefined;
    return {
      postMessage({ seq, inputs }: SheetBatch) {
        counts.sent++;
        counts.sheets += inputs.length;
        counts.mostAhead = Math.max(counts.mostAhead, counts.sheets - counts.written);
        const outcomes: Presented[] = inputs.map((i) => ({
          kind: 'skipped',
          file: i.file,
          problems: [],
        }));
        let turns = delay;
        const answer = () => {
          if (--turns > 0) setImmediate(answer);
          else {
            counts.back++;
            listener?.({ seq, outcomes });
          }
        };
        setImmediate(answer);
      },
      on(event: string, l: (m: never) => void) {
        if (event === 'message') listener = l as (m: ScoredBatch) => void;
      },
      terminate: async () => 0,
    };
  };
  return { spawn, counts };
}

async function run(n: number, workers: number) {
  const { spawn, counts } = fakePool();
  const files: string[] = [];
  for await (const o of scoreInWorkers(sheets(n), setup, workers, spawn)) {
    files.push(o.file);
    counts.written++;
  }
  return { files, counts };
}

describe('scoreInWorkers', () => {
  it('yields every outcome in input order, the last batch short', async () => {
    const { files } = await run(101, 2);
    expect(files).toEqual(Array.from({ length: 101 }, (_, i) => `t${i}.yaml`));
  });

  it('sends one message per batch each way, not one per sheet', async () => {
    const { counts } = await run(1000, 2);
    expect(BATCH).toBeGreaterThan(1);
    expect(counts.sent).toBe(Math.ceil(1000 / BATCH));
    expect(counts.back).toBe(counts.sent);
  });

  it('keeps the sheets handed out but not yet written bounded, however many sheets', async () => {
    const small = await run(100, 2);
    const large = await run(1000, 2);
    expect(large.counts.mostAhead).toBe(small.counts.mostAhead);
    expect(large.counts.mostAhead).toBeLessThanOrEqual(2 * BATCH * 5);
  });
});
