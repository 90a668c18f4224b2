import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test.each([
  [
    "The champagne we'd paid for wasn't on board, and the band was late.",
    ['champagne', 'bubbly'],
    'So there was no bubbly though you had paid for it, and the band was late. Is that right?',
  ],
  [
    'The charger was not in the box when it came.',
    ['charger'],
    'So it came with no charger. Is that right?',
  ],
  [
    'We got there at six and the heating was broken all weekend.',
    ['heating'],
    'So you arrived at six and had no heating all weekend. Is that right?',
  ],
  [
    'The engine was barely making any smoke for the photographs.',
    ['smoke'],
    'So there was almost no smoke for the photographs. Is that right?',
  ],
])('a thing told not there or not working (%s) is restated by "no …"', (customer, any, answer) => {
  expect(factStatus(judge, customer, any, answer, 'en')).toBe('met');
});

test('a thing told there is still contradicted by "no …", and one told not ready is no "no …"', () => {
  expect(
    factStatus(
      judge,
      'The champagne we had ordered was on board.',
      ['champagne'],
      'So there was no champagne. Is that right?',
      'en',
    ),
  ).toBe('contradicted');
  expect(
    factStatus(
      judge,
      'The room was not ready when we arrived.',
      ['room'],
      'So there was no room when you arrived. Is that right?',
      'en',
    ),
  ).not.toBe('met');
});
