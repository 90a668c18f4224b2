import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// Two counts with a second measure word after their own (八人份, 四人份).
const sushi = restatementItem(
  '我给公司聚餐订了寿司拼盘，要八人份，结果送来的是四人份，米饭还是硬的。',
  [
    ['platter', ['寿司拼盘']],
    ['ordered', ['八人份', '8人份']],
    ['got', ['送来四人份', '只有四人份']],
    ['rice', ['米饭是硬的', '饭硬']],
  ],
);

const statuses = (answer: string) =>
  judge.judge(sushi, answer, 'zh-Hans').criteria.map((c) => `${c.id}:${c.status}`);

test('the two counts given for each other are swapped, measure word and all', () => {
  const said = statuses(
    '您订的寿司拼盘是四人份，送来了八人份，米饭还是硬的，我理解您的心情，对吗？',
  );
  expect(said.filter((s) => s.endsWith(':contradicted')).length).toBeGreaterThan(0);
});

test('the counts in their own places stay met', () => {
  expect(
    statuses('您订的寿司拼盘要八人份，送来的只有四人份，米饭还是硬的，我理解您的心情，对吗？'),
  ).toEqual(expect.arrayContaining(['ordered:met', 'got:met']));
});
