import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);
/** The status of a fact in a Chinese restatement. */
const zh = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'zh-Hans');

test('counts: the same count with another measure word of things meets the fact', () => {
  const customer = '我们租了六组音箱，其中有两组一开就没声音。';
  expect(zh(customer, ['两组', '2组'], '您租了六套音箱，有两套开了没声音，对吗？')).toBe('met');
  // A count the customer never gave is no restatement of it.
  expect(zh(customer, ['两组', '2组'], '您租了六套音箱，有三套开了没声音，对吗？')).not.toBe('met');
});

test('counts: 节 counts lessons as 次 and 堂 do, and is no wrong count of times', () => {
  const customer = '我报了十二节钢琴课，才上了四次老师就不来了。';
  expect(zh(customer, ['四次', '4次'], '您报了十二次钢琴课，上了四节老师就不来了，对吗？')).toBe(
    'met',
  );
  expect(zh(customer, ['十二节', '12节'], '您报了十二次钢琴课，上了四节老师就不来了，对吗？')).toBe(
    'met',
  );
  expect(zh(customer, ['四次', '4次'], '您报了十二次钢琴课，上了五节老师就不来了，对吗？')).toBe(
    'contradicted',
  );
});

test('counts: dozens, a dozen and a half, and a bare number the customer counted once', () => {
  expect(read('订了一打半鸡蛋')).toContain('quantity/打=18');
  const customer = '我订了二十四张椅子，今天只送来十二张。';
  expect(zh(customer, ['二十四', '24'], '您订了两打椅子，今天只来了一打，对吗？')).toBe('met');
  // A wrong number of dozens is a wrong count of the things.
  expect(zh(customer, ['二十四张', '24张'], '您订了四打椅子，今天只来了一打，对吗？')).toBe(
    'contradicted',
  );
});

test('money: Cantonese 舊 is a hundred dollars right after a verb of paying', () => {
  expect(read('我俾咗三舊按金')).toContain('money/money=300');
  expect(read('畀咗兩舊訂金')).toContain('money/money=200');
  // 舊 alone is still "old".
  expect(read('我三舊屋')).not.toContain('money/money=300');
});

test('days: 过两天 counts on from today, as 后天 does; 超过两天 is a length', () => {
  expect(read('客人过两天就到')).toContain('date/relative=day-after');
  expect(read('已经超过两天了')).not.toContain('date/relative=day-after');
  const customer = '我订的蛋糕少了一层，派对后天就开了。';
  expect(zh(customer, ['后天'], '您的蛋糕少了一层，过两天就要开派对了，对吗？')).toBe('met');
});

test("counts: a measure word swapped for the customer's counts its other counts as theirs", () => {
  const customer = '我们租了六组音箱，其中有两组一开就没声音。';
  // 六套 restates 六组, so 三套 is held against 两组: a wrong count, not a missing one.
  expect(zh(customer, ['两组', '2组'], '您租了六套音箱，有三套开了没声音，对吗？')).toBe(
    'contradicted',
  );
  // A measure word that restates none of the customer's counts is left alone.
  expect(zh(customer, ['两组', '2组'], '您租的音箱有三套开了没声音，对吗？')).toBe('missed');
});

test('counts: 一打就 is "as soon as it was hit", and dozens are no weight', () => {
  expect(read('新球拍一打就松了')).not.toContain('quantity/打=12');
  const customer = '我拿了两支球拍来拉线，说好二十四磅，结果一打就松，一测只有二十磅。';
  expect(
    zh(customer, ['二十磅', '20磅'], '您两支球拍说好拉二十四磅，可一测只有二十磅，对吗？'),
  ).toBe('met');
});

test('lengths: 一个多礼拜 and 一個禮拜多 cover more than a week and less than two', () => {
  const customer = '说好三天装完，结果装了九天，厨房到现在还漏水。';
  const nine = ['九天', '9天'];
  expect(zh(customer, nine, '您是说讲好三天，拖了一个多礼拜才装完，厨房还漏水，对吗？')).toBe(
    'met',
  );
  expect(zh(customer, nine, '您是说讲好三天，拖了一個禮拜多才装完，厨房还漏水，对吗？')).toBe(
    'met',
  );
  // Two weeks and more is another length.
  expect(zh(customer, nine, '您是说讲好三天，拖了两个多礼拜才装完，厨房还漏水，对吗？')).not.toBe(
    'met',
  );
});

test('lengths: "over a week" covers nine days, not fifteen', () => {
  const nine = 'They said three days, but the fitting took nine days and the kitchen still leaks.';
  const fifteen =
    'They said three days, but the fitting took fifteen days and the kitchen still leaks.';
  const answer =
    'So it was meant to take three days but dragged on for over a week, and it still leaks?';
  expect(factStatus(judge, nine, ['nine days', '9 days'], answer, 'en')).toBe('met');
  expect(factStatus(judge, fifteen, ['fifteen days', '15 days'], answer, 'en')).not.toBe('met');
});

test('counts: 场 counts sessions, met by 个 for the same count the customer said by 场 alone', () => {
  expect(read('两场讲座')).toContain('quantity/场=2');
  // The customer says 两场 twice: one thing counted, so 两个讲座 restates it.
  const customer = '我们约了两场讲座，今天突然说两场都要延期。';
  expect(zh(customer, ['两场', '2场'], '您约的两个讲座今天突然都说要延期，对吗？')).toBe('met');
  // Two counts of 2 by different words (两场, 两位) say two things: 两个 is not read as either.
  const two = '我们约了两场讲座，请了两位老师，今天突然说都要延期。';
  expect(zh(two, ['两场', '2场'], '您约的两个讲座今天突然都说要延期，对吗？')).not.toBe('met');
});
