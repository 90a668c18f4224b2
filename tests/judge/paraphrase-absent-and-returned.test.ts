import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test.each([
  ['lacking', 'one of them lacking the wine'],
  ['lacked', 'one of them lacked the wine'],
  ['missing the', 'one of them was missing the wine'],
])('"%s" tells the thing after it absent, as "no" does', (_, said) => {
  const customer = 'Only two hampers came, and one had no wine in it.';
  expect(factStatus(judge, customer, ['no wine'], `So ${said}. Is that right?`, 'en')).toBe('met');
  expect(
    factStatus(judge, customer, ['no wine'], 'So one of them had the wine. Is that right?', 'en'),
  ).not.toBe('met');
});

test('the customer\'s two-word verb is their own act: "we\'ve sent back" told as "you\'ve returned"', () => {
  const customer =
    "Since October you've delivered eight bottles a week. We've sent back the extra bottles twice.";
  expect(
    factStatus(
      judge,
      customer,
      ['sent back', 'returned'],
      "So you've returned the surplus bottles on two occasions. Is that right?",
      'en',
    ),
  ).toBe('met');
  // Told as the company's act, it is still swapped.
  expect(
    factStatus(
      judge,
      "You've sent back my parcel twice.",
      ['sent back', 'returned'],
      "So you've returned our parcel twice. Is that right?",
      'en',
    ),
  ).toBe('contradicted');
});

test('"no one mentioned" is "nobody told": a verb of telling, denied both times', () => {
  const customer = 'Now the gym says it expired. Nobody told me there was an expiry date.';
  expect(
    factStatus(
      judge,
      customer,
      ['nobody told', 'never told'],
      "So now you're told it ran out, though no one ever mentioned it would expire. Is that right?",
      'en',
    ),
  ).toBe('met');
});

test.each([
  ['you got part of your money back', 'contradicted'],
  ['you received a refund', 'contradicted'],
  ["you'd like a refund", 'missed'],
  ['you want to get a refund', 'missed'],
  ["you'd have got a refund if you'd asked", 'missed'],
  ['you never got a refund', 'met'],
])('a thing the customer never got ("no refund"), told as "%s" → %s', (said, status) => {
  expect(
    factStatus(
      judge,
      'We were moved to hut 30. Nobody offered us any money back.',
      ['nobody offered', 'no money back', 'no refund'],
      `So you were moved to hut 30, and ${said}. Is that right?`,
      'en',
    ),
  ).toBe(status);
});

test('"missing" as the customer\'s own verb ("you ended up missing your class") denies nothing', () => {
  expect(
    factStatus(
      judge,
      'The trailer had a flat tyre. We missed our class.',
      ['missed our class'],
      'So the trailer had a flat tyre and you ended up missing your class. Is that right?',
      'en',
    ),
  ).toBe('met');
});
