import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { unitsOf } from '../../src/judge/text/content.js';
import { sameSense } from '../../src/judge/text/en-senses.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test.each([
  // A thing named by the kind it is (WordNet's hypernym, one step, nouns).
  ['dad', 'father', true],
  ['honey', 'sweetener', true],
  // Two kinds of one kind are not one thing.
  ['thursday', 'friday', false],
  // A kind with thousands of kinds under it names nothing in particular.
  ['dad', 'person', false],
])('kinds: %s ~ %s → %s', (a, b, same) => {
  expect(sameSense(a, b)).toBe(same);
});

test('a fact told with the kind of the thing and the ordinal of its number is met', () => {
  expect(
    factStatus(
      judge,
      'The balloon flight on my dad\u2019s 70th was cancelled because of wind.',
      ["dad's 70th"],
      'The flight for your father\u2019s seventieth was called off for the wind. Is that right?',
      'en',
    ),
  ).toBe('met');
});

test.each([
  ['fortieth', '40'],
  ['seventieth', '70'],
  ['ninetieth', '90'],
])('the ordinal of a ten is its number: %s = %s', (word, key) => {
  expect(unitsOf(word)[0]?.key).toBe(key);
});
