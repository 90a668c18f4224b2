import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/drills/schema.js';
import type { FreeTextJudge } from '../../src/judge/types.js';
import type { Answer } from '../../src/session/answer.js';
import {
  type AnswerSource,
  runSession,
  SessionInterrupted,
} from '../../src/session/run-session.js';
import { type ItemSelection, selectItems } from '../../src/session/select-items.js';
import { loadFixtureSet } from '../helpers/fixtures.js';

const loaded = loadFixtureSet();
const judge: FreeTextJudge = {
  judge: () => {
    throw new Error('unused');
  },
};
const right: Record<string, Answer> = {
  'pick-one': 'b',
  'pick-many': ['a', 'c'],
  steps: ['why', 'ask', 'time', 'thank'],
  sort: ['fact', 'feeling', 'fact'],
  rate: [3, 3],
};

function scripted(answers: Record<string, Answer>, stopAt?: string): AnswerSource {
  return {
    async answer(item: Item) {
      if (item.id === stopAt) throw new SessionInterrupted();
      return answers[item.id] ?? null;
    },
  };
}

function clock(): () => Date {
  let t = Date.parse('2026-11-24T10:00:00Z');
  return () => {
    t += 1000;
    return new Date(t);
  };
}

const base = { loaded, judge, mode: 'batch' as const, user: 'ana', id: 's1' };

describe('runSession', () => {
  it('scores every item and sums per skill', async () => {
    const record = await runSession({
      ...base,
      items: loaded.set.items,
      source: scripted(right),
      now: clock(),
    });
    expect(record).toMatchObject({
      status: 'completed',
      score: 5,
      max: 5,
      passed: true,
      setId: 'sample',
      user: 'ana',
      schema: 2,
    });
    expect(record.skills).toEqual({
      listening: { score: 4, max: 4 },
      questioning: { score: 1, max: 1 },
    });
    expect(record.items.map((i) => i.durationMs)).toEqual([1000, 1000, 1000, 1000, 1000]);
    expect(record.plan).toEqual(['pick-one', 'pick-many', 'steps', 'sort', 'rate']);
  });

  it('fails the pass mark with wrong answers', async () => {
    const record = await runSession({
      ...base,
      items: loaded.set.items,
      source: scripted({ ...right, 'pick-many': ['b'], steps: ['thank', 'time', 'ask', 'why'] }),
      now: clock(),
    });
    expect(record.score).toBe(2);
    expect(record.passed).toBe(false);
  });

  it('keeps the answered items when interrupted, and a resumed run completes them', async () => {
    const aborted = await runSession({
      ...base,
      items: loaded.set.items,
      source: scripted(right, 'steps'),
      now: clock(),
    });
    expect(aborted.status).toBe('aborted');
    expect(aborted.items.map((i) => i.id)).toEqual(['pick-one', 'pick-many']);
    expect(aborted.passed).toBe(false);
    const resumed = await runSession({
      ...base,
      id: 's2',
      items: loaded.set.items,
      source: scripted(right),
      now: clock(),
      previous: { id: aborted.id, items: aborted.items, startedAt: aborted.startedAt },
    });
    expect(resumed).toMatchObject({
      status: 'completed',
      score: 5,
      resumes: 's1',
      startedAt: aborted.startedAt,
    });
    expect(resumed.items.map((i) => i.id)).toEqual([
      'pick-one',
      'pick-many',
      'steps',
      'sort',
      'rate',
    ]);
  });
});

describe('selectItems', () => {
  it('filters by tag, shuffles reproducibly with a seed, and limits', () => {
    const ids = (s: ItemSelection) => (s.ok ? s.items.map((i) => i.id) : []);
    const a = ids(selectItems(loaded.set, { shuffle: true }, 7));
    const b = ids(selectItems(loaded.set, { shuffle: true }, 7));
    expect(a).toEqual(b);
    expect([...a].sort()).toEqual(loaded.set.items.map((i) => i.id).sort());
    expect(ids(selectItems(loaded.set, { limit: 2 }, 7))).toEqual(['pick-one', 'pick-many']);
  });

  it('explains an unknown tag as a problem, not a throw', () => {
    expect(selectItems(loaded.set, { tag: 'nope' }, 7)).toMatchObject({
      ok: false,
      problem: { code: 'unknown-tag', message: 'no item in "sample" has the tag "nope"' },
    });
  });
});
