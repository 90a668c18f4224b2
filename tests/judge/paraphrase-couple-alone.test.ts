import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test('"a couple" with no noun after it counts two of what was named', () => {
  const customer =
    'I paid for eight swimming lessons and the coach cancelled two of them at no notice.';
  const status = (answer: string) =>
    factStatus(judge, customer, ['cancelled two', 'two cancelled'], answer, 'en');
  expect(status('So of the eight lessons, the coach cancelled a couple with no notice.')).toBe(
    'met',
  );
  expect(status('So of the eight lessons, the coach cancelled a couple.')).toBe('met');
  // Another count is not the customer's, nor is "a couple" with a noun of its own after it.
  expect(status('So of the eight lessons, the coach cancelled three with no notice.')).not.toBe(
    'met',
  );
  expect(status('So of the eight lessons, the coach cancelled a couple family lessons.')).not.toBe(
    'met',
  );
});
