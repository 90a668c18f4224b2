import { appendFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { history, historyShow } from '../../src/commands/progress/history.js';
import { historyMerge } from '../../src/commands/progress/history-merge.js';
import { CliError } from '../../src/errors.js';
import { acquireLock } from '../../src/history/lock.js';
import { appendRegrade, type Regrade, regradesFileFor } from '../../src/history/regrades.js';
import { readHistory } from '../../src/history/store.js';
import { anaHistoryText, anaRecords } from '../fixtures/history/ana.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { makeRecord } from '../helpers/records.js';
import { historyContext } from './history-context.js';

describe('cs-drill history', () => {
  it('lists the sessions newest first, reports the torn line in the middle, and keeps to the user', async () => {
    const t = historyContext();
    expect(await history(t.ctx, {})).toBe(0);
    const lines = t.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^DATE\s+SET\s+LANG\s+MODE\s+SCORE\s+TIME\s+STATUS\s+ID$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/).at(-1))).toEqual([
      'r1-0010',
      'a1-0009',
      'p2-0008',
      'p1-0007',
      's5-0006',
      'c1-0005',
      's4-0004',
      's3-0003',
      's2-0002',
      's1-0001',
    ]);
    expect(lines[1]).toMatch(
      /^2026-11-08 12:00\s+listening\s+en\s+review\s+100%\s+1:35\s+passed\s+r1-0010$/,
    );
    expect(lines[2]).toMatch(/a1-0009/);
    expect(lines[2]).toMatch(/stopped/);
    expect(t.err()).toMatch(/history\.jsonl:6: not valid JSON/);
  });

  it('filters by set, --since and --limit, and prints stable JSON', async () => {
    const t = historyContext();
    await history(t.ctx, { set: 'listening', since: '2026-11-05', limit: 2, json: true });
    const rows = JSON.parse(t.out()) as {
      id: string;
      percent: number | null;
      duration_s: number;
    }[];
    expect(rows.map((r) => r.id)).toEqual(['r1-0010', 'a1-0009']);
    expect(rows[0]).toMatchObject({
      set: 'listening',
      mode: 'review',
      status: 'completed',
      percent: 100,
      duration_s: 95,
      passed: true,
    });
    const more = historyContext();
    await history(more.ctx, { since: '3d' });
    // 3d: today (11-08) and the two days before, from the start of 11-06.
    expect(more.out()).toContain('s5-0006');
    expect(more.out()).not.toContain('s4-0004');
  });

  it('uses local days of TZ for --since', async () => {
    const t = historyContext({ env: { TZ: 'Asia/Shanghai' } });
    // s3 started 11-03 02:00Z = 10:00 in Shanghai; 11-03 starts at 11-02 16:00Z there.
    await history(t.ctx, { since: '2026-11-03', json: true, limit: 100 });
    const ids = (JSON.parse(t.out()) as { id: string }[]).map((r) => r.id);
    expect(ids).toContain('s3-0003');
    expect(ids).not.toContain('s2-0002');
  });

  it('refuses a bad --since with a fix-it message (exit 2)', async () => {
    const t = historyContext();
    await expect(history(t.ctx, { since: '2026-02-30' })).rejects.toMatchObject({
      exitCode: 2,
      problems: [{ code: 'invalid-since' }],
    });
    await expect(history(t.ctx, { since: 'yesterday' })).rejects.toBeInstanceOf(CliError);
  });

  it('says how to start when there is no history yet', async () => {
    const t = historyContext({ history: '' });
    expect(await history(t.ctx, {})).toBe(0);
    expect(t.out()).toBe('');
    expect(t.err()).toMatch(/no sessions for ana yet — start one with `cs-drill start <set>`/);
  });
});

