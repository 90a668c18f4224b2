import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test('"nearly N units" restates a length above N−1 of them and up to N; outside it is wrong', () => {
  const customer = 'The refund has taken 19 days and the repair before that took seven weeks.';
  const status = (any: string, answer: string) => factStatus(judge, customer, [any], answer, 'en');
  expect(status('19 days', 'Your refund has taken nearly three weeks.')).toBe('met');
  expect(status('seven weeks', 'The repair took the best part of two months.')).toBe('met');
  expect(status('19 days', 'Your refund has taken nearly two weeks.')).not.toBe('met');
});

test('快 / 将近 N and N 左右 restate a length in Chinese the same way', () => {
  const customer = '退款二十天了还没到，之前维修用了三十三天。';
  const status = (any: string, answer: string) =>
    factStatus(judge, customer, [any], answer, 'zh-Hans');
  expect(status('二十天', '退款等了快三个礼拜还没到')).toBe('met');
  expect(status('三十三天', '之前维修用了一个月左右')).toBe('met');
  expect(status('二十天', '退款等了快两个礼拜还没到')).not.toBe('met');
  expect(status('二十天', '退款等了将近一个月还没到')).not.toBe('met');
});

test('a price said the spoken way after a verb of paying is either amount it may be', () => {
  const customer = 'I paid £450 for the course and £12.99 for the book.';
  const status = (any: string, answer: string) => factStatus(judge, customer, [any], answer, 'en');
  expect(status('£450', 'The course cost you four-fifty.')).toBe('met');
  expect(status('£12.99', 'The book cost you twelve ninety-nine.')).toBe('met');
  expect(status('£450', 'The course cost you three-fifty.')).not.toBe('met');
  // Not after a verb of paying: a time, not a price.
  expect(status('£450', 'The course started at four-fifty.')).not.toBe('met');
});

test('"the best part of", "less than" and "a good" bound a length; a value outside stays unmet', () => {
  const customer =
    'It has been missing for 3 weeks, each call took 65 minutes, and I reported it 11 months ago.';
  const status = (any: string, answer: string) => factStatus(judge, customer, [any], answer, 'en');
  expect(status('3 weeks', 'It has been missing the best part of a month.')).toBe('met');
  expect(status('3 weeks', 'It has been missing less than a month.')).toBe('met');
  expect(status('3 weeks', 'It has been missing the best part of two months.')).not.toBe('met');
  expect(status('65 minutes', 'Each call took a good hour.')).toBe('met');
  expect(status('65 minutes', 'Each call took a good two hours.')).not.toBe('met');
  expect(status('11 months', 'You reported it nearly a year ago.')).toBe('met');
  expect(status('11 months', 'You reported it nearly two years ago.')).not.toBe('met');
});

test('"nearly half an hour" covers 25 minutes; "about half an hour" does not cover forty', () => {
  const customer = 'The guide lost us for 25 minutes and the lift stuck for forty minutes.';
  const status = (any: string, answer: string) => factStatus(judge, customer, [any], answer, 'en');
  expect(status('25 minutes', 'The guide lost you for nearly half an hour.')).toBe('met');
  expect(status('25 minutes', 'The guide lost you for nearly an hour.')).not.toBe('met');
  expect(status('forty minutes', 'The lift stuck for about half an hour.')).not.toBe('met');
  expect(status('forty minutes', 'The lift stuck for just over half an hour.')).toBe('met');
  expect(status('forty minutes', 'The lift stuck for just over a quarter of an hour.')).not.toBe(
    'met',
  );
});
