import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (text: string) => valuesIn(text).map((v) => `${v.type}:${v.unit}=${v.value}`);

test('a one-word fact the customer said is met by a word of its sense', () => {
  const customer = 'We ordered a forest wall mural for the bedroom and it came too narrow.';
  const status = (answer: string) => factStatus(judge, customer, ['forest', 'trees'], answer, 'en');
  expect(status('So the woodland mural arrived too narrow.')).toBe('met');
  expect(status('So the mural arrived too narrow.')).not.toBe('met');
  // A word the customer did not say stays a word alone ("visits" is no "visitors").
  const visits = 'Clients keep commenting on the dead plant.';
  expect(
    factStatus(judge, visits, ['visitors'], 'The technician only visits every other week.', 'en'),
  ).not.toBe('met');
});

test('"couple of" after a determiner is two', () => {
  expect(read('your last couple of boxes')).toEqual(read('your last two boxes'));
  const customer = 'The last two boxes had books for ages seven to nine.';
  expect(
    factStatus(
      judge,
      customer,
      ['last two', 'two boxes'],
      'The last couple of boxes were wrong.',
      'en',
    ),
  ).toBe('met');
});

test('the start of the year is January, said for a fact that is only a month', () => {
  expect(read('at the start of the year')).toEqual(read('in January'));
  const customer = 'We switched our bookkeeping to you in January and you filed late twice.';
  const status = (answer: string) => factStatus(judge, customer, ['January'], answer, 'en');
  expect(status('You moved your books to us at the start of the year.')).toBe('met');
  expect(status('You moved your books to us at the end of the year.')).not.toBe('met');
});

test('noon, midday and midnight are twelve on the clock', () => {
  const customer = 'Two of the airbeds were flat by midnight and two girls slept on the floor.';
  const status = (any: string[], answer: string) => factStatus(judge, customer, any, answer, 'en');
  expect(status(['midnight'], 'Two airbeds had gone down by twelve o’clock.')).toBe('met');
  expect(status(['midnight'], 'Two airbeds had gone down by eleven o’clock.')).not.toBe('met');
  expect(status(['noon', '12pm'], 'The table was booked for midday.')).toBe('met');
});
