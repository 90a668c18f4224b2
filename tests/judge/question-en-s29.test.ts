import { expect, test } from 'vitest';
import { verdict } from './question-helpers.js';

test('en: "would you mind" + the -ing form of a request to tell invites an account — open', () => {
  expect(verdict('Would you mind going over how the handover went on Friday?')[0]).toBe('open');
  expect(verdict('Do you mind explaining what the letter said?')[0]).toBe('open');
  expect(verdict('Would you mind taking me through the last few days?')[0]).toBe('open');
  // Permission, or going through to a place, is a yes/no request.
  expect(verdict('Would you mind if I called you back at four?')[0]).toBe('closed');
  expect(verdict('Would you mind going through to the next room?')[0]).toBe('closed');
});

test('en: a request to tell whose object is one fact asks that fact — closed', () => {
  expect(verdict('Could you go over what time the driver rang?')).toEqual([
    'closed',
    'one-fact:when',
  ]);
  expect(verdict('Would you mind sharing how many nights you stayed?')[0]).toBe('closed');
  expect(verdict('Could you go over your account number with me?')[0]).toBe('closed');
  // An account, a described place, or a thing gone over as a whole stays open.
  expect(verdict('Could you go over when it broke and what you tried?')[0]).toBe('open');
  expect(verdict('Could you describe where the stain is on the sofa?')[0]).toBe('open');
  expect(verdict('Could you go over the booking with me?')[0]).toBe('open');
});

test('en: "is there more you would like (me) to add / note" offers the floor — open', () => {
  expect(verdict("Is there more you'd like me to write down for the manager?")[0]).toBe('open');
  expect(verdict('Is there anything more you want to say about the visit?')[0]).toBe('open');
  expect(verdict("Is there anything you'd like me to include in my notes?")[0]).toBe('open');
  expect(verdict('Is there more than one parcel missing?')[0]).toBe('closed');
  expect(verdict('Are there any more forms to sign?')[0]).toBe('closed');
});
