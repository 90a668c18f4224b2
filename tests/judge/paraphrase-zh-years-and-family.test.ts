import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (text: string) => valuesIn(text).map((v) => [v.type, v.value]);

test('zh: a year before 年 is a year, not a length of years; 十九年 stays a length', () => {
  expect(read('由2019年开始')).toEqual([['number', '2019']]);
  expect(read('二零一九年')).toEqual([['number', '2019']]);
  expect(read('他是五八年生的')).toEqual([['number', '1958']]);
  expect(read('由一九年開始')).toEqual([['number', '2019']]);
  expect(read('做了十九年')).toEqual([['duration', '19']]);
});

test('zh: a year said by its last two digits restates the customer’s year', () => {
  const customer = '我由2019年开始在你们这里租车位，每个月八百，上周车被刮了也没人通知我。';
  expect(
    factStatus(judge, customer, ['2019'], '您从一九年起就在这租车位，月租八百，对吗？', 'zh-Hans'),
  ).toBe('met');
  expect(
    factStatus(judge, customer, ['2019'], '您从一七年起就在这租车位，月租八百，对吗？', 'zh-Hans'),
  ).not.toBe('met');
});

test('zh: 一家人 and 一家五口 (the whole family) are no count that could be a wrong value', () => {
  expect(read('一家人这样熬着')).toEqual([]);
  expect(read('我们一家五口')).toEqual([['quantity', '5']]);
  const customer = '我交了两万定金，电梯原定五月装，到现在还没装，我们全家都快撑不住了。';
  expect(
    factStatus(
      judge,
      customer,
      ['两万', '20000'],
      '您交了两万块订金，电梯原定五月装，到现在还没装，一家人这样熬着太辛苦了，对吗？',
      'zh-Hans',
    ),
  ).toBe('met');
});
