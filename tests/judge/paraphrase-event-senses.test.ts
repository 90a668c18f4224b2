import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { sameSense } from '../../src/judge/text/en-senses.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test.each([
  ['showed up', 'turned up', true],
  ['came round', 'arrived', true],
  ['got back', 'called', true],
  ['picked up', 'answered', true],
  ['said no', 'refused', true],
  ['held on', 'kept', true],
  ['packed in', 'broke', true],
  ['backed out', 'cancelled', true],
  ['dumped', 'tipped', true],
  ['exchange', 'swap', true],
  ['came', 'went', false],
  ['said no', 'answered', false],
])('event senses: %s ~ %s → %s', (a, b, same) => {
  expect(sameSense(a, b)).toBe(same);
});

test.each([
  [
    'an arrival in another two-word verb',
    'I ordered a tree for 12 December. Your driver never turned up.',
    ['never turned up'],
    'So the tree was due on the 12th and no one showed up with it. Is that right?',
  ],
  [
    '"no one" is "nobody", not a count of one',
    'I called on Saturday morning and no engineer came out all weekend.',
    ['no one came'],
    'You rang on Saturday and nobody came round to fix it all weekend. Is that right?',
  ],
  [
    'a phone not answered, in a two-word verb',
    'We waited forty minutes. Nobody answered the phone number on the tickets.',
    ['nobody answered'],
    'You waited forty minutes and when you rang the number nobody picked up. Is that right?',
  ],
  [
    'a refusal said as "said no"',
    'Your staff refused to swap it or refund the half day we lost.',
    ['refused'],
    'When you asked for a replacement or your money back, the staff said no. Is that right?',
  ],
  [
    'a refusal said as "would neither … nor"',
    'Your staff refused to swap it or refund the half day we lost.',
    ["wouldn't swap"],
    'Our staff would neither exchange it nor give back the half day. Is that right?',
  ],
  [
    'a deposit kept, said as "holding on to"',
    'The blower broke after twenty minutes. Now you are keeping the deposit.',
    ['keeping the deposit'],
    'The blower packed in and now we are holding on to your deposit. Is that right?',
  ],
])('a fact told in other event words is met: %s', (_n, customer, any, answer) => {
  expect(factStatus(judge, customer, any, answer, 'en')).toBe('met');
});

test.each([
  [
    'an arrival where the customer told of none',
    'I called on Saturday morning and no engineer came out all weekend.',
    ['no one came'],
    'You rang on Saturday and an engineer came round on Sunday. Is that right?',
  ],
  [
    'a refusal word said of the customer in a question',
    'Your staff refused to swap it or refund the half day we lost.',
    ['refused'],
    'So the staff swapped the kayak straight away? Is that right?',
  ],
])('the event said the other way is not met: %s', (_n, customer, any, answer) => {
  expect(factStatus(judge, customer, any, answer, 'en')).not.toBe('met');
});
