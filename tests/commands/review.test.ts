import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { review } from '../../src/commands/progress/review.js';
import type { ItemResult } from '../../src/session/item-result.js';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { makeRecord } from '../helpers/records.js';
import { hasTmux, TmuxTerminal } from '../helpers/tmux.js';
import { historyContext } from './history-context.js';

describe('cs-drill review --due', () => {
  it('on the fixture: nothing due on 11-08; interrupting (missed that morning) comes back first, on 11-09', async () => {
    const t = historyContext();
    expect(await review(t.ctx, { due: true })).toBe(0);
    expect(t.out()).toMatch(
      /^Nothing is due for review today\. Next: 1 on 2026-11-09, 1 on 2026-11-12, 1 on 2026-11-\d\d\.\n$/,
    );
  });

  it('--json lists the due items, most overdue first, with their FSRS state', async () => {
    const t = historyContext({ now: '2026-11-13T09:00:00.000Z' });
    await review(t.ctx, { json: true });
    const r = JSON.parse(t.out());
    expect(r).toMatchObject({ user: 'ana', today: '2026-11-13', due: 2, scheduled: 3 });
    expect(r.items.map((i: { itemId: string; dueDay: string }) => [i.itemId, i.dueDay])).toEqual([
      ['interrupting', '2026-11-09'],
      // Hard on 11-06 (due in 2 days), then Good on 11-07, a day early: 4.55 days of stability → 5 days.
      ['taboo-or-fine', '2026-11-12'],
    ]);
  });

  it('refuses to ask without a terminal and says what to do instead (exit 2)', async () => {
    const t = historyContext({ now: '2026-11-13T09:00:00.000Z' });
    await expect(review(t.ctx, {})).rejects.toMatchObject({
      exitCode: 2,
      problems: [{ code: 'no-terminal', hint: expect.stringContaining('review --due') }],
    });
  });

  it('with no history, says how to get started', async () => {
    const r = await runCli(['review', '--due']);
    expect(r).toMatchObject({
      code: 0,
      stdout: 'No items are scheduled yet: answer some drills with `cs-drill start <set>` first.\n',
    });
  });
});

const terminal = hasTmux();

describe.skipIf(!terminal)('cs-drill review in a real terminal', () => {
  let term: TmuxTerminal | undefined;
  afterEach(() => term?.close());

  it('asks the due items across sets and records one review session per set', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-drill-review-'));
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    const missed = (id: string, skill: string): ItemResult => ({
      id,
      kind: 'choice',
      skill,
      answer: 'b',
      score: 0,
      max: 1,
      verdict: 'fail',
      criteria: [],
      durationMs: 3000,
    });
    const lines = [
      makeRecord({
        id: 'l-1',
        user: 'rev',
        setId: 'listening',
        startedAt: yesterday,
        endedAt: yesterday,
        items: [missed('interrupting', 'listening')],
      }),
      makeRecord({
        id: 'p-1',
        user: 'rev',
        setId: 'phone',
        setTitle: 'Phone',
        startedAt: yesterday,
        endedAt: yesterday,
        items: [missed('answer-rings', 'phone')],
      }),
    ];
    writeFileSync(
      join(home, 'history.jsonl'),
      `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`,
      { mode: 0o600 },
    );
    const env = { CS_DRILL_HOME: home, LANG: 'en_US.UTF-8', TERM: 'xterm-256color', NO_COLOR: '1' };
    term = new TmuxTerminal(`node ${BIN} review --user rev`, { cwd: ROOT, env, height: 60 });
    await term.waitFor('Review: 2 items from 2 sets.');
    // Options come shuffled: picked by their words.
    await term.pick('interrupting on purpose is never allowed');
    await term.waitFor('✔ Correct');
    await term.waitFor('Within three rings');
    await term.pick('Within six rings');
    const screen = await term.waitFor('[exit 0]', 15_000);
    expect(screen).toContain('Review done: 2 items answered.');
    const records = readFileSync(join(home, 'history.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(
      records
        .slice(2)
        .map((r) => [r.setId, r.mode, r.status, r.items.map((i: ItemResult) => [i.id, i.verdict])]),
    ).toEqual([
      ['listening', 'review', 'completed', [['interrupting', 'pass']]],
      ['phone', 'review', 'completed', [['answer-rings', 'fail']]],
    ]);
    // The pass pushed interrupting out; the miss brings answer-rings back tomorrow. Nothing is due today any more.
    const due = await runCli(['review', '--due', '--user', 'rev'], {
      env: { CS_DRILL_HOME: home },
    });
    expect(due.stdout).toMatch(/^Nothing is due for review today\. Next: 1 on \d{4}-\d\d-\d\d/);
  });
});
