import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { feelingCheck } from '../../src/judge/paraphrase/restate.js';
import { prepareAnswer } from '../../src/judge/text/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

// English clauses that acknowledge the feeling by their grammar, whatever words fill them; the
// same words in a retold fact, a question or a negated clause do not.
test.each([
  // The feeling perceived by the agent, with a verb in -c (panicking).
  ["I can tell you're panicking about it.", true],
  ['I can sense how livid you are.', true],
  ['I can see you are on the annual plan.', false],
  // The feeling judged right to have.
  ["You want the deposit back, and that's completely understandable.", true],
  ['You were worn out, which is only natural.', true],
  ["It's fair to feel you weren't looked after.", true],
  ["You've every reason to be cross.", true],
  ['The form is understandable once you read it twice.', false],
  ["It's completely understandable that you're wary of getting back on.", true],
  ["It's only natural that you'd be shaken by that.", true],
  ['It is understandable that the form confused people.', false],
  // "It" names the thing: a word for what it does to a person, not for what became of it.
  ["It's maddening to pay for one fix and end up with a new fault.", true],
  ['It was infuriating to hear nothing for a week.', true],
  ["It's lost somewhere in the depot.", false],
  ["It's broken again and the lid is stuck.", false],
  // A positive judgement negated.
  ["Being charged for it isn't fair on you.", true],
  ['The fee was not fixed until Monday.', false],
  // The agent's own apology, however strong.
  ["I'm really sorry.", true],
  ["We're so sorry about the mix-up.", true],
  // Anyone at all in the customer's place, and the agent with too.
  ['Anyone with a newborn would be beside themselves.', true],
  ['Weeks of that would wear anybody down.', true],
  ["Seeing her cry would break any parent's heart.", true],
  ["I'd be pulling my hair out too.", true],
  ['If anyone at the branch would call you back, it was Tuesday.', false],
  ['They said they would refund anyone who asked.', false],
  // What the events must have done, said of that or this.
  ['That must have spoiled the whole evening.', true],
  ['The parcel must have gone to the depot.', false],
  // An exclamation opened by "what a", not a question, and a two-word feeling with a hyphen.
  ['What a day to have that happen.', true],
  ['What a let-down on her birthday.', true],
  ['What a day was it booked for?', false],
])('English clause: %s → %s', (text, met) => {
  expect(feelingCheck(prepareAnswer(text)).met).toBe(met);
});

// Chinese clauses read the same way (written Cantonese read as Mandarin first).
test.each([
  ['老人又有哮喘，您心里能不慌吗？', true],
  ['七岁细路喊住返屋企，做阿妈点会唔心痛。', true],
  ['这种情况让人怎么放心。', true],
  ['压力一定很大。', true],
  ['心情肯定很低落。', true],
  ['这事谁碰上都来气。', true],
  ['換咗我都會唔開心。', true],
  ['真係好對唔住。', true],
  // A knowledge word is no feeling, and 换了我们 is no place taken.
  ['你怎么会不知道密码？', false],
  ['他们换了我们的座位。', false],
])('Chinese clause: %s → %s', (text, met) => {
  expect(feelingCheck(prepareAnswer(text)).met).toBe(met);
});

const judge = createJudge(resources);
const feeling = (customer: string, facts: [string, string[]][], answer: string) =>
  judge
    .judge(
      restatementItem(customer, [...facts, ['feeling', ['理解', '着急', '担心']]]),
      answer,
      'zh-Hans',
    )
    .criteria.find((c) => c.id === 'feeling')?.met;

// A feeling word that ends inside the story told back — a fact met, or the closing check — is
// a word of the story, not the agent's acknowledgement.
test('a feeling word inside a retold fact or the check is not acknowledged', () => {
  const customer = '你们每年给我们校准三块压力表，今年证书上还是去年的数据，审核员下周一就来。';
  const facts: [string, string[]][] = [
    ['gauges', ['三块压力表']],
    ['old', ['去年的数据']],
  ];
  expect(
    feeling(customer, facts, '您三块压力表的证书是去年的数据，下周一审核。我理解得对吗？'),
  ).toBe(false);
  expect(
    feeling(customer, facts, '您三块压力表的证书是去年的数据，下周一就审核，您一定很着急。对吗？'),
  ).toBe(true);
});

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
  ['孩子一个人在家，我一直担心孩子出事。', '孩子一个人在家，您一直担心孩子出事。对吗？'],
  ['拖了三个月，我都快崩溃了。', '拖了三个月，您快崩溃了。对吗？'],
  ['等了三周还没修好，真的烦透了。', '等了三周还没修好，您烦透了。对吗？'],
])('a feeling word said of the customer stays a feeling: %s', (customer, answer) => {
  expect(feeling(customer, [['wait', ['三周', '馆长', '孩子', '三个月']]], answer)).toBe(true);
});
