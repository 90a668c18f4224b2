import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const hire =
  'We hired three canoes from your centre for £90 on Sunday. One had a cracked seat and we had to come back after an hour. I am really annoyed.';
const status = (any: string[], answer: string) =>
  judge.judge(restatementItem(hire, [['f', any]]), answer, 'en').criteria.find((c) => c.id === 'f')
    ?.status;

test('a count said with another noun for the thing counted is the same count', () => {
  expect(
    status(
      ['three canoes', '3 canoes'],
      'So you paid ninety pounds for three boats on Sunday, one with a cracked seat. Sorry. Is that right?',
    ),
  ).toBe('met');
});

test('not when a wording names the thing alone, nor another number, nor the number twice', () => {
  // "canoes" alone makes the thing the fact: three kayaks is another thing.
  expect(
    status(
      ['three canoes', 'canoes'],
      'So you paid ninety pounds for three kayaks on Sunday. Sorry. Is that right?',
    ),
  ).not.toBe('met');
  expect(
    status(
      ['three canoes', '3 canoes'],
      'So you paid ninety pounds for four boats on Sunday. Sorry. Is that right?',
    ),
  ).not.toBe('met');
  expect(
    status(
      ['three canoes', '3 canoes'],
      'So you paid for three boats and waited three hours. Sorry. Is that right?',
    ),
  ).not.toBe('met');
});
