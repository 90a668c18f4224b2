import { describe, expect, it } from 'vitest';
import type { ItemResult } from '../../src/session/item-result.js';
import { dayKeyer } from '../../src/stats/local-day.js';
import { AttemptCollector, dueOn, gradeOf } from '../../src/stats/schedule.js';
import { makeRecord } from '../helpers/records.js';

const item = (
  id: string,
  verdict: ItemResult['verdict'],
  over: Partial<ItemResult> = {},
): ItemResult => ({
  id,
  kind: 'choice',
  skill: 'listening',
  answer: 'a',
  score: verdict === 'pass' ? 1 : 0,
  max: 1,
  verdict,
  criteria: [],
  durationMs: 1000,
  ...over,
});

function scheduleOf(sessions: [string, ItemResult[], string?][]) {
  const c = new AttemptCollector(dayKeyer('UTC'));
  for (const [n, [at, items, mode]] of sessions.entries()) {
    c.add(
      makeRecord({
        id: `r${n}`,
        startedAt: at,
        items,
        ...(mode ? { mode: mode as 'review' } : {}),
      }),
    );
  }
  return c.schedule();
}

describe('spaced-repetition schedule (FSRS from history alone)', () => {
  it('maps results to grades: fail → again, partial → hard, pass → good; scales and blanks are not scheduled', () => {
    expect(gradeOf(item('a', 'fail'))).toBe('again');
    expect(gradeOf(item('a', 'partial'))).toBe('hard');
    expect(gradeOf(item('a', 'pass'))).toBe('good');
    expect(gradeOf(item('a', 'pass', { kind: 'scale' }))).toBeNull();
    expect(gradeOf(item('a', 'fail', { answer: null }))).toBeNull();
  });

  // Worked by hand. A new FSRS card's first stability is w[0] = 0.212 days for Again,
  // w[1] = 1.29 for Hard, w[2] = 2.31 for Good. At 90 % retention the interval is the
  // stability, rounded: Again 0 → at least 1 day; Hard 1, but it must exceed Again's → 2;
  // Good 2, but it must exceed Hard's → 3 days.
  it('brings a missed item back the next day and a passed one three days later', () => {
    const items = scheduleOf([
      ['2026-11-05T09:00:00.000Z', [item('passed-on-5th', 'pass')]],
      [
        '2026-11-07T09:00:00.000Z',
        [
          item('missed-on-7th', 'fail'),
          item('passed-on-7th', 'pass'),
          item('partial-on-7th', 'partial'),
        ],
      ],
    ]);
    const due = Object.fromEntries(items.map((i) => [i.itemId, i.dueDay]));
    expect(due).toEqual({
      'passed-on-5th': '2026-11-08',
      'missed-on-7th': '2026-11-08',
      'partial-on-7th': '2026-11-09',
      'passed-on-7th': '2026-11-10',
    });
    const today = dueOn(items, '2026-11-08');
    // Both fall due at the same moment: the less stable (the missed one) comes first.
    expect(today.due.map((i) => i.itemId)).toEqual(['missed-on-7th', 'passed-on-5th']);
    expect(today.next).toEqual([
      { day: '2026-11-09', count: 1 },
      { day: '2026-11-10', count: 1 },
    ]);
  });

  it('counts only the first attempt of an item each day: cramming does not move the due date', () => {
    const once = scheduleOf([['2026-11-07T09:00:00.000Z', [item('x', 'fail')]]]);
    const crammed = scheduleOf([
      ['2026-11-07T09:00:00.000Z', [item('x', 'fail')]],
      ['2026-11-07T12:00:00.000Z', [item('x', 'pass')]],
      ['2026-11-07T21:00:00.000Z', [item('x', 'pass')]],
    ]);
    expect(crammed[0]).toMatchObject({ dueDay: once[0]!.dueDay, reviews: 1, lastGrade: 'again' });
    // The file order does not matter: the earliest attempt of the day is the one that counts.
    const merged = scheduleOf([
      ['2026-11-07T21:00:00.000Z', [item('x', 'pass')]],
      ['2026-11-07T09:00:00.000Z', [item('x', 'fail')]],
    ]);
    expect(merged[0]).toMatchObject({ dueDay: once[0]!.dueDay, lastGrade: 'again' });
  });

  it('spaces a mastered item further out each time and pulls a lapse back in', () => {
    const days = ['2026-01-01', '2026-01-04', '2026-01-20', '2026-03-01'];
    const passes = scheduleOf(days.map((d) => [`${d}T09:00:00.000Z`, [item('x', 'pass')]]))[0]!;
    const lapse = scheduleOf([
      ...days
        .slice(0, 3)
        .map((d) => [`${d}T09:00:00.000Z`, [item('x', 'pass')]] as [string, ItemResult[]]),
      ['2026-03-01T09:00:00.000Z', [item('x', 'fail')]],
    ])[0]!;
    expect(passes.dueDay > '2026-05-01').toBe(true);
    expect(lapse).toMatchObject({ lapses: 1, lastGrade: 'again' });
    // 3.1 days of stability after the lapse, against 61 before it.
    expect(lapse.dueDay).toBe('2026-03-04');
  });

  it('treats the en and zh-Hans versions of an item as one card, and keeps sets apart', () => {
    const c = new AttemptCollector(dayKeyer('UTC'));
    c.add(
      makeRecord({
        id: 'a',
        lang: 'en',
        startedAt: '2026-11-01T09:00:00.000Z',
        items: [item('x', 'pass')],
      }),
    );
    c.add(
      makeRecord({
        id: 'b',
        lang: 'zh-Hans',
        startedAt: '2026-11-04T09:00:00.000Z',
        items: [item('x', 'pass')],
      }),
    );
    c.add(
      makeRecord({
        id: 'c',
        setId: 'phone',
        startedAt: '2026-11-04T09:00:00.000Z',
        items: [item('x', 'fail')],
      }),
    );
    const s = c.schedule();
    expect(s.map((i) => [i.setId, i.itemId, i.reviews, i.lang])).toEqual([
      ['phone', 'x', 1, 'en'],
      ['listening', 'x', 2, 'zh-Hans'],
    ]);
  });
});
