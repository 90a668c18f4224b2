import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (j: ReturnType<typeof judge.judge>, id: string) =>
  j.criteria.find((c) => c.id === id)?.status;

test('对不起 at the end is an apology, not a check question', () => {
  const item = restatementItem('我的快递三天了还没到，里面是药，我很着急。', [
    ['days', ['三天', '3天']],
    ['medicine', ['药']],
  ]);
  const facts = '您的快递三天了还没到，里面是药，难怪您着急';
  const sorry = judge.judge(item, `${facts}，真是对不起。`, 'zh-Hans');
  expect(sorry.criteria.find((c) => c.id === 'check-question')?.met).toBe(false);
  expect(sorry.verdict).toBe('partial');
  expect(judge.judge(item, `${facts}，对不对？`, 'zh-Hans').verdict).toBe('pass');
});

test('a place is the same place with a verb of coming after it (从成都赶过来 = 从成都赶来)', () => {
  const item = restatementItem('我们一家从成都赶来参加婚礼，结果酒店说没有我们的预订。', [
    ['from', ['成都']],
    ['booking', ['没有预订', '没有我们的预订', '查不到预订']],
  ]);
  const j = judge.judge(
    item,
    '您一家从成都赶过来参加婚礼，酒店却说没有您的预订，难怪您着急。是这样吧？',
    'zh-Hans',
  );
  expect(status(j, 'from')).toBe('met');
  expect(j.verdict).toBe('pass');
  const wrong = judge.judge(
    item,
    '您一家从重庆赶过来参加婚礼，酒店却说没有您的预订，难怪您着急。是这样吧？',
    'zh-Hans',
  );
  expect(status(wrong, 'from')).toBe('contradicted');
});

test('a number in another clause counts something else than the fact said with it', () => {
  const item = restatementItem('我上周来办手续，今天换了一个人说还少一份收入证明，我白跑了一趟。', [
    ['when', ['上周']],
    ['missing', ['收入证明']],
    ['wasted', ['白跑']],
  ]);
  const j = judge.judge(
    item,
    '您上周来办手续，今天另一位同事却说还缺收入证明，害您白跑一趟，两个人说法都不一样，难怪您生气。我理解得对吗？',
    'zh-Hans',
  );
  expect(status(j, 'missing')).toBe('met');
  expect(j.verdict).toBe('pass');
});

test('one wrong count of calls, of things or one wrong anniversary among right facts is partial; two are poor', () => {
  const item = restatementItem(
    'I have rung you four times about the two chairs that came scratched, and it was for our fifth anniversary. I am so annoyed.',
    [
      ['calls', ['four times', 'rung four times', 'called four times']],
      ['chairs', ['two chairs', 'both chairs']],
      ['scratched', ['scratched']],
      ['occasion', ['fifth anniversary', 'anniversary']],
    ],
  );
  const right =
    "You've called four times about the two chairs that arrived scratched, for your fifth anniversary. No wonder you're annoyed. Is that right?";
  expect(judge.judge(item, right, 'en').verdict).toBe('pass');
  const calls = judge.judge(item, right.replace('four times', 'three times'), 'en');
  expect(status(calls, 'calls')).toBe('contradicted');
  expect(calls.verdict).toBe('partial');
  const year = judge.judge(item, right.replace('fifth', 'sixth'), 'en');
  expect(status(year, 'occasion')).toBe('contradicted');
  expect(year.verdict).toBe('partial');
  const chairs = judge.judge(item, right.replace('two chairs', 'three chairs'), 'en');
  expect(status(chairs, 'chairs')).toBe('contradicted');
  expect(chairs.verdict).toBe('partial');
  const both = right.replace('four times', 'three times').replace('fifth', 'sixth');
  expect(judge.judge(item, both, 'en').verdict).toBe('fail');
});

test('找过三次 for 找过两次 or 三张票 for 两张票 is one minor slip (partial); both wrong are poor', () => {
  const item = restatementItem(
    '我订了两张去西安的票，钱扣了票没出，我已经找过你们两次了，真烦人。',
    [
      ['tickets', ['两张', '2张']],
      ['to', ['西安']],
      ['charged', ['钱扣了', '扣了钱', '扣款']],
      ['times', ['两次', '2次']],
    ],
  );
  const right = '您订了两张去西安的票，钱扣了票没出，您已经找过我们两次了，难怪您心烦。对吗？';
  expect(judge.judge(item, right, 'zh-Hans').verdict).toBe('pass');
  expect(judge.judge(item, right.replace('两次', '三次'), 'zh-Hans').verdict).toBe('partial');
  expect(judge.judge(item, right.replace('两张', '三张'), 'zh-Hans').verdict).toBe('partial');
  const both = right.replace('两张', '三张').replace('两次', '三次');
  expect(judge.judge(item, both, 'zh-Hans').verdict).toBe('fail');
});

