import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const PUPPY =
  'I put my name down for the last puppy of the litter and paid a £200 deposit, but the breeder now says she went to another family.';

test('an irregular form of the wording’s verb says the same fact in the answer’s own order', () => {
  // "gone" and "went" are forms of one verb that WordNet's table leaves out ("go" is too light).
  expect(
    factStatus(
      judge,
      PUPPY,
      ['went to another family'],
      'So you paid two hundred pounds to hold the last puppy, and now the breeder tells you she has gone to another family.',
      'en',
    ),
  ).toBe('met');
  // Said denied, it is not the fact.
  expect(
    factStatus(
      judge,
      PUPPY,
      ['went to another family'],
      'So you paid two hundred pounds to hold the last puppy, and she has not gone to another family.',
      'en',
    ),
  ).not.toBe('met');
});
