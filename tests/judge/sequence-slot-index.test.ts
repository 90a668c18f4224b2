// A grammar sequence's slot of many alternatives: at each position only those opening with the
// text's character there are tried (work counted, not timed), and the match is the same one.
import { expect, test } from 'vitest';
import { findSequence, type Sequence, work } from '../../src/judge/phrases/phrase-patterns.js';

/** 156 alternatives over 26 opening letters: "a", "b" … "aq", "bq" … "aqqqqq" … */
const many = Array.from(
  { length: 156 },
  (_, i) => `${String.fromCharCode(97 + (i % 26))}${'q'.repeat(Math.floor(i / 26))}`,
);
const seq: Sequence = {
  source: 'test',
  slots: [['sorry'], ['*ed', ...many], ['done']],
  gap: 30,
  notBetween: [],
};

function matchWithSteps(text: string): { span?: [number, number]; steps: number } {
  const before = work.steps;
  let span: [number, number] | undefined;
  findSequence(text, seq, 0, text.length, (s, e) => {
    span = [s, e];
    return true;
  });
  return { ...(span ? { span } : {}), steps: work.steps - before };
}

test('a slot of many alternatives is tried by the character at each position', () => {
  const text = 'sorry it is the one marked hqq done';
  const { span, steps } = matchWithSteps(text);
  expect(span).toEqual([0, text.length]);
  // All 157 alternatives at each of the 22 positions before "marked" would be over 3,000 steps.
  expect(steps).toBeLessThan(400);
});

test('the "*ed" forms stay in their place among the alternatives', () => {
  // "marked" is a word of the "*ed" form, the slot's first alternative: it wins over "m".
  expect(matchWithSteps('sorry marked done').span).toEqual([0, 17]);
  expect(matchWithSteps('sorry mqq done').span).toEqual([0, 14]);
  expect(matchWithSteps('sorry zzz done').span).toBeUndefined();
});
