import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PhraseHit } from '../judge/types.js';

/** Replies from which judging on worker threads pays for starting them (each loads the lists). */
export const CHECK_WORKERS_FROM = 2000;

/** What one worker judges: a run of consecutive replies. */
export interface CheckShare {
  packageRoot: string;
  lang: string | undefined;
  texts: string[];
}

/**
 * Each reply's hits, judged on `count` worker threads, one run of consecutive replies each, in
 * the replies' order. Replies are short and the whole input is in memory already (check reads at
 * most 16 MB), so each worker gets its share at once and answers once.
 */
export async function checkInWorkers(
  texts: readonly string[],
  packageRoot: string,
  lang: string | undefined,
  count: number,
): Promise<PhraseHit[][]> {
  const size = Math.ceil(texts.length / count);
  const workers: Worker[] = [];
  const shares = Array.from({ length: count }, (_, i) => texts.slice(i * size, (i + 1) * size));
  try {
    const judged = await Promise.all(
      shares.map(
        (share) =>
          new Promise<PhraseHit[][]>((resolve, reject) => {
            const worker = new Worker(join(packageRoot, 'dist', 'check-worker.js'), {
              workerData: { packageRoot, lang, texts: share } satisfies CheckShare,
            });
            workers.push(worker);
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.once('exit', (code) =>
              reject(new Error(`a check worker stopped (exit code ${code}) before it answered`)),
            );
          }),
      ),
    );
    return judged.flat();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
