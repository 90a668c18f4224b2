// A long file checked on worker threads gives exactly what the main thread gives, reply by reply.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_WORKERS_FROM } from '../../src/commands/check-workers.js';
import { workerCount } from '../../src/shell/worker-count.js';
import { runCli } from '../helpers/cli.js';

const REPLIES = [
  'Let me look it up for you.',
  "That's not my department, call the front desk.",
  'I have checked your booking and the room is ready from two o’clock.',
  'Calm down, there is nothing I can do.',
  '您好，请问有什么可以帮您？',
  '这不归我们管，你自己去找快递公司。',
  '我帮您查一下订单，请稍等两分钟。',
  'As I already told you, we close at six.',
];

function repliesFile(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'cs-drill-check-workers-'));
  const file = join(dir, 'replies.txt');
  writeFileSync(
    file,
    `${Array.from({ length: n }, (_, i) => `${REPLIES[i % REPLIES.length]} (${i})`).join('\n')}\n`,
  );
  return file;
}

describe('check on worker threads', () => {
  it('gives the same JSON, reply by reply and in order, as the main thread', async () => {
    const file = repliesFile(45);
    const here = await runCli(['check', '--file', file, '--json'], {
      env: { CS_DRILL_WORKERS: '0' },
    });
    const pool = await runCli(['check', '--file', file, '--json'], {
      env: { CS_DRILL_WORKERS: '2' },
    });
    const json = JSON.parse(here.stdout) as { replies: { reply: number; flagged: boolean }[] };
    expect(json.replies).toHaveLength(45);
    expect(json.replies.filter((r) => r.flagged).length).toBeGreaterThan(10);
    expect(json.replies.filter((r) => !r.flagged).length).toBeGreaterThan(10);
    expect(pool.stdout).toBe(here.stdout);
    expect(pool.code).toBe(1);
    expect(here.code).toBe(1);
  });

  it('gives the same text, with --phrases choosing one list', async () => {
    const file = repliesFile(13);
    const args = ['check', '--file', file, '--phrases', 'zh'];
    const here = await runCli(args, { env: { CS_DRILL_WORKERS: '0' } });
    const pool = await runCli(args, { env: { CS_DRILL_WORKERS: '3' } });
    expect(here.stdout).toContain('reply 6');
    expect(pool.stdout).toBe(here.stdout);
    expect(pool.stderr.replace(/^cs-drill: CS_DRILL_WORKERS.*\n/m, '')).toBe(here.stderr);
  });

  it('starts workers only for a long file, where they pay for loading the lists', () => {
    expect(workerCount({}, CHECK_WORKERS_FROM - 1, 2, CHECK_WORKERS_FROM)).toEqual({ count: 0 });
    expect(workerCount({}, CHECK_WORKERS_FROM, 2, CHECK_WORKERS_FROM)).toEqual({ count: 2 });
    expect(workerCount({}, CHECK_WORKERS_FROM, 1, CHECK_WORKERS_FROM)).toEqual({ count: 0 });
  });
});
