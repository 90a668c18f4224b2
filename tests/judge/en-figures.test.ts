import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (text: string) => valuesIn(text).map((v) => [v.type, v.unit, v.value]);

test('thousands and millions said short are read as the amount; a "5k run" is no money', () => {
  expect(read('quoted at £11.5k')).toEqual([['money', 'money', '11500']]);
  expect(read('another 2.3k for worktops')).toEqual([['number', 'number', '2300']]);
  expect(read('a £1.2m house')).toEqual([['money', 'money', '1200000']]);
  expect(read('you put a grand down')).toEqual([['money', 'money', '1000']]);
  expect(read('half a grand')).toEqual([['money', 'money', '500']]);
  expect(read('a 5k run').some(([type]) => type === 'money')).toBe(false);
});

test('a decimal said in words is read as the decimal; "at one point" is none', () => {
  expect(read('two point four tonnes')).toEqual([['quantity', 'tonne', '2.4']]);
  expect(read('the two-point-one-metre slab')).toEqual([['quantity', 'metre', '2.1']]);
  expect(read('at one point four people left').some(([, , v]) => v === '1.4')).toBe(false);
});

test('scores, decades and shares of a year are read as counts and lengths', () => {
  expect(read('threescore infantry')).toEqual([['quantity', 'infantry', '60']]);
  expect(read("a baker's dozen rolls")).toEqual([['quantity', 'roll', '13']]);
  expect(read('a gross of pencils')).toEqual([['quantity', 'pencil', '144']]);
  expect(read('the soup was gross')).toEqual([]);
  expect(read('a decade and a half')).toEqual([['duration', 'year', '15']]);
  expect(read('half a decade')).toEqual([['duration', 'year', '5']]);
  expect(read('two decades')).toEqual([['duration', 'year', '20']]);
  expect(read('a year and a half')).toEqual([['duration', 'day', '540']]);
  expect(read('three quarters of a year')).toEqual([['duration', 'day', '270']]);
});

test('a month said short by its day is the month', () => {
  expect(read('the first of Feb')).toContainEqual(['date', 'month', '2']);
  expect(read('on Feb 14')).toContainEqual(['date', 'month', '2']);
  expect(read('the dec board').some(([type]) => type === 'date')).toBe(false);
});

test('a restatement meets the value said in these forms, and another value stays unmet', () => {
  const customer =
    'The kitchen was quoted at £11,500, the van carries 2.4 tonnes and the guarantee is 15 years.';
  const status = (any: string, answer: string) => factStatus(judge, customer, [any], answer, 'en');
  expect(status('£11,500', 'The kitchen was quoted at £11.5k.')).toBe('met');
  expect(status('£11,500', 'The kitchen was quoted at £12.5k.')).not.toBe('met');
  expect(status('2.4 tonnes', 'The van takes two point four tonnes.')).toBe('met');
  expect(status('2.4 tonnes', 'The van takes two point two tonnes.')).not.toBe('met');
  expect(status('15 years', 'It has a decade-and-a-half guarantee.')).toBe('met');
  expect(status('15 years', 'It has a decade-long guarantee.')).not.toBe('met');
});

test('"your trio" is a group of three people; "two of your trio" and "a trio of" things are read as said', () => {
  expect(read('your trio paid')).toEqual([['quantity', 'person', '3']]);
  expect(read('two of your trio')).toEqual([['quantity', 'trio', '2']]);
  expect(read('a trio of candlesticks')).toEqual([['quantity', 'candlestick', '3']]);
});

test('a bare count restated by a count word of scores is met; another count is not', () => {
  const customer = 'I ordered 40 replica Roman coins for the trail.';
  const status = (answer: string) => factStatus(judge, customer, ['40'], answer, 'en');
  expect(status('You ordered two score replica coins for the trail.')).toBe('met');
  expect(status('You ordered three score replica coins for the trail.')).not.toBe('met');
});
