import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test("a length in the span of the customer's rough one is theirs; one outside it stays wrong", () => {
  const status = (customer: string, any: string, answer: string) =>
    factStatus(judge, customer, [any], answer, 'zh-Hans');
  const halfOver = '找客服查了半个多小时也没说清楚。';
  expect(status(halfOver, '半个多小时', '查了三十五分钟也没说清楚')).toBe('met');
  expect(status(halfOver, '半个多小时', '查了七十分钟也没说清楚')).not.toBe('met');
  const nearly = '找客服查了快一个小时也没说清楚。';
  expect(status(nearly, '快一个小时', '查了五十分钟也没说清楚')).toBe('met');
  expect(status(nearly, '快一个小时', '查了七十分钟也没说清楚')).not.toBe('met');
  const over = '查了两个多月也没说清楚。';
  expect(status(over, '两个多月', '查了七十天也没说清楚')).toBe('met');
  expect(status(over, '两个多月', '查了五十天也没说清楚')).not.toBe('met');
});
