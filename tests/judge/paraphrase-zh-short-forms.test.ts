import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);
const stepOf = (s: string) => valuesIn(s).map((v) => v.step);

test('values: 卌 is forty, as 廿 and 卅 are twenty and thirty', () => {
  expect(read('订了卌件演出服')).toEqual(['quantity/件=40']);
  expect(read('卌五个人')).toEqual(['quantity/person=45']);
});

test('values: two digits after 万 are its next units down; 万一 and 千万 stay words', () => {
  expect(read('扣咗萬二八')).toEqual(['number/number=12800']);
  expect(read('扣咗萬二')).toEqual(['number/number=12000']);
  expect(read('月薪一万二八')).toEqual(['number/number=12800']);
  expect(read('一萬二千八百蚊')).toEqual(['money/money=12800']);
  expect(read('信用卡扣咗一萬二千八')).toEqual(['number/number=12800']);
  expect(read('万二八块')).toEqual(['money/money=12800']);
  expect(read('万二一个月')).toEqual(['number/number=12000', 'duration/day=30']);
  expect(read('万一坏了')).toEqual([]);
  expect(read('千万别')).toEqual([]);
});

test('values: 嚿水 is hundreds of dollars; 嚿 alone is a lump', () => {
  expect(read('三嚿水嘅電飯煲')).toEqual(['money/money=300']);
  expect(read('一嚿石頭')).toEqual([]);
});

test('values: 一旬 is ten days; 七旬 an age, 上旬 a part of a month', () => {
  expect(read('一旬之内上门')).toEqual(['duration/day=10']);
  expect(read('年过七旬')).toEqual(['quantity/岁=70']);
  expect(read('三月上旬')).toEqual(['date/month=3', 'date/month-part=start']);
});

test('values: quarter hours and fives of minutes are counted in their own steps', () => {
  expect(stepOf('迟了三刻钟')).toEqual([15]);
  expect(stepOf('等咗四個字')).toEqual([5]);
  expect(stepOf('等咗三個骨')).toEqual([15]);
  expect(stepOf('四十五分钟')).toEqual([1]);
  expect(read('等了半个多小时')).toEqual(['duration/hour=0.5']);
  expect(stepOf('等了半个多小时')).toEqual([0.5]);
  expect(stepOf('等了半个小时')).toEqual([1]);
});

test('a restatement meets the fact with these forms, and another value stays unmet', () => {
  const customer =
    '我订了四十件演出服，刷卡扣了一万二千八，维修说十天内上门，结果等了四十分钟都没人来，退款三百蚊。';
  const status = (any: string, answer: string) =>
    factStatus(judge, customer, [any], answer, 'zh-Hans');
  expect(status('四十件', '你订的卌件演出服')).toBe('met');
  expect(status('四十件', '你订的卅件演出服')).not.toBe('met');
  expect(status('一万二千八', '刷卡扣了万二八')).toBe('met');
  expect(status('一万二千八', '刷卡扣了万二')).not.toBe('met');
  expect(status('十天', '说一旬之内上门')).toBe('met');
  expect(status('十天', '说半个月之内上门')).not.toBe('met');
  expect(status('四十分钟', '等了快三刻钟都没人来')).toBe('met');
  expect(status('四十分钟', '等了快两个钟头都没人来')).not.toBe('met');
  expect(status('四十分钟', '等了差唔多三個骨都没人来')).toBe('met');
  expect(status('四十分钟', '等了快两刻钟都没人来')).not.toBe('met');
  expect(status('四十分钟', '等了半个多小时都没人来')).toBe('met');
  expect(status('四十分钟', '等了半个小时都没人来')).not.toBe('met');
  expect(status('三百蚊', '退款三嚿水')).toBe('met');
  expect(status('三百蚊', '退款五嚿水')).not.toBe('met');
});