test.each([
  [
    'I have called three times and nobody came. I am angry.',
    ['called three times'],
    "You've rung us three times and nobody came. No wonder you're angry. Is that right?",
  ],
  [
    'I have called 3 times and nobody came. I am angry.',
    ['called 3 times'],
    "That's three calls and nobody came. No wonder you're angry. Is that right?",
  ],
  [
    'I phoned two times and nobody came. I am angry.',
    ['two calls'],
    "You phoned twice and nobody came. No wonder you're angry. Is that right?",
  ],
  ['我打了3次电话都没人来，气死了。', ['打了3次'], '您打过三回电话都没人来，难怪您生气，对吗？'],
  ['我打了三次電話都沒人來，氣死了。', ['三次電話'], '三个电话打过去都没人来，难怪您生气，对吗？'],
])('a count of times in other words meets the fact: %s → %s', (customer, any, answer) => {
  const item = restatementItem(customer, [['calls', any]]);
  const j = judge.judge(item, answer, /[a-z]/i.test(answer) ? 'en' : 'zh-Hans');
  expect(status(j, 'calls')).toBe('met');
  expect(j.verdict).toBe('pass');
});

test('one wrong count of times, of the fault or of the chasing, is a detail (partial); both wrong are poor', () => {
  const item = restatementItem(
    'You took the money from my card twice for one order, and I have emailed you three times about it. I am furious.',
    [
      ['twice', ['twice', 'two times', 'double']],
      ['order', ['one order', 'single order', 'same order']],
      ['emails', ['emailed three times', 'three emails']],
    ],
  );
  const right =
    "You were charged twice for one order and you've emailed us three times. I'd be furious too. Is that right?";
  expect(judge.judge(item, right, 'en').verdict).toBe('pass');
  const chased = judge.judge(item, right.replace('three times', 'four times'), 'en');
  expect(status(chased, 'emails')).toBe('contradicted');
  expect(chased.verdict).toBe('partial');
  const charged = judge.judge(item, right.replace('charged twice', 'charged four times'), 'en');
  expect(status(charged, 'twice')).toBe('contradicted');
  expect(charged.verdict).toBe('partial');
  const both = right
    .replace('charged twice', 'charged four times')
    .replace('three times', 'four times');
  expect(judge.judge(item, both, 'en').verdict).toBe('fail');
});

test("the customer's word for one fact does not meet another by inflection ('charged' is not 'charges')", () => {
  const item = restatementItem(
    'I was charged 40 dollars twice for one ticket, and now my bank is adding charges. It is so stressful.',
    [
      ['twice', ['twice', 'two times']],
      ['fees', ['bank charges', 'charges', 'fees', 'overdrawn']],
    ],
  );
  const j = judge.judge(
    item,
    'You were charged 40 dollars twice for one ticket. I can see why that is stressful. Is that right?',
    'en',
  );
  expect(status(j, 'fees')).toBe('missed');
  expect(j.verdict).toBe('partial');
  // Said only in another form by the customer, the form is theirs: "leaking" for "leak".
  const leak = restatementItem(
    'The tap started leaking on Monday and the floor is soaked. I am fed up.',
    [
      ['leak', ['leak']],
      ['day', ['monday']],
    ],
  );
  expect(
    status(
      judge.judge(
        leak,
        'Your tap is leaking since Monday. No wonder you are fed up. Is that right?',
        'en',
      ),
      'leak',
    ),
  ).toBe('met');
});

test.each([
  [
    '我存了两万定期，利息少算了，真气人。',
    ['两万'],
    '您存了2万定期，利息少算了，难怪您生气，对吗？',
  ],
  [
    '我存了2万定期，利息少算了，真气人。',
    ['2万'],
    '您存了20000元定期，利息少算了，难怪您生气，对吗？',
  ],
  [
    '衣服699元，退款还没到，真气人。',
    ['699元'],
    '您那件衣服六百九十九块，退款还没到，难怪您生气，对吗？',
  ],
  ['我等了一个半小时，真气人。', ['一个半小时'], '您等了1.5个小时，难怪您生气，对吗？'],
])(
  'an amount or a length of time in another script meets the fact: %s → %s',
  (customer, any, answer) => {
    const item = restatementItem(customer, [['value', any]]);
    const j = judge.judge(item, answer, 'zh-Hans');
    expect(status(j, 'value')).toBe('met');
    expect(j.verdict).toBe('pass');
  },
);

test('the general measure word alone is no value of a fact: 一个新账户 is not 一个多月', () => {
  const item = restatementItem('我想注销妈妈的账户，跑了一个多月，每个网点说法都不一样，真是累。', [
    ['account', ['注销', '账户']],
    ['month', ['一个多月', '一个月']],
    ['different', ['说法不一样', '说法都不一样']],
  ]);
  const j = judge.judge(item, '您是想给妈妈开一个新账户，对吗？', 'zh-Hans');
  expect(status(j, 'month')).toBe('missed');
  expect(j.verdict).toBe('fail');
});
