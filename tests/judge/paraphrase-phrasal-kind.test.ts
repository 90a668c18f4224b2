import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { sameSense } from '../../src/judge/text/en-senses.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// Round 12y: "the teacher walked out a month in" for "the tutor left".
test('a two-word verb says the verb it is a kind of', () => {
  const customer =
    "I signed up for the Saturday morning BSL level 1 course. After four weeks the tutor left and you've replaced the class with video lessons. I paid £280.";
  expect(
    factStatus(
      judge,
      customer,
      ['tutor left', 'teacher left'],
      "So you booked Saturday mornings for BSL level one, the teacher walked out a month in, and since then it's been recorded videos.",
      'en',
    ),
  ).toBe('met');
  expect(sameSense('walked out', 'left')).toBe(true);
  // Only its kind: "walk out" is no "arrive".
  expect(sameSense('walked out', 'arrived')).toBe(false);
});
