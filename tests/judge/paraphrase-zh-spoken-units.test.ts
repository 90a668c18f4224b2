import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test('values: 廿 and 卅 are twenty and thirty', () => {
  expect(read('等咗廿分鐘')).toEqual(['duration/minute=20']);
  expect(read('卅號交咗訂金')).toEqual(['date/dom=30']);
  expect(read('成廿一日都未整好')).toEqual(['duration/day=21']);
});

test('values: 打 after a numeral counts dozens, not the verb 打', () => {
  expect(read('一打蛋挞')).toEqual(['quantity/打=12']);
  expect(read('兩打便當')).toEqual(['quantity/打=24']);
  expect(read('总共一打人')).toEqual(['quantity/person=12']);
  expect(read('一打开就响')).toEqual([]);
  expect(read('我打了三次电话')).toEqual(['quantity/次=3']);
});

test('values: Cantonese 旧水 is hundreds of dollars; 旧 alone stays "old"', () => {
  expect(read('俾咗三舊水')).toEqual(['money/money=300']);
  expect(read('收我兩舊半')).toEqual(['money/money=250']);
  expect(read('架舊車')).toEqual([]);
});

test('values: Cantonese 个字 is five minutes only where the count is a length', () => {
  expect(read('等咗四個字')).toEqual(['duration/minute=20']);
  expect(read('三個字之後到')).toEqual(['duration/minute=15']);
  expect(read('印錯咗四個字')).not.toContain('duration/minute=20');
});

test('values: Cantonese 个骨 is a quarter of an hour, not after a clock nor of bones', () => {
  expect(read('等咗三個骨先有人理')).toEqual(['duration/minute=45']);
  expect(read('遲咗一個骨')).toEqual(['duration/minute=15']);
  expect(read('佢跌斷咗一個骨頭')).not.toContain('duration/minute=15');
  expect(read('兩點三個骨')).not.toContain('duration/minute=45');
});

test('values: a price read digit by digit after a verb of paying; 一个季度 is three months', () => {
  expect(read('花了一六八')).toEqual(['money/money=168']);
  expect(read('住一六八号房')).toEqual([]);
  expect(read('办了一个季度的卡')).toEqual(['duration/day=90']);
  expect(read('第一季度')).toEqual([]);
});

test('a restatement meets the fact with the spoken form, and a wrong one stays unmet', () => {
  const customer =
    '我哋訂咗十二個人嘅位，收咗三百蚊訂金，等咗二十分鐘都未有枱，仲話會員卡要三個月先出。';
  const status = (any: string, answer: string) =>
    factStatus(judge, customer, [any], answer, 'zh-Hans');
  expect(status('十二個人', '你哋一打人訂咗位')).toBe('met');
  expect(status('三百', '你俾咗三舊水訂金')).toBe('met');
  expect(status('三百', '你俾咗四舊水訂金')).not.toBe('met');
  expect(status('二十分鐘', '你等咗四個字都未有枱')).toBe('met');
  expect(status('二十分鐘', '你等咗廿分鐘都未有枱')).toBe('met');
  expect(status('二十分鐘', '你等咗三個骨都未有枱')).not.toBe('met');
  expect(status('三個月', '會員卡要一個季度先出')).toBe('met');
});
