import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test('values: an hour said alone after "at", before a comma, a pronoun or its weekday, is a clock', () => {
  expect(read('we left the car at 9, then walked')).toContain('time/clock=9:00');
  expect(read('came back at 3 they said')).toContain('time/clock=3:00');
  expect(read('dropped it in 8 Tuesday')).toContain('time/clock=8:00');
  // A count after "at" stays a count; a price "at 5 each" is no clock.
  expect(read('we stopped at 3 garages')).not.toContain('time/clock=3:00');
  expect(read('sold at 5 each')).not.toContain('time/clock=5:00');
});

test('values: two numbers in words said as one are a price, or a clock after "at"', () => {
  expect(read('they took fourteen fifty for it')).toContain('number/number=14.5');
  expect(read('the ferry left at ten forty')).toContain('time/clock=10:40');
  // Tens then a teen are two numbers, and a dash ends one.
  expect(read('room sixty – nineteen guests')).toEqual(
    expect.arrayContaining(['number/number=60', 'quantity/person=19']),
  );
});

test('values: count words, per cent and numbers in words past ten', () => {
  // The count is of the head noun after its modifier.
  expect(read('a pair of hiking boots')).toContain('quantity/boot=2');
  expect(read('a couple of lamps')).toContain('quantity/lamp=2');
  expect(read('both lamps arrived')).toContain('quantity/lamp=2');
  // "Both" before the days it names counts nothing and is no hour.
  expect(read('on both Monday and Tuesday the bus came early')).toEqual([
    'weekday/day=1',
    'weekday/day=2',
  ]);
  expect(read('a dozen candles and half a dozen mugs')).toEqual([
    'quantity/candle=12',
    'quantity/mug=6',
  ]);
  expect(read('three dozen cupcakes')).toContain('quantity/cupcake=36');
  expect(read('only thirty per cent, not 30% more')).toEqual([
    'quantity/percent=30',
    'quantity/percent=30',
  ]);
  expect(read('it came to sixty-three in the end')).toContain('number/number=63');
  expect(read('the hundred and ten pounds')).toContain('money/money=110');
  expect(read('Wednesdays at 6')).toContain('weekday/day=3');
});

const lamp =
  'I ordered two floor lamps for £64.50 and paid 15% extra for Saturday delivery at 11am.';

const lampFacts: [string, string[]][] = [
  ['lamps', ['two floor lamps', '2 floor lamps']],
  ['price', ['£64.50', '64.50']],
  ['extra', ['15%', '15 percent']],
  ['time', ['11am', "eleven o'clock"]],
];

test('en: values said in words, count words and compact times meet their facts', () => {
  const j = judge.judge(
    restatementItem(lamp, lampFacts),
    'So a pair of floor lamps, sixty-four fifty, fifteen per cent more for Saturday at 11, is that right?',
    'en',
  );
  for (const id of ['lamps', 'price', 'extra', 'time'])
    expect(j.criteria.find((c) => c.id === id)?.met, id).toBe(true);
});

test('en: the same forms with another value do not meet the fact', () => {
  const j = judge.judge(
    restatementItem(lamp, lampFacts),
    'So a dozen floor lamps, sixty-eight fifty, twenty-five per cent more for Saturday at 10, is that right?',
    'en',
  );
  for (const id of ['lamps', 'price', 'extra', 'time'])
    expect(j.criteria.find((c) => c.id === id)?.met, id).toBe(false);
  expect(j.verdict).toBe('fail');
});

test('en: a habit on another weekday contradicts the slot, even with the right hour', () => {
  expect(
    factStatus(
      judge,
      'The swimming class is on Wednesdays at 6 and the coach missed two sessions.',
      ['Wednesdays at 6', 'Wednesday evenings'],
      'So the class on Fridays at 6 lost two sessions, right?',
      'en',
    ),
  ).toBe('contradicted');
});

test('en: a thing that never came, said as absent ("no invoice"), meets the fact; said as come, contradicts', () => {
  const customer = 'I paid the plumber on Friday but the invoice never arrived.';
  const any = ['invoice never arrived', 'no invoice received'];
  expect(
    factStatus(judge, customer, any, 'You paid on Friday, no invoice since. Right?', 'en'),
  ).toBe('met');
  expect(
    factStatus(judge, customer, any, 'You paid on Friday and the invoice arrived. Right?', 'en'),
  ).not.toBe('met');
});

test('values: pence in words after the currency, and a number read out digit by digit', () => {
  expect(read('it cost sixty-four pounds fifty in the end')).toContain('money/money=64.5');
  expect(read('ten pounds twenty minutes ago')).toEqual(['money/money=10', 'duration/minute=20']);
  expect(read('the code was seven three one nine')).toContain('code/code=7319');
  expect(read('one two three')).toEqual([]);
});

test('en: a count of a word of the same sense restates the count ("two spots" for "two places")', () => {
  const customer = 'I booked two places on the evening tour and it was cancelled.';
  const any = ['two places', '2 places'];
  const said = (s: string) => factStatus(judge, customer, any, s, 'en');
  expect(said('So a couple of spots on the evening tour, cancelled. Right?')).toBe('met');
  expect(said('So three spots on the evening tour, cancelled. Right?')).not.toBe('met');
  expect(said('So two bags on the evening tour, cancelled. Right?')).not.toBe('met');
});