describe('cs-drill history show', () => {
  it('a stopped session shows the points of the items it reached, never a score for the set', async () => {
    const t = historyContext();
    expect(await historyShow(t.ctx, 'a1', {})).toBe(0);
    expect(t.out()).toContain('Stopped after 1 of 2 items: 0/1 points on the items answered');
    expect(t.out()).not.toMatch(/Score: \d+%/);
    const table = historyContext();
    await history(table.ctx, {});
    expect(table.out()).toMatch(/interactive\s+–\s+\S+\s+stopped\s+a1-0009/);
  });

  it('shows a session item by item from a unique id prefix, with the set as it is now', async () => {
    const t = historyContext();
    expect(await historyShow(t.ctx, 's2', {})).toBe(0);
    const out = t.out();
    expect(out).toMatch(
      /^Session: Listening for facts and feelings\nlistening · en · interactive · 2026-11-02 09:00 · 1:35 · s2-0002\nScore: 50% \(1\/2\) — not passed/,
    );
    // The fixture's hash is not the bundled set's: the note says items are shown as they are now.
    expect(out).toContain('The set has changed since this session');
    expect(out).toContain('Your answer: b)');
    expect(out).toMatch(/Not quite {2}0\/1 point/);
    expect(out).toMatch(/Why: /);
  });

  it('shows what the record holds when the set is gone', async () => {
    const gone = makeRecord({
      id: 'gone-1',
      user: 'ana',
      setId: 'retired-set',
      setTitle: 'Retired',
      items: [
        {
          id: 'q1',
          kind: 'ask',
          skill: 'questioning',
          answer: 'Why?',
          score: 0.5,
          max: 1,
          verdict: 'partial',
          criteria: [{ id: 'open', met: true, weight: 1, label: 'asks an open question' }],
          durationMs: 2000,
        },
      ],
    });
    const t = historyContext({ history: `${JSON.stringify(gone)}\n` });
    await historyShow(t.ctx, 'gone', {});
    expect(t.out()).toContain('The set "retired-set" is not available any more');
    expect(t.out()).toContain('Your answer: Why?');
    expect(t.out()).toContain('Verdict: partly right — 0.5/1 point');
    expect(t.out()).toContain('✓ asks an open question');
  });

  it('refuses unknown and ambiguous ids with what to do', async () => {
    const t = historyContext();
    await expect(historyShow(t.ctx, 'zzz', {})).rejects.toMatchObject({
      exitCode: 2,
      problems: [{ code: 'unknown-session' }],
    });
    const twin = [
      makeRecord({ id: 'abc-1', user: 'ana' }),
      makeRecord({ id: 'abc-2', user: 'ana' }),
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const u = historyContext({ history: `${twin}\n` });
    await expect(historyShow(u.ctx, 'abc', {})).rejects.toMatchObject({
      problems: [{ code: 'ambiguous-session', message: expect.stringContaining('abc-1') }],
    });
    expect(await historyShow(u.ctx, 'abc-2', { json: true })).toBe(0);
    expect(JSON.parse(u.out()).id).toBe('abc-2');
  });
});

describe('cs-drill history merge', () => {
  it('adds new sessions in time order, skips duplicates and counts damaged lines', async () => {
    const t = historyContext();
    const before = readFileSync(t.file, 'utf8');
    const other = join(t.home, 'laptop.jsonl');
    const laptop = [
      anaRecords()[1]!, // already present
      makeRecord({
        id: 'new-early',
        user: 'ana',
        startedAt: '2026-11-04T08:00:00.000Z',
        endedAt: '2026-11-04T08:01:00.000Z',
      }),
      makeRecord({
        id: 'new-late',
        user: 'bo',
        startedAt: '2026-11-09T08:00:00.000Z',
        endedAt: '2026-11-09T08:01:00.000Z',
      }),
    ].map((r) => JSON.stringify(r));
    writeFileSync(
      other,
      `${laptop[0]}\nnot json at all\n${laptop[1]}\n${laptop[2]}\n${laptop[1]}\n`,
    );
    expect(await historyMerge(t.ctx, [other], {})).toBe(0);
    expect(t.out()).toMatch(/: 2 added, 2 already present, 1 damaged line skipped/);
    expect(t.err()).toMatch(/laptop\.jsonl:2: not valid JSON/);
    const after = readFileSync(t.file, 'utf8');
    const ids = after
      .trim()
      .split('\n')
      .map((l) => (/"id":"([^"]+)"/.exec(l) ?? [])[1]);
    // Woven in by start time; the torn line of the target is kept where it was.
    expect(ids.slice(ids.indexOf('s3-0003'), ids.indexOf('s4-0004') + 1)).toEqual([
      's3-0003',
      'new-early',
      's4-0004',
    ]);
    expect(ids.at(-1)).toBe('new-late');
    expect(after).toContain('"id":"torn-line","user":"ana","setId":"lis\n');
    expect(after.length).toBeGreaterThan(before.length);
    expect(statSync(t.file).mode & 0o777).toBe(0o600);
    // Merging the same file again adds nothing and does not rewrite.
    const t2 = { ...t };
    expect(await historyMerge(t2.ctx, [other], { json: true })).toBe(0);
    expect(readFileSync(t.file, 'utf8')).toBe(after);
  });

  it('merges into --into, creating it, and refuses a missing source (exit 2)', async () => {
    const t = historyContext();
    const into = join(t.home, 'team', 'all.jsonl');
    await historyMerge(t.ctx, [t.file], { into, json: true });
    expect(JSON.parse(t.out())).toMatchObject({ added: 11, skipped: 0, damaged: 1 });
    await expect(historyMerge(t.ctx, [join(t.home, 'nope.jsonl')], {})).rejects.toMatchObject({
      exitCode: 2,
      problems: [{ code: 'file-not-found' }],
    });
  });

  it('`history shwo` is an unknown subcommand with a suggestion, not "too many arguments"', async () => {
    const { runInProcess } = await import('../helpers/cli.js');
    const r = await runInProcess(['history', 'shwo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'cs-drill: "history" has no subcommand "shwo" (did you mean `cs-drill history show`?)\n',
    );
    const zh = await runInProcess(['history', 'shwo', '--lang', 'zh']);
    expect(zh.stderr).toContain(
      'history 没有子命令“shwo”（你是不是想用 `cs-drill history show`？）',
    );
  });

  it('refuses a file that is not a history (an answer sheet) with exit 2, merging nothing', async () => {
    const t = historyContext();
    const before = readFileSync(t.file, 'utf8');
    await expect(
      historyMerge(t.ctx, [join(ROOT, 'tests/fixtures/sheets/class/ana.yaml')], {}),
    ).rejects.toMatchObject({ exitCode: 2, problems: [{ code: 'not-a-history' }] });
    expect(readFileSync(t.file, 'utf8')).toBe(before);
  });

  it('gives up on a live lock with a clear message, and takes over a stale one', async () => {
    const live = historyContext();
    const release = await acquireLock(live.file);
    await expect(acquireLock(live.file, { waitMs: 200 })).rejects.toMatchObject({
      problems: [
        { code: 'history-locked', message: expect.stringContaining(`pid ${process.pid}`) },
      ],
    });
    release();
    (await acquireLock(live.file, { waitMs: 200 }))();

    const t = historyContext();
    const other = join(t.home, 'x.jsonl');
    writeFileSync(other, `${JSON.stringify(makeRecord({ id: 'x-1', user: 'ana' }))}\n`);
    // A lock left by a process that is gone.
    writeFileSync(`${t.file}.lock`, '999999999\nsomewhere-else\n2020-01-01T00:00:00Z\n');
    const { utimesSync } = await import('node:fs');
    utimesSync(`${t.file}.lock`, new Date('2020-01-01'), new Date('2020-01-01'));
    expect(await historyMerge(t.ctx, [other], {})).toBe(0);
    expect(readFileSync(t.file, 'utf8')).toContain('"id":"x-1"');
  });

  it('keeps sessions appended while it merges', async () => {
    const t = historyContext();
    const big = join(t.home, 'big.jsonl');
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++)
      lines.push(
        JSON.stringify(
          makeRecord({
            id: `big-${i}`,
            user: 'ana',
            startedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
          }),
        ),
      );
    writeFileSync(big, `${lines.join('\n')}\n`);
    const merging = historyMerge(t.ctx, [big], {});
    // An append from a concurrent `cs-drill start` (one write, no lock).
    await new Promise((r) => setTimeout(r, 5));
    appendFileSync(t.file, `${JSON.stringify(makeRecord({ id: 'during-merge', user: 'ana' }))}\n`);
    await merging;
    const text = readFileSync(t.file, 'utf8');
    expect(text).toContain('"id":"during-merge"');
    expect(text).toContain('"id":"big-2999"');
  });
});

describe('history commands through the built binary', () => {
  it('exit 2 and no stack trace for bad input; help has examples', async () => {
    const bad = await runCli(['history', '--limit', '0']);
    expect(bad.code).toBe(2);
    const show = await runCli(['history', 'show', 'nope']);
    expect(show.code).toBe(2);
    expect(show.stderr).toMatch(
      /no session has an id starting with "nope" \(`cs-drill history` lists/,
    );
    expect(show.stderr).not.toMatch(/\n\s+at /);
    const help = await runCli(['history', 'merge', '--help']);
    expect(help.stdout).toContain('cs-drill history merge laptop-history.jsonl');
  });

  it('lists a real history file', async () => {
    const home = historyContext().home;
    const r = await runCli(['history', '--json', '--limit', '3'], {
      env: { CS_DRILL_HOME: home, USER: 'ana' },
    });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id)).toEqual([
      'r1-0010',
      'a1-0009',
      'p2-0008',
    ]);
    expect(anaHistoryText()).toContain('torn-line');
  });
});

