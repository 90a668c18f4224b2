import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test('values: 三成 of a count said before it is that share of the count; 八成是 is "most likely"', () => {
  expect(read('五十件货里两成坏了')).toEqual(['quantity/件=50', 'quantity/件=10']);
  expect(read('打了八成')).toEqual(['quantity/percent=80']);
  expect(read('五十件货八成是快递弄坏的')).toEqual(['quantity/件=50', 'quantity/percent=80']);
});

test('values: 里 after a number is half a kilometre, not "inside" nor an idiom', () => {
  expect(read('多开了二十里')).toEqual(['quantity/里=20']);
  expect(read('十里路')).toEqual(['quantity/里=10']);
  expect(read('百里挑一')).toEqual([]);
  expect(read('千里迢迢')).toEqual([]);
  expect(read('十里面')).toEqual([]);
});

test('a restatement meets a count by its share and a distance in 里; other values do not', () => {
  const customer = '我们班五十个学生订的校服，有十五套尺码不对，司机还绕路多开了十公里。';
  const status = (any: string, answer: string) =>
    factStatus(judge, customer, [any], answer, 'zh-Hans');
  expect(status('十五套', '五十个学生的校服有三成尺码不对')).toBe('met');
  expect(status('十五套', '五十个学生的校服有两成尺码不对')).not.toBe('met');
  expect(status('十公里', '司机多开了二十里')).toBe('met');
  expect(status('十公里', '司机多开了十里')).not.toBe('met');
});
