import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { pairsOf } from '../../src/judge/paraphrase/zh-pairs.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const first = (s: string) => valuesIn(s)[0] as NonNullable<ReturnType<typeof valuesIn>[0]>;

test('pairsOf: a count of pairs is twice as many single things, and nothing else', () => {
  expect(pairsOf(first('四只茶杯'), first('两对茶杯'))).toBe(true);
  expect(pairsOf(first('两只耳环'), first('一对耳环'))).toBe(true);
  expect(pairsOf(first('两个鞋垫'), first('一双鞋垫'))).toBe(true);
  expect(pairsOf(first('四只茶杯'), first('三对茶杯'))).toBe(false);
  expect(pairsOf(first('两对茶杯'), first('两对茶杯'))).toBe(false);
  expect(pairsOf(first('四只茶杯'), first('两个茶杯'))).toBe(false);
});

test('a count restated in pairs meets the fact; another count of pairs does not', () => {
  const customer = '我喺網店買咗四隻白瓷茶杯送俾阿媽，寄嚟有兩隻崩咗口，我好心煩。';
  const status = (answer: string) => factStatus(judge, customer, ['四隻'], answer, 'zh-Hans');
  expect(status('你買咗兩對白瓷茶杯，寄嚟兩隻崩咗口')).toBe('met');
  expect(status('你買咗三對白瓷茶杯，寄嚟兩隻崩咗口')).not.toBe('met');
  expect(status('你買咗一對白瓷茶杯，寄嚟兩隻崩咗口')).not.toBe('met');
});
