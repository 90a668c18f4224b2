import { describe, expect, it } from 'vitest';
import { stats } from '../../src/commands/progress/stats.js';
import { runCli } from '../helpers/cli.js';
import { historyContext } from './history-context.js';

describe('cs-drill stats', () => {
  it('prints per-skill and per-set figures with sparklines, weakest items, chronic misses, streaks and self-rating', async () => {
    const t = historyContext();
    expect(await stats(t.ctx, {})).toBe(0);
    const out = t.out();
    expect(out).toContain('Progress of ana');
    expect(out).toContain('7 completed sessions, 1 review, 1 stopped · overall 54.2%');
    expect(out).toContain('Streak: 4 days in a row now · longest 4 · 7 days practised');
    // Not a terminal: the sparkline is followed by its numbers, and there are no colour codes.
    expect(out).toMatch(/listening\s+5\s+100%\s+100%\s+50%\s+▁▅▅▅█ 0 50 50 50 100/);
    expect(out).toMatch(/phrases\s+2\s+100%\s+100%\s+75%\s+▅█ 50 100/);
    expect(out).toMatch(/listening\s+.+\s+17%\s+6\s+cs-drill start listening/);
    expect(out).toContain(
      'Whole-set runs only: 7 runs of part of a set (--tag, --limit, --missed) count for their items',
    );
    expect(out).toContain('Chronic misses (missed 4 times or more)');
    expect(out).toMatch(/• listening \/ interrupting — missed 5 of 6 times\n {2}\S/);
    expect(out).toContain('relationship-potential-scale: 80 on a 10–100 scale = 77.8%');
    expect(out).toMatch(/listening\s+50%\s+77.8%\s+\+27.8\s+over-confident/);
    expect(out).toMatch(/phrases\s+75%\s+77.8%\s+\+2.8\s+matches/);
    expect(out).not.toMatch(/\u001b\[/);
    expect(t.err()).toMatch(/:6: not valid JSON/);
  });

  it('filters by set and date, and prints JSON', async () => {
    const t = historyContext();
    await stats(t.ctx, { set: 'listening', since: '2026-11-05', json: true });
    const s = JSON.parse(t.out());
    expect(s).toMatchObject({
      user: 'ana',
      timeZone: 'UTC',
      sessions: 2,
      reviews: 1,
      aborted: 1,
      partial: 2,
    });
    // The fixture's runs ask 2 of the bundled set's items: parts, never the set's score.
    expect(s.sets).toEqual([]);
    expect(s.skills[0]).toMatchObject({ key: 'listening', sessions: 2, trend: [50, 100] });
    expect(s.chronicMisses).toEqual([]);
  });

  it('another user has their own figures; an empty history says so', async () => {
    const t = historyContext();
    await stats(t.ctx, { user: 'bo', json: true });
    expect(JSON.parse(t.out())).toMatchObject({ user: 'bo', sessions: 1, overall: 100 });
    const e = historyContext({ history: '' });
    expect(await stats(e.ctx, {})).toBe(0);
    expect(e.err()).toContain('no completed sessions for ana to count yet');
  });

  it('colours the sparklines only when colour is on', async () => {
    const t = historyContext();
    t.ctx.color = true;
    await stats(t.ctx, {});
    expect(t.out()).toMatch(/\u001b\[32m▁▅▅▅█/);
  });

  it('refuses a newer history line with a clear message and goes on', async () => {
    const t = historyContext();
    const { appendFileSync } = await import('node:fs');
    appendFileSync(t.file, '{"schema":99,"id":"future"}\n');
    await stats(t.ctx, { json: true });
    expect(t.err()).toMatch(
      /:13: written by a newer cs-drill \(record schema 99; this version reads up to 2\) \(update cs-drill to read it\)/,
    );
    expect(JSON.parse(t.out()).sessions).toBe(7);
  });

  it('works through the built binary', async () => {
    const home = historyContext().home;
    const r = await runCli(['stats', '--json'], {
      env: { CS_DRILL_HOME: home, USER: 'ana', TZ: 'UTC' },
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).skills[0].average).toBe(50);
    const bad = await runCli(['stats', '--since', 'last week'], { env: { CS_DRILL_HOME: home } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--since: "last week" is not a date/);
  });
});
