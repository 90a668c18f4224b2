import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../src/history/summary.js';
import { StatsAggregator } from '../../src/stats/aggregate.js';
import type { ItemLookup } from '../../src/stats/item-key.js';
import { dayKeyer } from '../../src/stats/local-day.js';
import { streaks } from '../../src/stats/streaks.js';
import { anaRecords, anaSetSizes, NOW } from '../fixtures/history/ana.js';

const lookup: ItemLookup = (setId, itemId) => {
  if (itemId === 'relationship-potential-scale')
    return {
      prompt: 'Rate yourself',
      explanation: 'Over 80 is excellent.',
      scale: { min: 1, max: 10, statements: 10 },
    };
  if (setId === 'listening')
    return { prompt: `Prompt of ${itemId}`, explanation: `Principle of ${itemId}` };
  return undefined;
};

function statsIn(timeZone: string) {
  const dayOf = dayKeyer(timeZone);
  const agg = new StatsAggregator(dayOf, anaSetSizes);
  for (const r of anaRecords()) agg.add(summaryOf(r));
  return agg.result(dayOf(Date.parse(NOW)), lookup);
}

describe('stats aggregate (figures worked out by hand in the fixture)', () => {
  const s = statsIn('UTC');

  it('counts sessions, reviews, stopped sessions and the overall score', () => {
    expect(s).toMatchObject({
      sessions: 7,
      reviews: 1,
      aborted: 1,
      overall: 54.2,
      first: '2026-11-01T09:00:00.000Z',
      last: '2026-11-08T12:00:00.000Z',
    });
  });

  it('gives latest, best, average and trend per set and per skill', () => {
    expect(s.sets).toEqual([
      {
        key: 'listening',
        title: 'Listening for facts and feelings',
        sessions: 5,
        latest: 100,
        best: 100,
        average: 50,
        trend: [0, 50, 50, 50, 100],
      },
      {
        key: 'phrases',
        title: 'Approved and forbidden phrases',
        sessions: 2,
        latest: 100,
        best: 100,
        average: 75,
        trend: [50, 100],
      },
    ]);
    expect(s.skills.map((k) => [k.key, k.sessions, k.average])).toEqual([
      ['listening', 5, 50],
      ['phrases', 2, 75],
    ]);
  });

  it('ranks the weakest items with enough attempts and calls out chronic misses with their principle', () => {
    expect(
      s.weakest.map((i) => [
        i.itemId,
        i.attempts,
        i.passes,
        i.misses,
        Math.round(i.successRate * 100),
      ]),
    ).toEqual([
      ['interrupting', 6, 1, 5, 17],
      ['main-point', 6, 5, 1, 83],
    ]);
    expect(s.chronicMisses).toHaveLength(1);
    expect(s.chronicMisses[0]).toMatchObject({
      setId: 'listening',
      itemId: 'interrupting',
      misses: 5,
      info: { explanation: 'Principle of interrupting' },
    });
  });

  it('counts streaks in local days of the given time zone', () => {
    expect(s.streaks).toEqual({ current: 4, longest: 4, activeDays: 7, lastDay: '2026-11-08' });
    expect(statsIn('America/New_York').streaks).toEqual({
      current: 4,
      longest: 4,
      activeDays: 6,
      lastDay: '2026-11-08',
    });
  });

  it('sets the self-rating beside the measured score per skill', () => {
    expect(s.selfRatings).toEqual([
      {
        setId: 'self-check',
        itemId: 'relationship-potential-scale',
        skill: 'relationship-potential',
        total: 80,
        lowest: 10,
        highest: 100,
        selfPct: 77.8,
        at: '2026-11-05T10:00:00.000Z',
      },
    ]);
    expect(s.calibration).toEqual([
      {
        skill: 'listening',
        measured: 50,
        self: 77.8,
        gap: 27.8,
        verdict: 'over-confident',
        selfFrom: 'all-self-ratings',
      },
      {
        skill: 'phrases',
        measured: 75,
        self: 77.8,
        gap: 2.8,
        verdict: 'matches',
        selfFrom: 'all-self-ratings',
      },
    ]);
  });

  it('does not depend on the order of the file (merged histories)', () => {
    const dayOf = dayKeyer('UTC');
    const agg = new StatsAggregator(dayOf, anaSetSizes);
    for (const r of anaRecords().reverse()) agg.add(summaryOf(r));
    const reversed = agg.result(dayOf(Date.parse(NOW)), lookup);
    expect(reversed.sets).toEqual(s.sets);
    expect(reversed.streaks).toEqual(s.streaks);
  });
});

describe("a set's figures stand for whole-set runs only", () => {
  it("a --tag or --limit run counts for its items and skills, not in the set's latest, best or trend", () => {
    const s = statsIn('UTC');
    const dayOf = dayKeyer('UTC');
    const agg = new StatsAggregator(dayOf, anaSetSizes);
    for (const r of anaRecords()) agg.add(summaryOf(r));
    const [first] = anaRecords();
    // One item of the two, answered right: 100 % on its part of the set.
    const part = {
      ...first!,
      id: 'part-0011',
      startedAt: '2026-11-08T14:00:00.000Z',
      plan: ['main-point'],
      items: [{ ...first!.items[1]!, verdict: 'pass' as const, score: 1 }],
      score: 1,
      max: 1,
      passed: true,
      skills: { listening: { score: 1, max: 1 } },
    };
    agg.add(summaryOf(part));
    const withPart = agg.result(dayOf(Date.parse(NOW)), lookup);
    expect(withPart.sets).toEqual(s.sets);
    expect(withPart.partial).toBe(1);
    expect(withPart.sessions).toBe(s.sessions + 1);
    expect(withPart.skills.find((k) => k.key === 'listening')?.sessions).toBe(6);
    expect(withPart.weakest.find((i) => i.itemId === 'main-point')?.attempts).toBe(7);
  });

  it('a set the catalogue no longer holds has no set figures (its items still count)', () => {
    const dayOf = dayKeyer('UTC');
    const agg = new StatsAggregator(dayOf, () => undefined);
    for (const r of anaRecords()) agg.add(summaryOf(r));
    const none = agg.result(dayOf(Date.parse(NOW)), lookup);
    expect(none.sets).toEqual([]);
    expect(none.partial).toBe(7);
    expect(none.chronicMisses.map((i) => i.itemId)).toEqual(['interrupting']);
  });
});

describe('streaks', () => {
  it('keeps the current streak alive until the end of the day after the last session', () => {
    expect(streaks(['2026-03-01', '2026-03-02'], '2026-03-03')).toMatchObject({
      current: 2,
      longest: 2,
    });
    expect(streaks(['2026-03-01', '2026-03-02'], '2026-03-04')).toMatchObject({
      current: 0,
      longest: 2,
    });
    expect(streaks([], '2026-03-04')).toEqual({
      current: 0,
      longest: 0,
      activeDays: 0,
      lastDay: null,
    });
  });

  it('counts across month and year ends', () => {
    expect(
      streaks(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02'], '2026-01-02'),
    ).toMatchObject({ current: 4, longest: 4 });
  });
});
