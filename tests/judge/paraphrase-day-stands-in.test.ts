import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'en');

test('of two days, one right and one wrong: the wrong one stands in for the day left unsaid', () => {
  const fridge = 'Your engineers fixed this fridge on 3 May and again on 18 May.';
  expect(status(fridge, ['repaired', 'fixed'], 'It was fixed on 3 and 13 May.')).toBe(
    'contradicted',
  );
  expect(status(fridge, ['repaired', 'fixed'], 'It was fixed on 3 and 18 May.')).toBe('met');
  expect(
    status(fridge, ['repaired', 'fixed'], 'It was fixed on the 3rd and the 18th of May.'),
  ).toBe('met');
});
