import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'en');

const kiln = 'Our pottery kiln went back to you for a new element and it has been 25 days now.';
const chairs = 'The six chairs we ordered have been stuck at your warehouse for 29 days.';

test('a length in days said plainly in weeks or months, a tenth either way, is the same length', () => {
  expect(
    status(kiln, ['25', 'twenty-five'], 'So the kiln has been with us three and a half weeks.'),
  ).toBe('met');
  expect(
    status(chairs, ['29 days'], 'So the six chairs have sat in our warehouse for four weeks.'),
  ).toBe('met');
});

test('further off, or bound by words that put it elsewhere, it is not', () => {
  expect(status(kiln, ['25', 'twenty-five'], 'So the kiln has been with us three weeks.')).not.toBe(
    'met',
  );
  expect(
    status(chairs, ['29 days'], 'So the chairs have been in our warehouse nearly four weeks.'),
  ).not.toBe('met');
});
