import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { withUnitCarried } from '../../src/judge/paraphrase/unit-carried.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (text: string) =>
  withUnitCarried(text, valuesIn(text)).map((v) => `${v.type}/${v.unit}/${v.value}`);
const S = (answer: string) => `${answer}我明白你好嬲。係咪咁？`;

test('a bare number after a length in the sentence is a length in its unit', () => {
  expect(read('講好九十公分，做完得八十，輪椅入唔到')).toEqual([
    'quantity/metre/0.9',
    'quantity/metre/0.8',
  ]);
});

test.each([
  // A time nearer before it lends it no unit: 五十 is money.
  ['讲好九十公分，等了两个小时，最后只退了五十', 'quantity/metre/0.5'],
  // Nor does a length in another sentence, nor is an ordinal a length.
  ['做了九十公分。送来的是八十', 'quantity/metre/0.8'],
  ['门做了九十公分，排第八十', 'quantity/metre/0.8'],
  // An amount paid, or thousands, are money.
  ['五公分厚的支架，付了八十，', 'quantity/metre/0.8'],
  ['五公釐的支架，總共三千九，', 'quantity/metre/3.9'],
])('no unit is carried where no length stands just before it in the sentence: %s', (text, not) => {
  expect(read(text)).not.toContain(not);
});

const DOOR = '師傅話門口可以加闊到九十公分，做完度一度得八十公分，輪椅入唔到廁所。';

test('the length said bare meets the fact', () => {
  expect(
    factStatus(judge, DOOR, ['八十公分'], S('師傅講好九十公分，做完得八十。'), 'zh-Hans'),
  ).toBe('met');
});

test('another length said bare is a wrong value', () => {
  expect(
    factStatus(judge, DOOR, ['八十公分'], S('師傅講好九十公分，做完得七十。'), 'zh-Hans'),
  ).toBe('contradicted');
});

test('the two lengths said the other way round are swapped', () => {
  const item = restatementItem('我喺你哋度訂咗張書枱，講明要一百二十公分闊，送嚟一度得一百公分。', [
    ['ordered', ['一百二十公分']],
    ['actual', ['一百公分']],
  ]);
  const j = judge.judge(item, S('你訂咗張一百公分嘅書枱，送嚟有一百二十。'), 'zh-Hans');
  expect(j.criteria.find((c) => c.id === 'actual')?.status).toBe('contradicted');
});
