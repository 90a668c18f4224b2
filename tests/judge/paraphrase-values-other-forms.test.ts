import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test('values: a day of the month said as an ordinal in words, before "of" its month or after it', () => {
  expect(read('on the third of March')).toEqual(['date/dom=3', 'date/month=3']);
  expect(read('March the third')).toEqual(['date/month=3', 'date/dom=3']);
  expect(read('the eighteenth of June')).toContain('date/dom=18');
  expect(read('the twenty-first of May')).toEqual(['date/dom=21', 'date/month=5']);
  // The first of two days said with one month after them is a day too, not an amount.
  expect(read('the weekend of 14 and 15 June for £180')).toEqual([
    'date/dom=14',
    'date/dom=15',
    'date/month=6',
    'money/money=180',
  ]);
  // An ordinal of a noun stays a place in a row.
  expect(read('the third time')).toEqual(['number/ordinal time=3']);
});

test('values: working weeks are five days, "double the four" is eight, a size either way round', () => {
  expect(read('two working weeks')).toEqual(read('ten working days'));
  expect(read('two weeks')).toEqual(['duration/day=14']);
  expect(read('double the four bottles')).toEqual(['quantity/bottle=8']);
  expect(read('he came twice')).toEqual(['quantity/time=2']);
  expect(read('a ten-by-eight shed')).toEqual(read('an 8 x 10 shed'));
  expect(read('a 12-by-6 rug')).toEqual(['number/size=6x12']);
});

const customer =
  'You built me a 10-by-8 shed on 3 March. I ordered four hampers at £35 each. It was meant to be ready in ten working days.';

test.each([
  ['a size in words', ['10-by-8'], 'So the ten-by-eight shed you had built. Is that right?'],
  [
    'an ordinal date in words',
    ['3 March'],
    'So it was built on the third of March. Is that right?',
  ],
  [
    'a count at a price said as what it comes to',
    ['four hampers', '£35 each'],
    'So you paid a hundred and forty pounds for four hampers. Is that right?',
  ],
  [
    'working days said in working weeks',
    ['ten working days'],
    'So it should have taken two working weeks. Is that right?',
  ],
])('a value in another form is the same value: %s', (_, any, answer) => {
  expect(factStatus(judge, customer, any, answer, 'en')).toBe('met');
});

test('a total that no count and price of the customer comes to is still a wrong amount', () => {
  expect(
    factStatus(
      judge,
      customer,
      ['four hampers', '£35 each'],
      'So you paid a hundred and sixty pounds for four hampers. Is that right?',
      'en',
    ),
  ).toBe('contradicted');
});

test('a fact word in its base form is met by its inflections ("refund" by "refunded")', () => {
  expect(
    factStatus(
      judge,
      'We paid a £200 deposit. We want the deposit back.',
      ['deposit back', 'refund'],
      "So you're asking for the deposit to be refunded. Is that right?",
      'en',
    ),
  ).toBe('met');
});

const feed =
  'I buy layer pellets from you every fortnight, 4 sacks at a time. The last delivery came with 3 sacks of pig feed instead.';

test('a count said of what the other count was of is swapped ("four sacks of pig feed")', () => {
  expect(
    factStatus(
      judge,
      feed,
      ['3 sacks', 'three sacks'],
      'So you got four sacks of pig feed instead of three sacks of pellets? Is that correct?',
      'en',
    ),
  ).toBe('contradicted');
  expect(
    factStatus(
      judge,
      feed,
      ['3 sacks', 'three sacks'],
      'So you usually get four sacks of pellets, and this time three sacks of pig feed came. Is that correct?',
      'en',
    ),
  ).toBe('met');
});

test('values: "and a half" after a number adds a half ("two and a half hours" is 150 minutes)', () => {
  expect(read('two and a half hours')).toEqual(['duration/hour=2.5']);
  expect(read('three and a half pounds')).toEqual(['money/money=3.5']);
  expect(read('an hour and a half')).toEqual(['duration/hour=1.5']);
  expect(
    factStatus(
      judge,
      'We waited 150 minutes for the engineer.',
      ['150 minutes'],
      'So you waited three hours for the engineer. Is that right?',
      'en',
    ),
  ).toBe('contradicted');
  expect(
    factStatus(
      judge,
      'We waited 150 minutes for the engineer.',
      ['150 minutes'],
      'So you waited two and a half hours for the engineer. Is that right?',
      'en',
    ),
  ).toBe('met');
});

test('numbers of a span out of order ("three hundred pounds … one till three") are no reversed route', () => {
  expect(
    factStatus(
      judge,
      'I booked your van at the fete on Saturday, 1 to 3 p.m., for £300.',
      ['1 to 3'],
      'So you paid three hundred pounds for the van from one till three on Saturday. Is that right?',
      'en',
    ),
  ).not.toBe('contradicted');
});
