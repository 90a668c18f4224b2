import { describe, expect, test } from 'vitest';
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

describe('the one fact a restatement still lacks', () => {
  const parcel =
    '我在你们店买了一台咖啡机，花了两千六。送货师傅把箱子往楼道里一扔就走了，机器侧面撞出一个坑。';
  const item4 = restatementItem(parcel, [
    ['machine', ['咖啡机']],
    ['price', ['两千六', '2600']],
    ['dumped', ['一扔就走', '扔在楼道']],
    ['dent', ['撞出一个坑', '凹了']],
  ]);
  const dumped = (answer: string) =>
    judge.judge(item4, answer, 'zh-Hans').criteria.find((c) => c.id === 'dumped');
  const rest = '机器侧面撞出一个坑。我理解您很生气。我说得对吗？';
  const inOtherWords = '送货员把纸箱往过道随手一丢人就离开了，';

  test('is retold by a clause that says less of its words when every other fact is met', () => {
    const answer = `您在我们这儿买了咖啡机，花了2600元，${inOtherWords}${rest}`;
    expect(dumped(answer)?.detail).toMatch(/^aligned-lone:/);
    expect(judge.judge(item4, answer, 'zh-Hans').verdict).toBe('pass');
  });

  test('is not, when another fact is missing too', () => {
    expect(dumped(`您在我们这儿买了咖啡机，${inOtherWords}${rest}`)?.status).toBe('missed');
  });

  test('is not, when the clause is denied and the customer’s is not', () => {
    const denied = '送货员把纸箱往过道随手一丢人就没离开，';
    expect(dumped(`您在我们这儿买了咖啡机，花了2600元，${denied}${rest}`)?.status).not.toBe('met');
  });

  test('is placed at the customer clause that holds most of a wording not said word for word', () => {
    const item5 = restatementItem(parcel, [
      ['machine', ['咖啡机']],
      ['dumped', ['箱子扔在楼道']],
      ['dent', ['撞出一个坑']],
    ]);
    const said = (answer: string) =>
      judge.judge(item5, answer, 'zh-Hans').criteria.find((c) => c.id === 'dumped')?.status;
    expect(said(`您在我们这儿买了咖啡机，送货员把纸箱往楼道里随手一丢就走了，${rest}`)).toBe('met');
    expect(said(`您在我们这儿买了咖啡机，${rest}`)).toBe('missed');
  });
});
