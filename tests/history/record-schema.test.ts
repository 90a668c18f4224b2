import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/drills/schema.js';
import { parseRecordLine } from '../../src/history/parse-record.js';
import type { FreeTextJudge } from '../../src/judge/types.js';
import { renderFeedback } from '../../src/render/feedback.js';
import { messagesFor } from '../../src/render/messages.js';
import { createStyle } from '../../src/render/style.js';
import type { ItemResult } from '../../src/session/item-result.js';
import { scoreItem } from '../../src/session/score-item.js';
import { loadFixtureSet } from '../helpers/fixtures.js';
import { makeRecord } from '../helpers/records.js';

const { set } = loadFixtureSet();
const item = (id: string): Item => set.items.find((i) => i.id === id)!;
const noFreeText: FreeTextJudge = {
  judge() {
    throw new Error('no free-text items here');
  },
};
const score = (id: string, answer: string | string[]): ItemResult => ({
  ...scoreItem(item(id), answer, { judge: noFreeText, lang: set.lang, defaultSkill: 'listening' }),
  durationMs: 1000,
});

/** The same results as a schema 1 history line kept them: in `detail` strings. */
function asSchema1(results: ItemResult[]): string {
  const items = results.map((r) => ({
    ...r,
    criteria: r.criteria.map(({ chosen, right, place, pick, ...c }) => {
      const detail =
        r.kind === 'order'
          ? `position:${place!.at}:correct:${place!.belongs}`
          : r.kind === 'classify'
            ? `${chosen}:${right}`
            : (pick ?? chosen);
      return { ...c, detail };
    }),
  }));
  return JSON.stringify({ ...makeRecord({ items }), schema: 1 });
}

describe('record schema 2: what a criterion found is kept in fields', () => {
  const results = [
    score('pick-one', 'a'),
    score('pick-many', ['a', 'b']),
    score('steps', ['ask', 'time', 'thank', 'why']),
    score('sort', ['fact', 'feeling', 'feeling']),
  ];

  it('writes no detail strings for choice, multi, order and classify', () => {
    for (const r of results) for (const c of r.criteria) expect(c.detail).toBeUndefined();
    expect(results[2]!.criteria.find((c) => !c.met)?.place).toEqual({ at: 4, belongs: 1 });
  });

  it('reads a schema 1 line into the same fields, and shows the same feedback', async () => {
    const line = asSchema1(results);
    expect(line).toContain('"detail":"position:4:correct:1"');
    const parsed = parseRecordLine(line);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record.schema).toBe(2);
    expect(parsed.record.items.map((i) => i.criteria)).toEqual(results.map((r) => r.criteria));
    const plain = await createStyle(false);
    const msg = messagesFor('en');
    const shown = (rs: ItemResult[]) => rs.map((r) => renderFeedback(item(r.id), r, msg, plain));
    expect(shown(parsed.record.items)).toEqual(shown(results));
    expect(shown(results).join('')).toMatch(/out of place \(you put it 4th; it belongs 1st\)/);
  });

  it('refuses a record from a newer schema instead of misreading it', () => {
    expect(parseRecordLine(JSON.stringify({ ...makeRecord(), schema: 3 }))).toMatchObject({
      ok: false,
      reason: 'newer-schema',
    });
  });
});
