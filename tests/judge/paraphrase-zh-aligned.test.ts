import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const story =
  '我在你们店订了一个生日蛋糕，付了三百八。说好周六上午十点送到，结果送来的是巧克力味的，店员还说是我自己下单选错了。';
const item = restatementItem(story, [
  ['cake', ['生日蛋糕']],
  ['paid', ['三百八', '380']],
  ['due', ['周六上午十点', '周六十点']],
  ['wrong', ['巧克力味']],
  ['blamed', ['选错', '怪我']],
]);
const status = (answer: string, id: string) =>
  judge.judge(item, answer, 'zh-Hans').criteria.find((c) => c.id === id);

test("a fact in the trainee's own words is found by the customer's clause it retells", () => {
  const blamed = status(
    '您订了生日蛋糕，付了380，周六上午十点送到的却是巧克力味；店员反倒说是您自己下单时挑错了，对吗？',
    'blamed',
  );
  expect(blamed?.status).toBe('met');
  expect(blamed?.detail).toMatch(/^aligned:/);
});

test('an answer clause that holds another fact’s words does not retell this one', () => {
  // 巧克力 belongs to the wrong flavour, which this clause of the customer's does not say.
  expect(status('店员说巧克力味是您自己点错的。', 'blamed')?.status).not.toBe('met');
});

test('a clause with another value of the same kind retells nothing', () => {
  const sat = '我在你们店订了蛋糕。说好周六上午十点送到，店员说师傅请假了。';
  const item2 = restatementItem(sat, [
    ['cake', ['订了蛋糕']],
    ['due', ['周六上午十点送到', '周六十点送']],
    ['leave', ['师傅请假']],
  ]);
  const due = (answer: string) =>
    judge.judge(item2, answer, 'zh-Hans').criteria.find((c) => c.id === 'due')?.status;
  expect(due('约好礼拜六上午十点给您送过去。')).toBe('met');
  expect(due('约好礼拜天上午十点给您送过去。')).not.toBe('met');
});

test("the customer's denied act told as done is contradicted, and a lack word is no turn", () => {
  const milk = '我订了一年的鲜奶，预付了九百。这个月有好几天没送到家门口，客服电话也没人接。';
  const item3 = restatementItem(milk, [
    ['year', ['一年']],
    ['paid', ['九百', '900']],
    ['missed', ['好几天没送', '没送']],
    ['phone', ['没人接']],
  ]);
  const missed = (answer: string) => {
    const c = judge.judge(item3, answer, 'zh-Hans').criteria.find((k) => k.id === 'missed');
    return { status: c?.status, detail: c?.detail };
  };
  expect(missed('这个月每天都按时送到了家门口。')).toEqual({
    status: 'contradicted',
    detail: 'aligned-turned:这月天送到家门口',
  });
  // 漏送 says the lack without a negation: not the act told as done.
  expect(missed('这个月有好几天漏送了。').detail).not.toMatch(/^aligned-turned/);
});
