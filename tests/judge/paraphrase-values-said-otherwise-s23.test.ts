import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test('a length in metres with its centimetres after the unit is one length', () => {
  const customer =
    'Your fitter measured our hallway at 3.6 metres but the runner you sent is 3.2 metres.';
  const status = (any: string, answer: string) => factStatus(judge, customer, [any], answer, 'en');
  expect(status('3.6', 'The hallway was measured at three metres sixty.')).toBe('met');
  expect(status('3.2', 'The runner that came is three metres twenty, so there is a strip.')).toBe(
    'met',
  );
  expect(
    status('3.2', 'The runner that came is three metres fifty, so there is a strip.'),
  ).not.toBe('met');
  // The centimetres of something else are no part of the length.
  expect(valuesIn('three metres sixty pounds').map((v) => v.value)).toEqual(['3', '60']);
});

test('Chinese lengths are metres in any unit, with the tenths said after 米', () => {
  const customer = '窗帘要做160厘米长，你们做成了140厘米。';
  const status = (any: string, answer: string) =>
    factStatus(judge, customer, [any], answer, 'zh-Hans');
  expect(status('160厘米', '您要的窗帘是一米六长，做出来短了。')).toBe('met');
  expect(status('140厘米', '窗帘要一米六，做出来只有一米四。')).toBe('met');
  // 一米五 is no 一米四: the tenths are part of the value.
  expect(status('一米四', '窗帘要一米六，做出来只有一米五。')).not.toBe('met');
});

test('units said short are the units: "eight mil" and "8 mm" are eight millimetres', () => {
  const customer = 'The gap under our new door is 9 mm and the fire officer only allows 3 mm.';
  const status = (any: string, answer: string) => factStatus(judge, customer, [any], answer, 'en');
  expect(status('9 mm', 'The gap under the door is nine mil.')).toBe('met');
  expect(status('9 mm', 'The gap under the door is six mil.')).not.toBe('met');
});

test('a bare number the customer counted a noun with is met by that count said in dozens', () => {
  const customer = 'We ordered 48 cupcakes for the party and the bakery delivered 36.';
  const status = (any: string, answer: string) => factStatus(judge, customer, [any], answer, 'en');
  expect(status('48', 'You ordered four dozen cupcakes and three dozen came.')).toBe('met');
  expect(status('48', 'You ordered three dozen cupcakes and two dozen came.')).not.toBe('met');
});

test('"the half-dozen", "a trio of", 半打, 俩 and 仨 are counts', () => {
  expect(valuesIn('the half-dozen iron chairs').map((v) => [v.value, v.unit])).toEqual([
    ['6', 'chair'],
  ]);
  expect(valuesIn('a trio of buses').map((v) => v.value)).toEqual(['3']);
  expect(valuesIn('你哋訂咗半打櫈').map((v) => v.value)).toEqual(['6']);
  expect(valuesIn('五个杯子碎了俩').map((v) => [v.value, v.unit])).toEqual([
    ['5', '个'],
    ['2', '个'],
  ]);
  expect(valuesIn('仨是重复的').map((v) => v.value)).toEqual(['3']);
});

test('a share of a count said before it in the sentence is that many of the count', () => {
  const customer = 'We bought 120 museum tickets and 40 of them were printed for the wrong date.';
  const status = (any: string, answer: string) => factStatus(judge, customer, [any], answer, 'en');
  expect(status('40', 'Of the hundred and twenty tickets, a third had the wrong date.')).toBe(
    'met',
  );
  expect(status('40', 'Of the hundred and twenty tickets, a quarter had the wrong date.')).not.toBe(
    'met',
  );
  // No count before it in the sentence: a share names no number.
  expect(valuesIn('A third had the wrong date.')).toEqual([]);
  // A share of a unit or a time is not a share of the count.
  expect(valuesIn('3 buses came in half an hour').map((v) => v.unit)).toEqual(['buse', 'minute']);
});

test('三分之一 and 一半 of a count said before them', () => {
  const customer = '我们公司订了一百二十份盒饭，送来有四十份是凉的。';
  const status = (any: string, answer: string) =>
    factStatus(judge, customer, [any], answer, 'zh-Hans');
  expect(status('四十份', '您公司订的一百二十份盒饭，有三分之一送来是凉的。')).toBe('met');
  expect(status('四十份', '您公司订的一百二十份盒饭，有一半送来是凉的。')).not.toBe('met');
});

test('a count that never came, of a count said before it, says the rest came', () => {
  const customer = 'We hired twelve chairs for the office. Only eight chairs came.';
  const status = (answer: string) => factStatus(judge, customer, ['eight chairs'], answer, 'en');
  expect(status('You hired a dozen chairs and four chairs never turned up.')).toBe('met');
  expect(status('You hired a dozen chairs and five chairs never turned up.')).not.toBe('met');
  expect(
    valuesIn('four rugs went in and one never made it back').map((v) => [v.value, v.unit]),
  ).toContainEqual(['3', 'rug']);
});
