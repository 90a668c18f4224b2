// Replies judged on worker threads give exactly what the main thread gives, in the same order.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { checkJudge } from '../../src/commands/check-judge.js';
import { run } from '../../src/run.js';
import type { Done } from '../../src/shell/worker-pool.js';
import { ROOT, runInProcess, tmpHome } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';

const SAMPLES = [
  (n: number) => `Calm down, order ${n} will come when it comes.`,
  (n: number) => `Thanks for waiting, parcel ${n} left our depot this morning.`,
  (n: number) => `That's not our problem, you should have read the terms for item ${n}.`,
  (n: number) => `你自己没看说明书吧，第${n}号订单我们没办法。`,
  (n: number) => `您好，第${n}号订单已经发出，预计明天送到。`,
  (n: number) => `呢個唔關我哋事，你第${n}張單自己搞掂佢。`,
  (n: number) => `ご注文${n}番は規則ですので、変更できません。`,
  (n: number) => `Could you tell me more about what happened with booking ${n}?`,
];

const lines = (n: number) =>
  Array.from({ length: n }, (_, i) => (SAMPLES[i % SAMPLES.length] as (n: number) => string)(i));

/** `n` distinct replies, one per line, in a fresh folder. */
function repliesFile(n: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cs-drill-check-workers-')), 'replies.txt');
  writeFileSync(file, `${lines(n).join('\n')}\n`);
  return file;
}

describe('check on worker threads', () => {
  const file = repliesFile(600);

  it.each([[['--json']], [[]], [['--json', '--phrases', 'zh-Hant']]])(
    'gives the same report and exit code as the main thread (%j)',
    async (extra) => {
      const args = ['check', '--file', file, ...extra];
      const here = await runInProcess(args, { env: { CS_DRILL_WORKERS: '0' } });
      const pool = await runInProcess(args, { env: { CS_DRILL_WORKERS: '2' } });
      expect(here.code).toBe(1);
      expect(pool.stdout).toBe(here.stdout);
      expect(pool.stderr).toBe(here.stderr);
      expect(pool.code).toBe(here.code);
    },
  );

  it.each(['0', '2'])(
    'stops judging on Ctrl-C: exit 130 and no half report (CS_DRILL_WORKERS=%s)',
    async (workers) => {
      const t = testContext({
        cwd: ROOT,
        env: { HOME: tmpHome(), CS_DRILL_WORKERS: workers },
        stdin: '',
        lang: 'en',
        color: false,
        signal: AbortSignal.abort('SIGINT'),
      });
      const code = await run(['check', '--json', ...lines(600)], t.ctx, pkg.version);
      expect(code).toBe(130);
      expect(t.out()).toBe('');
    },
  );

  it('reports every reply once, in input order, the flagged and the clean', async () => {
    const { stdout } = await runInProcess(['check', '--file', file, '--json'], {
      env: { CS_DRILL_WORKERS: '2' },
    });
    const replies = JSON.parse(stdout).replies as { reply: number; flagged: boolean }[];
    expect(replies.map((r) => r.reply)).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
    const flagged = replies.filter((r) => r.flagged).length;
    expect(flagged).toBeGreaterThan(100);
    expect(flagged).toBeLessThan(500);
  });
});

it('the built check worker answers a batch with what the judge finds in process', async () => {
  const setup = { packageRoot: ROOT };
  const inputs = SAMPLES.map((say, i) => say(i));
  const worker = new Worker(join(ROOT, 'dist', 'check-worker.js'), { workerData: setup });
  try {
    const answer = await new Promise<Done<unknown>>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage({ seq: 40, inputs });
    });
    expect(answer.seq).toBe(40);
    expect(answer.outcomes).toEqual(inputs.map(checkJudge(setup)));
    expect(answer.outcomes.filter((hits) => (hits as unknown[]).length > 0).length).toBeGreaterThan(
      3,
    );
  } finally {
    await worker.terminate();
  }
});
