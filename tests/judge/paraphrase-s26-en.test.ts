import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test('an ordinal in words after "on the", "since the", "by the" is a day of the month', () => {
  expect(read('it came on the fifth')).toEqual(['date/dom=5']);
  expect(read('waiting since the twenty-eighth')).toEqual(['date/dom=28']);
  expect(read('by the tenth.')).toEqual(['date/dom=10']);
  // Not after another word, nor with the noun it places after it.
  expect(read('the third')).toEqual([]);
  expect(read('on the first visit')).toEqual(['number/ordinal visit=1']);
  expect(read('her twenty-first birthday')).toEqual(['number/ordinal birthday=21']);
});

test('a verb in the past after an ordinal is no noun it places', () => {
  expect(read('the festival on the third landed on the fifth')).toEqual([
    'date/dom=3',
    'date/dom=5',
  ]);
  expect(read('the 3rd arrived')).toEqual(['date/dom=3']);
  expect(read('the third call')).toEqual(['number/ordinal call=3']);
});

test('a clock written with a point is a time after "at" or with am/pm, not a price', () => {
  expect(read('at 10.15')).toEqual(read('at 10:15'));
  expect(read('10.15am')).toEqual(['time/clock=10:15']);
  expect(read('it cost 10.15')).toEqual(['number/number=10.15']);
  expect(read('at 4.75')).toEqual(['number/number=4.75']);
});

const customer =
  'I ordered the sofa on 14 March. It finally came on 28 March with a ripped cushion. I was told at 10:15 it would be late.';

test.each([
  [
    'a day in words without its month',
    ['28 March'],
    'It only came on the twenty-eighth. Is that right?',
  ],
  ['a day in figures without its month', ['28 March'], 'It only came on the 28th. Is that right?'],
  ['a day for a phrase that is a day alone', ['28th'], 'It turned up on the twenty-eighth.'],
  ['a clock with a point', ['10:15'], 'You heard at 10.15 that it would be late.'],
])('the customer’s value said another way is met: %s', (_, any, answer) => {
  expect(factStatus(judge, customer, any, answer, 'en')).toBe('met');
});

test('a day said with another month, or another day, is not the date', () => {
  expect(factStatus(judge, customer, ['28 March'], 'It came on the 28th of April.', 'en')).not.toBe(
    'met',
  );
  expect(factStatus(judge, customer, ['28 March'], 'It came on the twenty-fifth.', 'en')).not.toBe(
    'met',
  );
});

test('minutes said roughly in hours: "the best part of an hour" for fifty minutes', () => {
  const waited = 'We waited 50 minutes at the stop in the cold while three full buses drove past.';
  const status = (answer: string) => factStatus(judge, waited, ['50 minutes'], answer, 'en');
  expect(status('You stood at the stop for the best part of an hour.')).toBe('met');
  expect(status('You stood at the stop for close to an hour.')).toBe('met');
  expect(status('You stood at the stop for about an hour.')).toBe('met');
  // Short of it by more than a quarter, or past it, is another length.
  expect(status('You stood at the stop for nearly two hours.')).not.toBe('met');
  expect(status('You stood at the stop for over an hour.')).not.toBe('met');
});
