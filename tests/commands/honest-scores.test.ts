// Scores that compare like with like: `list` LAST/BEST stand for runs of the whole set, the
// summary compares a part of the set only with the same part.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendRecord } from '../../src/history/store.js';
import { messagesFor } from '../../src/render/messages.js';
import { createStyle } from '../../src/render/style.js';
import { renderSummary } from '../../src/render/summary.js';
import type { SessionRecord } from '../../src/session/record.js';
import { comparableRun, isFullRun } from '../../src/stats/comparable.js';
import { runInProcess } from '../helpers/cli.js';
import { makeRecord } from '../helpers/records.js';

const plan = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `item-${i + from}`);
const run = (id: string, score: number, max: number, over: Partial<SessionRecord> = {}) =>
  makeRecord({ id, user: 'tester', setId: 'listening', score, max, ...over });

async function listening(home: string) {
  const r = await runInProcess(['list', '--json'], { env: { CS_DRILL_HOME: home } });
  return (JSON.parse(r.stdout) as { id: string; items: number; last: number; best: number }[]).find(
    (s) => s.id === 'listening',
  )!;
}

describe('list LAST and BEST', () => {
  it('stand for whole-set runs: a --tag subset, a review and a stopped run do not count', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-drill-honest-'));
    const size = (await listening(home)).items;
    const file = join(home, 'history.jsonl');
    appendRecord(file, run('full', 7, 10, { plan: plan(size) }));
    appendRecord(file, run('tag', 3, 3, { plan: plan(3) }));
    appendRecord(file, run('review', 4, 4, { plan: plan(4), mode: 'review' }));
    appendRecord(
      file,
      run('stopped', 2, 2, { plan: plan(size), status: 'aborted', passed: false }),
    );
    expect(await listening(home)).toMatchObject({ last: 70, best: 70 });
    appendRecord(file, run('full-2', 6, 10, { plan: plan(size) }));
    expect(await listening(home)).toMatchObject({ last: 60, best: 70 });
  });
});

describe('list, stats, history and history show agree on one rule', () => {
  it("a whole-set run is the set's score; a --tag part and a review count for their items only", async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-drill-honest-'));
    const size = (await listening(home)).items;
    const file = join(home, 'history.jsonl');
    appendRecord(
      file,
      run('full-0001', 7, 10, { plan: plan(size), startedAt: '2026-11-20T09:00:00.000Z' }),
    );
    appendRecord(
      file,
      run('part-0002', 3, 3, { plan: plan(3), startedAt: '2026-11-21T09:00:00.000Z' }),
    );
    appendRecord(
      file,
      run('rev-0003', 4, 4, {
        plan: plan(4),
        mode: 'review',
        startedAt: '2026-11-22T09:00:00.000Z',
      }),
    );
    const env = { CS_DRILL_HOME: home, USER: 'tester' };
    expect(await listening(home)).toMatchObject({ last: 70, best: 70 });
    const stats = JSON.parse((await runInProcess(['stats', '--json'], { env })).stdout);
    expect(stats).toMatchObject({ sessions: 2, reviews: 1, partial: 1 });
    expect(stats.sets).toEqual([
      expect.objectContaining({ key: 'listening', sessions: 1, best: 70, latest: 70 }),
    ]);
    const text = (await runInProcess(['stats'], { env })).stdout;
    expect(text).toContain(
      'Whole-set runs only: 1 run of part of a set (--tag, --limit, --missed) counts for its items',
    );
    const table = (await runInProcess(['history'], { env })).stdout;
    expect(table).toMatch(new RegExp(`listening .* 100% .* part: 3 of ${size} .* part-000`));
    expect(table).toMatch(/listening .* 70% .* passed .* full-000/);
    const zh = (await runInProcess(['history', '--lang', 'zh'], { env })).stdout;
    expect(zh).toContain(`部分：${size} 题中的 3 题`);
    const show = (await runInProcess(['history', 'show', 'part-0002'], { env })).stdout;
    expect(show).toContain(
      `This run asked 3 of the set's ${size} items: its score is for those items, not for the set.`,
    );
    const whole = (await runInProcess(['history', 'show', 'full-0001'], { env })).stdout;
    expect(whole).not.toContain('This run asked');
  });
});

const style = await createStyle(false);

describe('the summary compares like with like', () => {
  const en = messagesFor('en');
  it('a full run with the last full run, never with a subset in between', () => {
    const full = run('a', 8, 10, { plan: plan(22) });
    const subset = run('b', 3, 3, { plan: plan(3) });
    const now = run('c', 9, 10, { plan: plan(22) });
    expect(comparableRun(now, [full, subset, now], 22)?.id).toBe('a');
    const text = renderSummary(now, comparableRun(now, [full, subset], 22), en, style, {
      setSize: 22,
    });
    expect(text).toContain('▲ up 10 percentage points since your last attempt (80%)');
    expect(text).not.toContain('of 22 items');
  });

  it('a part says so and is compared only with a run of the same items', () => {
    const full = run('a', 18, 22, { plan: plan(22) });
    const part = run('b', 6, 8, { plan: plan(8) });
    expect(isFullRun(part, 22)).toBe(false);
    expect(comparableRun(part, [full], 22)).toBeUndefined();
    const text = renderSummary(part, undefined, en, style, { setSize: 22 });
    expect(text).toContain('This run: 8 of 22 items');
    expect(text).toContain('Not compared: your earlier runs asked other items.');
    expect(text).not.toContain('since your last attempt');
    const again = run('c', 8, 8, { plan: [...plan(8)].reverse() });
    expect(comparableRun(again, [full, part], 22)?.id).toBe('b');
  });

  it('names the items not yet right and how to practise them', () => {
    const text = renderSummary(run('a', 1, 2, { plan: plan(2) }), undefined, en, style, {
      setSize: 2,
      missed: ['Which one is a feeling?'],
      setId: 'listening',
    });
    expect(text).toContain('Not yet right (1):');
    expect(text).toContain('• Which one is a feeling?');
    expect(text).toContain('cs-drill start listening --missed');
  });
});
