import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appendRegrade,
  applyRegrades,
  type Regrade,
  readRegrades,
  regradesFileFor,
} from '../../src/history/regrades.js';
import { appendRecord, readHistory } from '../../src/history/store.js';
import { makeRecord } from '../helpers/records.js';

const twoItems = makeRecord({
  id: 's1',
  plan: ['a', 'b'],
  items: [
    {
      id: 'a',
      kind: 'choice',
      skill: 'listening',
      answer: 'b',
      score: 1,
      max: 1,
      verdict: 'pass',
      criteria: [],
      durationMs: 1,
    },
    {
      id: 'b',
      kind: 'ask',
      skill: 'questioning',
      answer: 'Why?',
      score: 0.5,
      max: 2,
      verdict: 'fail',
      criteria: [],
      needsReview: true,
      durationMs: 1,
    },
  ],
  score: 1.5,
  max: 3,
  passMark: 70,
  passed: false,
  skills: { listening: { score: 1, max: 1 }, questioning: { score: 0.5, max: 2 } },
});

const regrade = (over: Partial<Regrade> = {}): Regrade => ({
  schema: 1,
  sessionId: 's1',
  itemId: 'b',
  score: 2,
  note: 'fine question',
  at: '2026-11-25T09:00:00.000Z',
  by: 'trainer',
  ...over,
});

describe('regrades', () => {
  it("applies the trainer's score, keeps the automatic one and recomputes totals, skills and pass", () => {
    const index = new Map([['s1', new Map([['b', regrade()]])]]);
    const r = applyRegrades(twoItems, index);
    expect(r.items[1]).toMatchObject({
      score: 2,
      verdict: 'pass',
      regrade: { autoScore: 0.5, score: 2, note: 'fine question', by: 'trainer' },
    });
    expect(r).toMatchObject({
      score: 3,
      max: 3,
      passed: true,
      skills: { questioning: { score: 2, max: 2 } },
    });
    expect(twoItems.items[1]?.score).toBe(0.5);
    expect(applyRegrades(makeRecord({ id: 'other' }), index).id).toBe('other');
  });

  it('is applied by readHistory from regrades.jsonl beside the history; the latest line wins', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-drill-regrade-'));
    const history = join(dir, 'history.jsonl');
    appendRecord(history, twoItems);
    appendRecord(history, makeRecord({ id: 's2' }));
    const file = regradesFileFor(history);
    appendRegrade(file, regrade({ score: 1 }));
    appendFileSync(file, '{"torn":');
    appendRegrade(file, regrade({ score: 1.5, note: 'second look' }));
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(4);
    const { records, problems } = await readHistory(history);
    expect(records.map((r) => r.score)).toEqual([2.5, 1]);
    expect(records[0]?.items[1]?.regrade).toMatchObject({
      autoScore: 0.5,
      score: 1.5,
      note: 'second look',
    });
    expect(problems).toMatchObject([{ code: 'regrades-damaged', line: 2 }]);
    const alone: never[] = [];
    expect(readRegrades(join(dir, 'none.jsonl'), alone).size).toBe(0);
    expect(alone).toEqual([]);
  });
});
