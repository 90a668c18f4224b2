import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const feeling = (customer: string, facts: [string, string[]][], answer: string) =>
  judge
    .judge(
      restatementItem(customer, [...facts, ['feeling', ['理解', '着急', '担心']]]),
      answer,
      'zh-Hans',
    )
    .criteria.find((c) => c.id === 'feeling')?.met;

// A feeling word inside the customer's own thing or event told back (a pressure cooker, the
// emergency room, the trips wasted) is no feeling; the same answer with a feeling said of the
// customer still has one.
test.each([
  [
    '上个月买的电压力锅，六百九，才用五次密封圈就漏气。',
    [['price', ['六百九']]] as [string, string[]][],
    '您上个月买的电压力锅六百九，用了五次就漏气。我理解得对吗？',
    '您上个月买的电压力锅六百九，用了五次就漏气，您一定很着急。我理解得对吗？',
  ],
  [
    '我报了夜间练车，学费四千八，已经白跑了三趟，教练都不在。',
    [['fee', ['四千八']]] as [string, string[]][],
    '您交了四千八报夜间练车，您白跑了三趟，教练都不在。我说得对吗？',
    '您交了四千八报夜间练车，去了三趟教练都不在，难怪您着急。我说得对吗？',
  ],
  [
    '我爸周日在急诊一个人坐了两个小时，说好二十分钟有人到。',
    [['wait', ['两个小时']]] as [string, string[]][],
    '您父亲周日在急诊一个人坐了两个小时。我理解得对吗？',
    '您父亲周日在急诊一个人坐了两个小时，您一定很担心。我理解得对吗？',
  ],
  [
    '我喺你哋度買咗個六公升壓力煲，一千三蚊，安全閥鬆咗。',
    [['price', ['一千三']]] as [string, string[]][],
    '你買咗個一千三蚊嘅六公升壓力煲，安全閥鬆咗。我理解得啱唔啱？',
    '你買咗個一千三蚊嘅壓力煲，安全閥鬆咗，你一定好擔心。我理解得啱唔啱？',
  ],
])(
  "a feeling word inside the customer's thing is no feeling: %s",
  (customer, facts, without, withFeeling) => {
    expect(feeling(customer, facts, without)).toBe(false);
    expect(feeling(customer, facts, withFeeling)).toBe(true);
  },
);

// The same word said of the customer, in their words and in the answer, stays a feeling.
test.each([
  ['馆长天天催我，我压力很大。', '馆长天天催您，您压力一定很大。对吗？'],
  ['孩子一个人在家，我很担心孩子出事。', '孩子一个人在家，您担心孩子出事。对吗？'],
  ['等了三周还没修好，真的烦透了。', '等了三周还没修好，您烦透了。对吗？'],
])('a feeling word said of the customer stays a feeling: %s', (customer, answer) => {
  expect(feeling(customer, [['wait', ['三周', '馆长', '孩子']]], answer)).toBe(true);
});
