import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test('an auxiliary in another person or number says the same wording', () => {
  const customer =
    "I went back for my son's blazer yesterday and the shop says they haven't got it.";
  const status = (answer: string) =>
    factStatus(judge, customer, ["haven't got it", "don't have it"], answer, 'en');
  expect(status("You went back yesterday and the shop hasn't got it.")).toBe('met');
  expect(status("You went back yesterday and the shop doesn't have it.")).toBe('met');
});

test('a one-word wording whose y turned i is met by its other forms', () => {
  const customer = 'The winch did not work, so my brother and I had to lift him in by hand twice.';
  const status = (answer: string) =>
    factStatus(judge, customer, ['by hand', 'carried'], answer, 'en');
  expect(status('The winch was dead so you had to physically carry him up both times.')).toBe(
    'met',
  );
  expect(status('You were carrying him in yourselves.')).toBe('met');
});
