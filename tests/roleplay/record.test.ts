// A role-play in the history: the record keeps its turns, old records still read, a damaged
// turn is refused by name, and `history show` renders it with or without the set.
import { describe, expect, it } from 'vitest';
import { historyShow } from '../../src/commands/progress/history.js';
import { parseRecordLine } from '../../src/history/parse-record.js';
import { percent, summarise } from '../../src/session/record.js';
import { scoreItem } from '../../src/session/score-item.js';
import { realJudge } from '../answers/sheet-helpers.js';
import { historyContext } from '../commands/history-context.js';
import { makeRecord } from '../helpers/records.js';
import { roleplayItem, roleplaySet } from './helpers.js';

const loaded = roleplaySet('en');
const item = roleplayItem(loaded, 'bad-news');
const result = {
  ...scoreItem(item, item.examples[1]!.replies, {
    judge: realJudge(),
    lang: 'en',
    defaultSkill: 'roleplay',
  }),
  durationMs: 9000,
};
const record = makeRecord({
  id: 'rp-1',
  setId: 'roleplay',
  setHash: loaded.hash,
  setTitle: 'Role-plays',
  plan: [item.id],
  items: [result],
  ...summarise([result]),
  passed: false,
});

describe('a role-play in the history', () => {
  it('reads back with every turn, and an older record without turns still reads', () => {
    const back = parseRecordLine(JSON.stringify(record));
    expect(back.ok).toBe(true);
    if (back.ok)
      expect(back.record.items[0]!.roleplay?.turns.map((t) => t.turn)).toEqual([
        'hello',
        'news',
        'upset',
      ]);
    expect(parseRecordLine(JSON.stringify(makeRecord())).ok).toBe(true);
  });

  it('refuses a record whose turn was damaged, naming the field', () => {
    const damaged = JSON.parse(JSON.stringify(record));
    damaged.items[0].roleplay.turns[1].verdict = 'maybe';
    expect(parseRecordLine(JSON.stringify(damaged))).toMatchObject({
      ok: false,
      message: 'record has no valid "items[0].roleplay.turns[1].verdict"',
    });
  });

  it('keeps the scorecard in the session skills, and a walk-out fails', () => {
    expect(result.roleplay?.ending).toEqual({ id: 'cancelled', kind: 'walk-out' });
    expect(record.skills.procedure!.max).toBeGreaterThan(0);
    expect(percent(record.score, record.max)).toBeLessThanOrEqual(30);
  });

  it('is shown by history show with its debrief, and from the record alone when the set is gone', async () => {
    const t = historyContext({ history: `${JSON.stringify(record)}\n` });
    await historyShow(t.ctx, 'rp-1', {});
    expect(t.out()).toContain('── Debrief ──');
    expect(t.out()).toContain('1 good → 2 poor → 3 poor → walked out');
    expect(t.out()).toContain('because the news came with blame and no care for her');

    const gone = historyContext({
      history: `${JSON.stringify({ ...record, setId: 'retired-set' })}\n`,
    });
    await historyShow(gone.ctx, 'rp-1', {});
    expect(gone.out()).toContain("That's not my fault, the supplier messed up.");
    expect(gone.out()).toMatch(/✗ .*Tell her the truth now/);
  });
});