test('en: the name of a named thing says which one ("Larkspur" for "Larkspur suite")', () => {
  const customer = 'We booked the Larkspur suite for Friday and it was given to someone else.';
  const said = (s: string, any = ['Larkspur suite']) => factStatus(judge, customer, any, s, 'en');
  expect(said('So Larkspur went to another guest on Friday. Right?')).toBe('met');
  expect(said('So the Bluebell went to another guest on Friday. Right?')).not.toBe('met');
  // A weekday before its part of the day is a time, not a name.
  expect(said('So on Friday it went to another guest. Right?', ['Friday evening'])).not.toBe('met');
});

test('values: a clock read by its minutes in words ("ten past eight", "twenty to six")', () => {
  expect(read('caught the ten-past-eight bus')).toContain('time/clock=8:10');
  expect(read('she came at twenty to six')).toContain('time/clock=5:40');
  expect(read('half nine and quarter to six')).toEqual(['time/clock=9:30', 'time/clock=5:45']);
  // Ranges are not clocks.
  expect(read('two to three people')).not.toContain('time/clock=2:58');
  expect(read('from five to ten')).toEqual([]);
  expect(read('ten to twenty minutes')).not.toContain('time/clock=7:50');
});

test('en: "did not come until <time>" restated as "came at <time>" is not reversed', () => {
  const customer = 'The plumber was due at 9am but did not turn up until twenty to twelve.';
  const any = ['twenty to twelve', '11:40'];
  expect(factStatus(judge, customer, any, 'So the plumber arrived at 11:40. Right?', 'en')).toBe(
    'met',
  );
});

test('values: "an hour", "a fortnight" are one length of time; rates, halves and guesses are not', () => {
  expect(read('the lift was stuck for an hour')).toContain('duration/hour=1');
  expect(read('it took a fortnight')).toContain('duration/day=14');
  expect(
    read('£40 a month, twice a week, half an hour, an hour and a half, a day or two'),
  ).not.toEqual(
    expect.arrayContaining([expect.stringMatching(/^duration\/(?:day|hour)=(?:1|7|30)$/)]),
  );
});

test('en: "about three hours" for "an hour" is one wrong length of time: partial, not good', () => {
  const item = restatementItem(
    'Your lift at Carlton House was stuck for an hour on Monday with my two children inside, and your engineer never rang me back. I am shaken.',
    [
      ['lift', ['lift', 'stuck']],
      ['hour', ['an hour', 'sixty minutes']],
      ['monday', ['Monday']],
      ['children', ['two children', 'kids']],
      ['no-call', ['never rang back', 'no call back']],
    ],
  );
  const j = judge.judge(
    item,
    'So the lift at Carlton House was stuck for about three hours on Monday with your two children inside, and our engineer never rang you back. I can hear how shaken you are. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'hour')?.status).toBe('contradicted');
  expect(j.verdict).toBe('partial');
});

test('en: a bare number the customer said with its noun ("for 40" of "40 guests") is no wrong number', () => {
  const item = restatementItem(
    'Our retirement lunch was booked for 1 on Thursday in your Rose Room for 40 guests, and this morning you cancelled it. I am furious.',
    [
      ['when', ['Thursday', '1']],
      ['room', ['Rose Room']],
      ['guests', ['40', 'forty']],
      ['cancelled', ['cancelled']],
    ],
  );
  const j = judge.judge(
    item,
    'So the lunch on Thursday at 1 in our Rose Room for 40 was cancelled this morning. I can hear how furious you are. Is that right?',
    'en',
  );
  expect(j.criteria.some((c) => c.status === 'contradicted')).toBe(false);
  expect(j.verdict).toBe('pass');
});

test('values: "a fiver" and "a tenner" are £5 and £10, and meet the customer\'s amount', () => {
  expect(read('it was only a fiver cheaper')).toContain('money/money=5');
  expect(read('they kept a tenner back')).toContain('money/money=10');
  expect(
    factStatus(
      judge,
      'The new room costs £5 a week less, but it has no window.',
      ['£5', 'five pounds'],
      'So the new room is just a fiver a week cheaper and has no window. Is that right?',
      'en',
    ),
  ).toBe('met');
});

test('a spoken price after a verb of quoting or a total, or before what it is the price of', () => {
  const customer =
    'You quoted me £380, the invoice came to £540 and there was a £240 minibar charge.';
  const status = (any: string, answer: string) => factStatus(judge, customer, [any], answer, 'en');
  expect(status('£380', 'You were quoted three-eighty.')).toBe('met');
  expect(status('£540', 'The bill came to five-forty.')).toBe('met');
  expect(status('£240', 'There was a two-forty minibar charge.')).toBe('met');
  expect(status('£380', 'You were quoted four-eighty.')).not.toBe('met');
  expect(status('£240', 'The minibar charge appeared at two-forty.')).not.toBe('met');
});