describe('history merge into a place it cannot write', () => {
  it('says so with exit 2 instead of a stack trace', async () => {
    const t = historyContext();
    // A "directory" that is a file: fails the same for root and for everyone else.
    await expect(
      historyMerge(t.ctx, [t.file], { into: join(t.file, 'h.jsonl') }),
    ).rejects.toMatchObject({ exitCode: 2, problems: [{ code: 'cannot-write' }] });
  });
});

describe('cs-drill history merge with trainers’ regrades', () => {
  it("brings each source's regrades along, the latest verdict per item winning", async () => {
    const t = historyContext();
    const dir = mkdtempSync(join(tmpdir(), 'cs-drill-laptop-'));
    const other = join(dir, 'history.jsonl');
    const record = makeRecord({ id: 'laptop-1', user: 'ana' });
    writeFileSync(other, `${JSON.stringify(record)}\n`);
    const regrade = (score: number, at: string): Regrade => ({
      schema: 1,
      sessionId: 'laptop-1',
      itemId: 'a',
      score,
      note: '',
      at,
      by: 'trainer',
    });
    appendRegrade(regradesFileFor(other), regrade(0.5, '2026-11-05T10:00:00.000Z'));
    appendRegrade(regradesFileFor(t.file), regrade(0, '2026-11-06T10:00:00.000Z'));
    expect(await historyMerge(t.ctx, [other], { json: true })).toBe(0);
    expect(JSON.parse(t.out())).toMatchObject({ added: 1, regrades: 0 });
    appendRegrade(regradesFileFor(other), regrade(1, '2026-11-07T10:00:00.000Z'));
    await historyMerge(t.ctx, [other], {});
    const merged = (await readHistory(t.file)).records.find((r) => r.id === 'laptop-1');
    expect(merged?.items[0]).toMatchObject({ score: 1, regrade: { autoScore: 1, score: 1 } });
    expect(readFileSync(regradesFileFor(t.file), 'utf8').trim().split('\n')).toHaveLength(2);
  });
});
