import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const TUTOR =
  'I paid £60 for a maths lesson for my daughter on Monday. The tutor left after forty-five minutes, not the two hours we booked, and never set the homework he promised.';
const tutor = restatementItem(TUTOR, [
  ['price', ['£60', '60', 'sixty']],
  ['length', ['forty-five minutes', '45 minutes', 'two hours', '2 hours']],
  ['homework', ['homework']],
]);
const length = (answer: string) =>
  judge.judge(tutor, answer, 'en').criteria.find((c) => c.id === 'length');

test('the value the customer denied, said as what was displaced, is not told as come about', () => {
  for (const answer of [
    "For sixty pounds on Monday your daughter got three-quarters of an hour instead of the two hours you booked, and the homework he promised never came. That's really disappointing. Is that right?",
    "For sixty pounds on Monday your daughter got three-quarters of an hour rather than two hours, and the homework he promised never came. That's really disappointing. Is that right?",
  ]) {
    expect(length(answer)?.status).toBe('met');
    expect(judge.judge(tutor, answer, 'en').verdict).toBe('pass');
  }
});

test('the denied value told as what came is still reversed', () => {
  expect(
    length(
      'For sixty pounds on Monday your daughter got the full two hours, and the homework never came. Is that right?',
    )?.status,
  ).toBe('contradicted');
});
