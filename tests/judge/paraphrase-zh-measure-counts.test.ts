import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// A count said in digits before its measure word (8人, 3颗) counts people or things as 八个人 and
// 三颗 do: it is never a bare amount to hold against the customer's 三千六 or 五百.
const customer =
  '我们一家八个人在你们农家乐订了周六的烧烤套餐，付了三千六，结果烤炉坏了三个，只能轮着用。真是扫兴。';
const item = restatementItem(customer, [
  ['people', ['八个人', '八位', '8个人']],
  ['price', ['三千六', '3600']],
  ['broken', ['坏了三个', '三个', '烤炉坏']],
]);

test.each([
  ['您一家8人订了周六的烧烤套餐，付了3600，烤炉坏了3个只能轮着用，真是扫兴。我说得对吗？', 'pass'],
  ['您家8人订的烧烤，三千六，烤炉坏了三个，难怪您觉得扫兴。对吗？', 'pass'],
  // 6人 for 八个人 is a wrong count: one slip among right facts, partial (docs/drill-format.md).
  [
    '您一家6人订了周六的烧烤套餐，付了3600，烤炉坏了3个只能轮着用，真是扫兴。我说得对吗？',
    'partial',
  ],
])('%s → %s', (answer, verdict) => {
  const j = judge.judge(item, answer, 'zh-Hans');
  expect(j.verdict).toBe(verdict);
  const people = j.criteria.find((c) => c.id === 'people')?.status;
  expect(people).toBe(verdict === 'pass' ? 'met' : 'contradicted');
});

test('4片 counts pieces as 四片 does: not a wrong amount for 一千二', () => {
  const nails = restatementItem('我花了一千二做的美甲，才两天就掉了四片，太气人了。', [
    ['price', ['一千二', '1200']],
    ['lost', ['四片', '4片', '掉了']],
  ]);
  const j = judge.judge(nails, '美甲花了1200元，两天就掉了4片，确实气人。对吗？', 'zh-Hans');
  expect(j.criteria.find((c) => c.id === 'price')?.status).toBe('met');
  expect(j.verdict).toBe('pass');
});
