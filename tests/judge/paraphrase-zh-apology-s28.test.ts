import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test("feeling: an apology in another register (唔好意思, 不好意思) meets the author's 抱歉", () => {
  const customer = '我哋訂嘅花牌遲咗兩個鐘先到，開張都開完。';
  const item = restatementItem(customer, [
    ['late', ['遲咗兩個鐘', '遲咗兩個鐘頭']],
    ['feeling', ['抱歉', '對不起']],
  ]);
  const said = (answer: string) =>
    judge.judge(item, answer, 'zh-Hans').criteria.find((c) => c.id === 'feeling')?.met;
  expect(said('你係話花牌遲咗兩個鐘先到，開張都開完，真係唔好意思。係唔係？')).toBe(true);
  expect(said('您是说花牌迟了两个钟头才到，开张都结束了，真不好意思。对吗？')).toBe(true);
  expect(said('你係話花牌遲咗兩個鐘先到，開張都開完。係唔係？')).toBe(false);
});
