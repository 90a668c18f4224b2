import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { namesEvent, sameSense } from '../../src/judge/text/en-senses.js';
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
  ['sent back', 'returned', true],
  ['mentioned', 'told', true],
  ['switched', 'moved', true],
  ['consulted', 'asked', true],
  ['stuck', 'locked', true],
  ['came', 'went', false],
  ['said no', 'answered', false],
])('event senses: %s ~ %s → %s', (a, b, same) => {
  expect(sameSense(a, b)).toBe(same);
});

test('only the words of the event classes name an event, whatever their WordNet groups', () => {
  expect(['showed up', 'said no', 'handed', 'insisted'].every(namesEvent)).toBe(true);
  const others = ['exhausted', 'tired', 'window', 'quickly', 'vaccinated', 'green', 'doctor'];
  expect(others.filter(namesEvent)).toEqual([]);
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
  [
    'an arrival said with a light verb ("been round")',
    'I have reported it three times and nobody has ever come to look at it.',
    ['nobody has come'],
    'You reported it three times though no one has been round to look. Is that right?',
  ],
  [
    'no reply said as a denied participle ("unanswered")',
    'I emailed twice about a refund and nobody answered.',
    ['no reply', 'no answer'],
    'Your two emails about a refund have gone unanswered. Is that right?',
  ],
  [
    'an absence said as "failed to show"',
    "Dave hasn't turned up for my last three lessons.",
    ["hasn't turned up", "didn't come"],
    'So Dave has failed to show for your last three lessons. Is that right?',
  ],
  [
    'an absence said as "nowhere to be seen"',
    'The trousers arrived last week but the jumpers never came.',
    ['no jumpers'],
    'So the trousers turned up last week but the three jumpers are still nowhere to be seen. Is that right?',
  ],
  [
    'a count with a denial of something else after it',
    "I've called four times since Sunday and nobody has called back.",
    ['four calls', 'called four times'],
    'No heating since Sunday and four calls with no callback. Is that right?',
  ],
  [
    'what was said, told in another verb of saying',
    'Your office said the driveway had been cleared, which is not true.',
    ['said it had been cleared'],
    'When you rang, the office insisted it had been cleared. Is that right?',
  ],
  [
    'a thing given, said as "handed"',
    'Last week the committee split my plot and gave half of it to a new tenant without asking me.',
    ['half given to new tenant'],
    'So last week the committee handed half your plot to someone new without a word. Is that right?',
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
  [
    'a light verb whose subject is the customer, not denied',
    'The crew has not come since the 2nd.',
    ['no one has come'],
    "So you've been out since the 2nd. Is that right?",
  ],
  [
    'an arrival said as it happened',
    "Dave hasn't turned up for my last three lessons.",
    ["hasn't turned up"],
    'So Dave showed up for your last three lessons. Is that right?',
  ],
])('the event said the other way is not met: %s', (_n, customer, any, answer) => {
  expect(factStatus(judge, customer, any, answer, 'en')).not.toBe('met');
});

test.each([
  [
    'late for early',
    'On Monday and Tuesday the bus came at 7:25, ten minutes early, and left before we got there.',
    ['ten minutes early', 'came early'],
    'So the bus came late on Monday and Tuesday at the stop. Is that right?',
    'contradicted',
  ],
  [
    'open for closed',
    'When we got to the farm the gate was locked and the field was closed because of the rain.',
    ['field was closed'],
    'So when you arrived the field was open but muddy. Is that right?',
    'contradicted',
  ],
  [
    'the other word said by the customer too',
    'The shop was closed at nine though it should open at eight, and it was still closed after ten.',
    ['closed at nine'],
    'So it should open at eight and it was shut all morning. Is that right?',
    'missed',
  ],
])(
  'a fact told with the word of the other end is contradicted: %s',
  (_n, customer, any, answer, status) => {
    expect(factStatus(judge, customer, any, answer, 'en')).toBe(status);
  },
);
