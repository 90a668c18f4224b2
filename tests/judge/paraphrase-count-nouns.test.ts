import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'en');

const customer = 'I paid £60 for nine yoga classes and the teacher cancelled the last one.';

test('a count said once by the customer is restated with another noun for what it counts', () => {
  expect(status(customer, ['nine classes'], 'So you paid sixty pounds for nine sessions.')).toBe(
    'met',
  );
  expect(
    status(
      'We left our four rabbits with your pet sitter over Easter.',
      ['four rabbits'],
      'So your four pets stayed with our sitter over Easter. Is that right?',
    ),
  ).toBe('met');
});

test('another number, a measure or a count of times is no restatement of the count', () => {
  expect(
    status(customer, ['nine classes'], 'So you paid sixty pounds for eight sessions.'),
  ).not.toBe('met');
  expect(status(customer, ['nine classes'], 'So you drove nine miles to get there.')).not.toBe(
    'met',
  );
  expect(status(customer, ['nine classes'], 'So you rang us nine times about it.')).not.toBe('met');
});

test('a number the customer said of two things names neither by another noun', () => {
  expect(
    status(
      'I ordered nine chairs and nine cushions, and the cushions are the wrong colour.',
      ['nine chairs'],
      'So nine items were ordered. Is that right?',
    ),
  ).not.toBe('met');
});

test('the count of another thing of the same kind is another fact', () => {
  expect(
    status(
      'The choir booked you for two weddings in June and you sent nobody.',
      ['two weddings'],
      'So you had us for two funerals in June and nobody came. Is that right?',
    ),
  ).not.toBe('met');
});
