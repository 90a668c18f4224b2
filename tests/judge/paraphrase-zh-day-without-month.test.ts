import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// A day of the month said without its month (十五號 for 九月十五號) is that day; another day
// of the month is still a wrong one.
const CUSTOMER = '我喺你哋度訂咗個生日蛋糕,九月十五號晚上要用,而家話做唔切。';

test('the day said without its month meets a fact dated with it', () => {
  expect(
    factStatus(
      judge,
      CUSTOMER,
      ['九月十五號', '9月15日'],
      '蛋糕十五號晚上要用,而家話做唔切,係咪?',
      'zh-Hans',
    ),
  ).toBe('met');
});

test('another day said without its month does not', () => {
  expect(
    factStatus(
      judge,
      CUSTOMER,
      ['九月十五號', '9月15日'],
      '蛋糕十六號晚上要用,而家話做唔切,係咪?',
      'zh-Hans',
    ),
  ).not.toBe('met');
});
