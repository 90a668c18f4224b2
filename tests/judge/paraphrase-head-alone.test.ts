import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'en');

const tasting =
  'I paid for the Thursday cheese-tasting for four at 7:30 but your email says Wednesday.';

test.each([
  ['the head with an article', 'So you paid for the tasting for four at 7:30. Is that right?'],
  [
    'the head after a word the customer said',
    'So you paid for the Thursday 7:30 tasting for four. Is that right?',
  ],
  ['the head at the start of a clause', 'Four of you, tasting paid for Thursday. Is that right?'],
])('a compound named back by its head alone is met: %s', (_n, answer) => {
  expect(status(tasting, ['cheese tasting'], answer)).toBe('met');
});

test.each([
  [
    'another word of its own before the head',
    tasting,
    ['cheese tasting'],
    'So you paid for the wine tasting for four. Is that right?',
  ],
  [
    'a head the customer said with two modifiers',
    'The front brake squeals and the back brake is loose.',
    ['front brake'],
    'So the brake squeals and the back brake is loose. Is that right?',
  ],
  [
    '"this" for "last"',
    'My tattoo from last month is peeling.',
    ['last month'],
    'So your tattoo from this month is peeling. Is that right?',
  ],
  [
    'a participle before the head',
    'I sent a registered letter to Germany.',
    ['registered letter'],
    'So you sent a letter to Germany. Is that right?',
  ],
  [
    'a word the customer said of another thing',
    'They fitted the wrong oven door and the hob glass is cracked.',
    ['hob glass'],
    'So the oven glass is cracked. Is that right?',
  ],
])('no head alone: %s', (_n, customer, any, answer) => {
  expect(status(customer, any, answer)).not.toBe('met');
});

test('a value said once, inside the fact whose wording names it, tells no other fact', () => {
  const item = restatementItem(
    'I paid for the Thursday cheese-tasting for four but your email says Wednesday. My guests have already arranged babysitters for Thursday.',
    [
      ['paid-thursday', ['paid for Thursday']],
      ['sitters', ['babysitters booked for Thursday']],
    ],
  );
  const criteria = (answer: string) => judge.judge(item, answer, 'en').criteria;
  const once = criteria(
    'You paid for the Thursday tasting for four but the email says Wednesday. Is that right?',
  );
  expect(once.find((c) => c.id === 'paid-thursday')?.status).toBe('met');
  expect(once.find((c) => c.id === 'sitters')?.status).toBe('missed');
  const twice = criteria(
    'You paid for the Thursday tasting for four, the email says Wednesday, and your guests have childcare for Thursday. Is that right?',
  );
  expect(twice.find((c) => c.id === 'sitters')?.status).toBe('met');
});
