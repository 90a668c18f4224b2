import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test('an amount said for another period is the same amount; another rate is wrong', () => {
  const customer = 'The add-on costs me £24 a year and the carer costs £95 a week.';
  const status = (answer: string) => factStatus(judge, customer, ['£24'], answer, 'en');
  expect(status('The add-on costs you two pounds a month.')).toBe('met');
  expect(status('The add-on costs you two pounds monthly.')).toBe('met');
  expect(status('The add-on costs you three pounds a month.')).toBe('contradicted');
  // Said for the same period, two pounds is another amount.
  expect(status('The add-on costs you two pounds a year.')).toBe('contradicted');
});
