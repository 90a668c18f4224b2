import { Worker } from 'node:worker_threads';
import { expect, test } from 'vitest';
import { workerFailure } from '../../src/commands/trainer/worker-pool.js';
import { CliError } from '../../src/errors.js';

// A real worker run out of its heap gives the error Node gives a scoring thread that runs out.
function outOfMemory(): Promise<unknown> {
  const hog = 'const keep = []; for (;;) keep.push(new Array(1e5).fill(keep.length));';
  const w = new Worker(hog, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 8 } });
  return new Promise((resolve) => w.once('error', resolve));
}

test('a worker out of memory becomes a problem with a way out, in the run language', async () => {
  const error = await outOfMemory();
  const en = workerFailure(error, 'en');
  expect(en).toBeInstanceOf(CliError);
  const [problem] = (en as CliError).problems;
  expect(problem?.code).toBe('worker-out-of-memory');
  expect(problem?.hint).toContain('CS_DRILL_WORKERS=0');
  const zh = (workerFailure(error, 'zh-Hans') as CliError).problems[0];
  expect(zh?.message).toContain('内存不足');
});

test('any other worker error is passed on as it is', () => {
  const other = new Error('sheet parser broke');
  expect(workerFailure(other, 'en')).toBe(other);
});
