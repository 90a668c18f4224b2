import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const skip =
  'The skip came three days late. When I rang, your office said it was my fault for not being home.';
const blamed = ['my fault', 'blamed you', 'your fault'];

test.each([
  ['our office admitted it was our mistake', 'contradicted'],
  ['we said we were to blame', 'contradicted'],
  ['the office blamed you for being out', 'met'],
])('whose fault it was, told as "%s" → %s', (said, status) => {
  expect(
    factStatus(
      judge,
      skip,
      blamed,
      `So the skip came three days late, and when you rang ${said}. Is that right?`,
      'en',
    ),
  ).toBe(status);
});

test("the customer's own blame of the company, told as theirs, is the same side", () => {
  expect(
    factStatus(
      judge,
      'Your courier left the parcel in the rain. It was your mistake, not mine.',
      ['your mistake', 'courier'],
      'So our courier left it in the rain, and you feel it was our mistake. Is that right?',
      'en',
    ),
  ).not.toBe('contradicted');
});
