import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (text: string) => valuesIn(text).map((v) => [v.unit, v.value, v.other]);

test('a date in figures is read day first, as a day of the month and a month', () => {
  expect(read('the visit on 12/3')).toEqual([
    ['dom', '12', '3'],
    ['month', '3', '12'],
  ]);
  // A day past twelve reads one way only, whichever side it is on.
  expect(read('your party on 25/6')).toEqual([
    ['dom', '25', undefined],
    ['month', '6', undefined],
  ]);
  expect(read('due by 6/25')).toEqual([
    ['month', '6', undefined],
    ['dom', '25', undefined],
  ]);
  // With a year after it.
  expect(read('from 17/10/2026')).toEqual([
    ['dom', '17', undefined],
    ['month', '10', undefined],
  ]);
  // A fraction of something, or a figure with no word that opens a date, is no date.
  expect(read('3/4 of the group').some(([unit]) => unit === 'dom')).toBe(false);
  expect(read('a 5/2 split').some(([unit]) => unit === 'dom')).toBe(false);
});

test('a date in figures restates a date the customer said in words', () => {
  const customer = 'The tiler was booked for the seventeenth of October and never came.';
  const status = (answer: string) =>
    factStatus(judge, customer, ['seventeenth of October', '17 October'], answer, 'en');
  expect(status('So the tiler booked for 17/10 never turned up. Is that right?')).toBe('met');
  expect(status('So the tiler booked for 10/17 never turned up. Is that right?')).toBe('met');
  // Another date is not the customer's, in either order.
  expect(status('So the tiler booked for 18/10 never turned up. Is that right?')).not.toBe('met');
});

test("a date that reads either way is the customer's if either reading is, and wrong if neither is", () => {
  const customer = 'Our stall at the market on the fourth of May was given to someone else.';
  const status = (answer: string) =>
    factStatus(judge, customer, ['fourth of May', '4 May'], answer, 'en');
  expect(status('So your stall on 4/5 went to another trader. Have I got that right?')).toBe('met');
  expect(status('So your stall on 5/4 went to another trader. Have I got that right?')).toBe('met');
  const neither = status('So your stall on 6/4 went to another trader. Have I got that right?');
  expect(neither).not.toBe('met');
  // As wrong as the same date said in words.
  expect(neither).toBe(
    status('So your stall on the sixth of April went to another trader. Have I got that right?'),
  );
});
