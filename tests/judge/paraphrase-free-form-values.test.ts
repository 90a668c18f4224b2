import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test('paraphrase: a spoken price after "for", or "at" it "each", is the customer\'s amount', () => {
  expect(
    factStatus(
      judge,
      'Your team did the clean on Monday for £390 and the drawers are still dusty.',
      ['£390', '390 pounds'],
      'So we did the clean on Monday for three-ninety and the drawers are still dusty',
      'en',
    ),
  ).toBe('met');
  const platters = 'I ordered 12 sandwich platters at £11.50 each.';
  expect(
    factStatus(judge, platters, ['£11.50', '11.50'], 'a dozen platters at eleven-fifty each', 'en'),
  ).toBe('met');
  expect(
    factStatus(judge, platters, ['£11.50', '11.50'], 'a dozen platters at twelve-fifty each', 'en'),
  ).not.toBe('met');
});

test('values: an age said by its name (古稀, 花甲) or in tens (七旬) is that many years of age', () => {
  expect(read('老爷子已是古稀之年')).toContain('quantity/岁=70');
  expect(read('您為令堂的花甲壽宴訂了蛋糕')).toContain('quantity/岁=60');
  expect(read('年逾七旬的老人')).toContain('quantity/岁=70');
  const customer = '我父亲今年七十岁，买的降压药过期了。';
  expect(
    factStatus(judge, customer, ['七十岁', '70岁'], '老爷子已是古稀之年，买的药过期了', 'zh-Hans'),
  ).toBe('met');
  expect(
    factStatus(judge, customer, ['七十岁', '70岁'], '您父亲花甲之年，买的药过期了', 'zh-Hans'),
  ).not.toBe('met');
});

test('values: 块 before the thing it counts, or before or after a price, counts pieces, not yuan', () => {
  expect(read('买了四十块地砖，一块八十元，送来')).toEqual([
    'quantity/块=40',
    'quantity/块=1',
    'money/money=80',
  ]);
  expect(read('四十块地砖，八十块一块')).toEqual([
    'quantity/块=40',
    'money/money=80',
    'quantity/块=1',
  ]);
  // Money stays money: before 钱 or a noun of money, a verb it is spent on, or a large amount.
  expect(read('三百块押金')).toEqual(['money/money=300']);
  expect(read('花了八十块买的')).toEqual(['money/money=80']);
  expect(read('两万块定期')).toEqual(['money/money=20000']);
  expect(read('一块八')).toEqual(['money/money=1']);
  const customer = '我在你们建材店买了四十块地砖，一块八十元，有六块是裂的。';
  expect(
    factStatus(judge, customer, ['八十元', '80元'], '您买了四十块地砖，八十块一块', 'zh-Hans'),
  ).toBe('met');
});

test('paraphrase: a fact of 块 the customer said of a thing is met by the count said in dozens', () => {
  const customer = '我们交给你们二十四块旧硬盘做数据擦除，审计下周一就来。';
  expect(
    factStatus(judge, customer, ['二十四块', '24块'], '您交过来两打硬盘，下礼拜一审计', 'zh-Hans'),
  ).toBe('met');
  expect(
    factStatus(judge, customer, ['二十四块', '24块'], '您交过来一打硬盘，下礼拜一审计', 'zh-Hans'),
  ).not.toBe('met');
});

test('values: 点 between numerals before a unit is a decimal point, not a clock', () => {
  expect(read('七点二米的底盘')).toEqual(['quantity/metre=7.2']);
  expect(read('您买的是七点五公斤牛肉')).toEqual(['quantity/kilogram=7.5']);
  // A clock stays a clock.
  expect(read('七点五十分到')).toEqual(['time/clock=7:50']);
  expect(read('十点半到')).toEqual(['time/clock=10:30']);
});

test('values: Chinese weights are measures, so 四斤 restates 两公斤 and 两斤 does not', () => {
  expect(read('两公斤牛腱子')).toEqual(['quantity/kilogram=2']);
  expect(read('回家一称只有三斤半')).toEqual(['quantity/斤=3.5']);
  const customer = '我在你们生鲜店买了两公斤牛腱子，回家一称只有三斤半。';
  expect(
    factStatus(
      judge,
      customer,
      ['两公斤', '2公斤'],
      '您买了四斤牛腱子，回家称只有三斤半',
      'zh-Hans',
    ),
  ).toBe('met');
  expect(
    factStatus(
      judge,
      customer,
      ['两公斤', '2公斤'],
      '您买了两斤牛腱子，回家称只有三斤半',
      'zh-Hans',
    ),
  ).not.toBe('met');
});

test('paraphrase: dozens (打) restate a count of times as well as of things', () => {
  const customer = '我团购了十二节尤克里里课，交了九百。上到第四节，你们店就搬走了。';
  expect(
    factStatus(
      judge,
      customer,
      ['十二节', '12节'],
      '您团购了一打尤克里里课，花了九百块',
      'zh-Hans',
    ),
  ).toBe('met');
  expect(
    factStatus(
      judge,
      customer,
      ['十二节', '12节'],
      '您团购了半打尤克里里课，花了九百块',
      'zh-Hans',
    ),
  ).not.toBe('met');
});
