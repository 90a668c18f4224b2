import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test('a total said as the price for each of the customer’s count is the total; another price is not', () => {
  const customer = 'Three of us booked the walk at £20 each, £60 in total.';
  const status = (answer: string) => factStatus(judge, customer, ['£60'], answer, 'en');
  expect(status('The three of you paid twenty pounds apiece for the walk.')).toBe('met');
  expect(status('Your trio paid twenty pounds each for the walk.')).toBe('met');
  expect(status('The three of you paid fifteen pounds apiece for the walk.')).not.toBe('met');
  // Without "each" or "apiece" twenty pounds is no total of sixty.
  expect(status('The three of you paid twenty pounds for the walk.')).not.toBe('met');
});
