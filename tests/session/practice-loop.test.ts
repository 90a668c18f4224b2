// The quiz loop's pure parts: which order steps are named, which mark a score gets, which
// scale point a number key picks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { typedValue } from '../../src/answers/interactive-prompts.js';
import { parseDrillSet } from '../../src/drills/parse-set.js';
import type { FreeTextJudge } from '../../src/judge/types.js';
import { renderFeedback } from '../../src/render/feedback.js';
import { markOf } from '../../src/render/feedback-lines.js';
import { messagesFor } from '../../src/render/messages.js';
import { createStyle } from '../../src/render/style.js';
import { longestOrderedRun } from '../../src/session/longest-run.js';
import { scoreItem } from '../../src/session/score-item.js';
import { loadFixtureSet } from '../helpers/fixtures.js';
import { ROOT } from '../helpers/paths.js';

const noFreeText: FreeTextJudge = {
  judge() {
    throw new Error('no free-text items here');
  },
};

describe('order feedback', () => {
  it('a swap names the two steps swapped, not a step already where it belongs', () => {
    // announce, facts, act, add, check against announce, facts, check, add, act
    expect(longestOrderedRun([0, 1, 4, 3, 2])).toEqual([0, 1, 3]);
    expect(longestOrderedRun([1, 0])).toHaveLength(1);
    expect(longestOrderedRun([0, 1, 2])).toEqual([0, 1, 2]);
    expect(longestOrderedRun([])).toEqual([]);
  });

  it('on a bundled item: each misplaced step with where it belongs; none said to belong where it is', async () => {
    const { set } = loadFixtureSet();
    const steps = set.items.find((i) => i.kind === 'order')!;
    if (steps.kind !== 'order') throw new Error('no order item');
    const keys = steps.steps.map((s) => s.key);
    // The last two swapped.
    const given = [...keys.slice(0, -2), keys.at(-1)!, keys.at(-2)!];
    const result = {
      ...scoreItem(steps, given, { judge: noFreeText, lang: 'en', defaultSkill: 'x' }),
      durationMs: 0,
    };
    const text = renderFeedback(steps, result, messagesFor('en'), await createStyle(false), 200);
    const named = text.split('\n').filter((l) => l.includes('out of place'));
    expect(named).toHaveLength(1);
    expect(named[0]).toContain(`you put it ${keys.length}th; it belongs ${keys.length - 1}`);
    expect(text).not.toMatch(/put it (\d+)\w\w; it belongs \1\w\w/);
  });
});

describe('marks agree with the score', () => {
  it('✔ only at full marks, ◐ for some, ✘ for none', async () => {
    expect([markOf(1, 1), markOf(0.83, 1), markOf(0, 1), markOf(0.8, 1)]).toEqual([
      'full',
      'part',
      'none',
      'part',
    ]);
    const { set } = loadFixtureSet();
    const sort = set.items.find((i) => i.kind === 'classify')!;
    if (sort.kind !== 'classify') throw new Error('no classify item');
    // All but one statement right: a pass by the 80% rule, yet not full marks.
    const answers = sort.statements.map((s) => s.category);
    answers[0] = sort.categories.find((c) => c.key !== answers[0])!.key;
    const result = {
      ...scoreItem(sort, answers, { judge: noFreeText, lang: 'en', defaultSkill: 'x' }),
      durationMs: 0,
    };
    const text = renderFeedback(sort, result, messagesFor('en'), await createStyle(false));
    expect(text).toContain('◐ Partly right');
    expect(text).not.toContain('✔');
  });
});

describe('scale number keys', () => {
  const desc = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
  it('each number typed picks the point with that number, in a list running 10 to 1', () => {
    for (const v of desc) {
      const digits = String(v);
      let state = { typed: '', index: -1 };
      for (const d of digits) state = typedValue(state.typed, d, desc);
      expect(desc[state.index]).toBe(v);
    }
  });
  it('a digit that continues no value starts a new number; one outside the scale picks nothing', () => {
    expect(typedValue('7', '3', desc)).toEqual({ typed: '3', index: desc.indexOf(3) });
    expect(typedValue('', '0', [5, 4, 3, 2, 1])).toEqual({ typed: '', index: -1 });
    expect(typedValue('', '1', [0, 1, 2])).toEqual({ typed: '1', index: 1 });
  });
});

describe('bundled order items', () => {
  it('restatement-steps: "check" put last is named, "add" left in place is not', async () => {
    const parsed = parseDrillSet(readFileSync(`${ROOT}drills/paraphrasing/en.yaml`, 'utf8'), 'en');
    if (!parsed.ok) throw new Error('the bundled set does not load');
    const loaded = parsed.loaded;
    const item = loaded.set.items.find((i) => i.id === 'restatement-steps')!;
    const result = {
      ...scoreItem(item, ['announce', 'facts', 'act', 'add', 'check'], {
        judge: noFreeText,
        lang: 'en',
        defaultSkill: 'x',
      }),
      durationMs: 0,
    };
    const text = renderFeedback(item, result, messagesFor('en'), await createStyle(false), 300);
    expect(text).toContain(
      '“Ask whether you understood correctly” is out of place (you put it 5th; it belongs 3rd)',
    );
    expect(text).not.toContain('“Ask whether there is anything to add” is out of place');
  });
});
