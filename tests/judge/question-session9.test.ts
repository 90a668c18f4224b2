import { expect, test } from 'vitest';
import { verdict } from './question-helpers.js';

test('en: the kind of thing hoped or dreamt for is the customer’s to describe, whatever the verb', () => {
  expect(verdict('What kind of course are you hoping to take next?')).toEqual([
    'open',
    'what-kind-wished',
  ]);
  expect(verdict('What sort of kitchen have you been dreaming of?')[0]).toBe('open');
  expect(verdict('What kind of contract are you aiming for?')[0]).toBe('open');
  // The kind they have, or one fact hoped for, stays one pick.
  expect(verdict('What kind of contract do you have now?')[0]).toBe('closed');
  expect(verdict('Which date are you hoping to travel?')[0]).toBe('closed');
});

test('en: which parts of a thing feel or look wrong is a list the customer describes', () => {
  expect(verdict('Which parts of the new saddle feel sore after a ride?')[0]).toBe('open');
  expect(verdict('Which sections of the lease agreement seem unfair to you?')[0]).toBe('open');
  // One pick between named options stays closed.
  expect(verdict('Which of the two saddles feels better?')[0]).toBe('closed');
  expect(verdict('Which branch did you pick the saddle up from?')[0]).toBe('closed');
});
