import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test('an act the customer told as done, restated as one they forgot or failed to do, is told wrong', () => {
  const customer =
    'I paused my meal box for two weeks, but you delivered one anyway and charged me £42.';
  const status = (answer: string) => factStatus(judge, customer, ['paused'], answer, 'en');
  expect(status('So you forgot to pause your meal box and were charged £42?')).toBe('contradicted');
  expect(status('So you failed to pause the box before you went away?')).toBe('contradicted');
  expect(status('So you paused the box for two weeks and we still sent one?')).toBe('met');
});

test('a failure the customer owned is handed back, not reversed', () => {
  const customer = 'I forgot to lock the bike and now you have charged me £31.';
  expect(
    factStatus(
      judge,
      customer,
      ['forgot to lock'],
      'So you forgot to lock the bike and were charged £31?',
      'en',
    ),
  ).toBe('met');
});
