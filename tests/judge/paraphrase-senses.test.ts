import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { sameSense, senseTableLoads } from '../../src/judge/text/en-senses.js';
import { matchCriterion, prepareAnswer } from '../../src/judge/text/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test.each([
  ['rang', 'called', true],
  ['phoned', 'rung', true],
  ['vibration', 'vibrates', true],
  ['hourly', 'hour', true],
  ['picked up', 'collected', true],
  ['children', 'kid', true],
  ['called off', 'cancelled', true],
  ['left', 'right', false],
  ['arrived', 'refunded', false],
  ['cheap', 'expensive', false],
  // An adjective WordNet lists as similar to another (its satellite ~ the head, &).
  ['filthy', 'dirty', true],
  ['damp', 'wet', true],
  ['tiny', 'small', true],
  ['filthy', 'clean', false],
  ['tiny', 'large', false],
  // Adjectives WordNet cross-refers (see also, ^).
  ['noisy', 'loud', true],
  ['cool', 'cold', true],
  ['cold', 'hot', false],
])('WordNet senses: %s ~ %s → %s', (a, b, same) => {
  expect(sameSense(a, b)).toBe(same);
});

/** A fact of a restatement, met or not, against the customer's own words. */
const fact = (customer: string, any: string[], answer: string) =>
  matchCriterion(
    { id: 'f', label: 'f', any, weight: 1 },
    prepareAnswer(answer),
    prepareAnswer(customer),
  );

test.each([
  // The same fact in other words of the same sense.
  [
    'The courier never phoned me about the delivery.',
    ['nobody called'],
    'and nobody rang you about it',
    'met',
  ],
  [
    'The courier never phoned me about the delivery.',
    ['nobody called'],
    "and nobody's rung you since",
    'met',
  ],
  [
    'No one from the bank got back to me.',
    ["haven't heard from us"],
    "you've heard nothing from the bank",
    'met',
  ],
  [
    'The lamp in the hall flickers every hour.',
    ['lamp flickers every hour'],
    'the lamp flickers hourly',
    'met',
  ],
  [
    'My returned sofa is still in the hall.',
    ['not collected'],
    'and the sofa still has not been picked up',
    'met',
  ],
  [
    'My returned sofa is still in the hall.',
    ['nobody collected'],
    'with not one single collection yet',
    'met',
  ],
  [
    'The fridge has been rattling since it came.',
    ['fridge vibration'],
    'the fridge vibrates',
    'met',
  ],
  [
    'The changing rooms at the pool were filthy again on Sunday.',
    ['filthy changing rooms'],
    'the changing rooms were dirty again on Sunday',
    'met',
  ],
  [
    'The flat above the shop is noisy every night after ten.',
    ['noisy flat'],
    'the flat is loud every night after ten',
    'met',
  ],
  // A two-word verb of the phrase said as another two-word verb, or one word, of its sense: both
  // its words are said ("packed up" ~ "broke down").
  [
    'The lift in our block broke down twice last week.',
    ['lift broke down'],
    'the lift packed up twice last week',
    'met',
  ],
  [
    'The lift in our block broke down twice last week.',
    ['lift broke down'],
    'the lift in your block failed twice last week',
    'met',
  ],
  // A synonym said the other way round does not count, and never makes a contradiction up.
  [
    'The courier never phoned me about the delivery.',
    ['nobody called'],
    'the courier rang you twice',
    'missed',
  ],
  [
    'My returned sofa is still in the hall.',
    ['not collected'],
    'the sofa was picked up on Monday',
    'missed',
  ],
  [
    'The changing rooms at the pool were filthy again on Sunday.',
    ['filthy changing rooms'],
    'the changing rooms were clean on Sunday',
    'missed',
  ],
  [
    'The lift in our block broke down twice last week.',
    ['lift broke down'],
    'the lift has been running fine all week',
    'missed',
  ],
  // Said as written the other way round, it still contradicts the fact.
  [
    'The sofa I returned is still not collected.',
    ['not collected'],
    'the sofa was collected on Monday',
    'contradicted',
  ],
])('%s / %j in "%s" → %s', (customer, any, answer, status) => {
  expect(fact(customer, any, answer).status).toBe(status);
});

test('a wrong value said in other words is still a wrong value', () => {
  const item = restatementItem(
    'Since the new tyres went on, the van vibrates above 60 and nobody from the garage has called me back.',
    [
      ['vibration', ['vibrates above 60']],
      ['no-call', ['nobody called back']],
    ],
  );
  const right = judge.judge(
    item,
    "So the van shakes above sixty since the new tyres and nobody's rung you back. That must be unnerving. Is that right?",
    'en',
  );
  expect(right.criteria.find((c) => c.id === 'no-call')?.status).toBe('met');
  const wrong = judge.judge(
    item,
    "So the van shakes above forty since the new tyres and nobody's rung you back. That must be unnerving. Is that right?",
    'en',
  );
  expect(wrong.criteria.find((c) => c.id === 'vibration')?.met).toBe(false);
  expect(wrong.verdict).not.toBe('pass');
});

test('the table is split once, on the first comparison', () => {
  const before = senseTableLoads();
  sameSense('mended', 'repaired');
  sameSense('fixed', 'repaired');
  expect(senseTableLoads()).toBeLessThanOrEqual(Math.max(before, 1));
});

test('a clock said in words is its time, and another time is a wrong one', () => {
  const item = restatementItem('My eye test was booked for 9:30 on Friday and nobody was there.', [
    ['time', ['9:30', 'half past nine']],
    ['friday', ['Friday']],
  ]);
  const said = (answer: string) =>
    judge.judge(item, answer, 'en').criteria.find((c) => c.id === 'time')?.status;
  expect(
    said('So your eye test was at half nine on Friday and nobody was there. Is that right?'),
  ).toBe('met');
  expect(
    said('So your eye test was at quarter to ten on Friday and nobody was there. Is that right?'),
  ).toBe('contradicted');
});
