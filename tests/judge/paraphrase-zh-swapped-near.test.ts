import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const contradicted = (customer: string, criteria: [string, string[]][], answer: string) =>
  judge
    .judge(restatementItem(customer, criteria), answer, 'zh-Hans')
    .criteria.filter((c) => c.status === 'contradicted')
    .map((c) => c.id);

const museum = '官网上写着展馆开到晚上八点，结果我们六点到，门口的保安就说已经停止入场了。';
const hours: [string, string[]][] = [
  ['open-until', ['八点']],
  ['arrived', ['六点']],
  ['stopped', ['停止入场']],
];

test('zh: a time given with the words right before the other time is swapped', () => {
  // 到 of 开到晚上六点 is also in 六点到: one character of its own clause is weak evidence.
  expect(
    contradicted(museum, hours, '官网写展馆开到晚上六点，您八点才到，保安说已经停止入场了。'),
  ).not.toEqual([]);
  expect(
    contradicted(museum, hours, '官网写展馆开到晚上八点，您六点就到了，保安却说停止入场了。'),
  ).toEqual([]);
});

test('zh: a clause that merges two of the customer’s keeps the value of the words before it', () => {
  const train = '我订的是明天上午九点去无锡的大巴，结果临时改成了下午，我十一点要见客户。';
  const facts: [string, string[]][] = [
    ['morning', ['上午九点', '九点']],
    ['moved', ['下午', '改成']],
    ['meeting', ['十一点', '见客户']],
  ];
  expect(
    contradicted(train, facts, '您明天去无锡的大巴改到了下午，十一点要见客户，对吗？'),
  ).toEqual([]);
});

test('zh: the words after a customer’s value lead into the next value, not into what it is of', () => {
  const plan = '我上个月把月租从199降成了99，可是这个月账单还是扣了我199。';
  const facts: [string, string[]][] = [
    ['lowered', ['降成了99', '改成99']],
    ['billed', ['扣了199', '还是199']],
  ];
  expect(contradicted(plan, facts, '您月租上个月就改成99了，账单却照199扣，对吗？')).toEqual([]);
});
