import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/drills/schema.js';
import type { FreeTextJudge } from '../../src/judge/types.js';
import { scoreItem } from '../../src/session/score-item.js';
import { loadFixtureSet } from '../helpers/fixtures.js';

const { set } = loadFixtureSet();
const item = (id: string): Item => set.items.find((i) => i.id === id)!;
const noFreeText: FreeTextJudge = {
  judge() {
    throw new Error('no free-text items in these tests');
  },
};
const ctx = { judge: noFreeText, lang: set.lang, defaultSkill: 'listening' };

describe('scoreItem', () => {
  it('choice: full points for the right key, none otherwise', () => {
    expect(scoreItem(item('pick-one'), 'b', ctx)).toMatchObject({
      score: 1,
      max: 1,
      verdict: 'pass',
    });
    expect(scoreItem(item('pick-one'), 'a', ctx)).toMatchObject({ score: 0, verdict: 'fail' });
  });

  it('multi: partial credit, and each wrong pick cancels a right one', () => {
    expect(scoreItem(item('pick-many'), ['a', 'c'], ctx).score).toBe(2);
    expect(scoreItem(item('pick-many'), ['a'], ctx)).toMatchObject({
      score: 1,
      verdict: 'partial',
    });
    expect(scoreItem(item('pick-many'), ['a', 'b'], ctx).score).toBe(0);
    expect(scoreItem(item('pick-many'), ['a', 'b', 'c', 'd'], ctx).score).toBe(0);
    const r = scoreItem(item('pick-many'), ['a', 'b'], ctx);
    expect(r.criteria.map((c) => c.pick)).toEqual(['picked', 'wrong-pick', 'missed', 'left']);
  });

  it('order: credit for the longest run already in order, and names the steps out of place', () => {
    expect(scoreItem(item('steps'), ['why', 'ask', 'time', 'thank'], ctx).score).toBe(1);
    const swapped = scoreItem(item('steps'), ['ask', 'why', 'time', 'thank'], ctx);
    expect(swapped.score).toBeCloseTo(0.67, 2);
    expect(swapped.criteria.filter((c) => !c.met).map((c) => c.id)).toHaveLength(1);
    const reversed = scoreItem(item('steps'), ['thank', 'time', 'ask', 'why'], ctx);
    expect(reversed.score).toBe(0);
    const late = scoreItem(item('steps'), ['ask', 'time', 'thank', 'why'], ctx);
    expect(late.criteria.find((c) => !c.met)).toMatchObject({
      id: 'why',
      place: { at: 4, belongs: 1 },
    });
  });

  it('classify: scored per statement', () => {
    const r = scoreItem(item('sort'), ['fact', 'feeling', 'feeling'], ctx);
    expect(r.score).toBeCloseTo(0.67, 2);
    expect(r.criteria.map((c) => c.met)).toEqual([true, true, false]);
    expect(r.criteria[2]).toMatchObject({ chosen: 'feeling', right: 'fact' });
  });

  it('scale: totals the ratings into a band and is not right or wrong', () => {
    expect(scoreItem(item('rate'), [5, 4], ctx)).toMatchObject({
      score: 0,
      max: 0,
      scale: { total: 9, band: 'high' },
    });
    expect(scoreItem(item('rate'), [1, 2], ctx).scale?.band).toBe('low');
  });

  it('a missing answer scores zero', () => {
    expect(scoreItem(item('pick-many'), null, ctx)).toMatchObject({
      score: 0,
      max: 2,
      verdict: 'fail',
      answer: null,
    });
  });

  it('credits items to their skill, or the set default', () => {
    expect(scoreItem(item('steps'), ['why', 'ask', 'time', 'thank'], ctx).skill).toBe(
      'questioning',
    );
    expect(scoreItem(item('pick-one'), 'b', ctx).skill).toBe('listening');
  });
});
