import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'en');

test("a rubric's two words are met joined by a hyphen, and its hyphenated words apart", () => {
  expect(
    status(
      'The surveyor said the roof was fine, and a week later it leaked.',
      ['fine', 'all clear'],
      'So our surveyor gave the roof the all-clear and a week later it leaked.',
    ),
  ).toBe('met');
  expect(
    status(
      'I was promised someone would come back to check the work, and nobody came.',
      ['follow-up'],
      'So we said we would follow up on the work and nobody came.',
    ),
  ).toBe('met');
});

test("a rubric's word in -s is met by its base and -ing forms", () => {
  const customer = 'The new pump hums all night and wakes the whole house.';
  expect(status(customer, ['wakes'], 'So the pump is loud enough to wake everyone at night.')).toBe(
    'met',
  );
  expect(status(customer, ['wakes'], 'So the pump keeps waking the household at night.')).toBe(
    'met',
  );
});
