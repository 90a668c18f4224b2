import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const customer =
  'When I collected the car the wing mirror was hanging off, and your staff said it must have been loose already. It was not. I am furious.';
const feeling = (answer: string) =>
  judge
    .judge(restatementItem(customer, [['mirror', ['wing mirror']]]), answer, 'en')
    .criteria.find((c) => c.id === 'feeling')?.met;

test("a feeling frame that runs on into the customer's own words is their story, not a feeling", () => {
  expect(
    feeling(
      'So the wing mirror was hanging off and our staff said it must have been loose already?',
    ),
  ).toBe(false);
  // The same frame said of the customer's experience is a feeling.
  expect(
    feeling(
      'So the wing mirror was hanging off when you collected it. That must have been infuriating.',
    ),
  ).toBe(true);
});
