import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test('"the following day" / "two days later" name the day counted from the weekday said before them', () => {
  const customer = 'I booked the van for Friday. The driver only turned up on Saturday.';
  const status = (answer: string) => factStatus(judge, customer, ['Saturday'], answer, 'en');
  expect(status('The van was booked for Friday and the driver came the following day.')).toBe(
    'met',
  );
  expect(status('The van was booked for Friday and the driver came the day after.')).toBe('met');
  expect(status('The van was booked for Friday and the driver came two days later.')).toBe(
    'contradicted',
  );
  // With no day before it, "the next day" names no day of its own.
  expect(status('The driver came the next day.')).not.toBe('met');
});

test('"the day after" something else is not counted from the weekday before it', () => {
  const customer = 'I booked the van for Friday. The driver only turned up on Saturday.';
  const status = (answer: string) => factStatus(judge, customer, ['Saturday'], answer, 'en');
  expect(status('Booked for Friday, the driver came the day after the party.')).not.toBe('met');
});

test('第二天 / 隔天 / 第二日 count from the weekday said before them and are no length of two days', () => {
  const customer = '我周三下的单，说好周四送到，结果周六才送来。';
  const status = (any: string, answer: string) =>
    factStatus(judge, customer, [any], answer, 'zh-Hans');
  expect(status('周四', '您周三下的单，说好第二天送到，结果周六才来。')).toBe('met');
  expect(status('周四', '您周三下的单，说好隔天送到，结果周六才来。')).toBe('met');
  expect(status('周六', '您周三下的单，结果过了三天才送来。')).toBe('met');
  expect(status('周六', '您周三下的单，结果第二天就送来了。')).not.toBe('met');
});

test('"the next day" after the last day of a month said with it is the first of the next', () => {
  const customer = 'We checked out on 30 November and found the charge on 1 December.';
  const status = (answer: string) => factStatus(judge, customer, ['1 December'], answer, 'en');
  expect(status('You checked out on the last day of November and found it the next day.')).toBe(
    'met',
  );
  expect(status('You checked out on 30 November and found it two days later.')).not.toBe('met');
});
