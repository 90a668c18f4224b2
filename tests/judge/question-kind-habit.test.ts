import { expect, test } from 'vitest';
import { verdict } from './question-helpers.js';

test('en: the kind asked of a habit is the customer’s taste to describe; the kind they have is one pick', () => {
  expect(verdict('What kind of novels do you normally read on holiday?')).toEqual([
    'open',
    'what-kind-habit',
  ]);
  expect(verdict('What sort of walks do you tend to go on?')[0]).toBe('open');
  expect(verdict('What type of coffee do you mostly buy?')[0]).toBe('open');
  expect(verdict('What kind of boiler do you have?')[0]).toBe('closed');
  expect(verdict('What type of seat would you prefer?')[0]).toBe('closed');
});

test('en: which size or colour of a plural thing is one value, not a list', () => {
  expect(verdict('Which size gloves do you wear?')).toEqual(['closed', 'one-fact:which']);
  expect(verdict('Which colour trainers did your son pick?')[0]).toBe('closed');
  // A plural with no attribute in front is still a list the customer fills in.
  expect(verdict('Which drawers were left open?')[0]).toBe('open');
});
