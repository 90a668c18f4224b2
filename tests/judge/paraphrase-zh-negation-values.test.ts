import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'zh-Hans');

test('written Cantonese 冇 and 唔 deny as 没 and 不 do', () => {
  expect(status('部冷氣修咗兩次都冇用。', ['修了两次没用'], '冷氣修過兩次都冇用,對嗎?')).toBe(
    'met',
  );
  expect(status('部冷氣修咗兩次都冇用。', ['修了两次没用'], '冷氣修過兩次就好用了,對嗎?')).not.toBe(
    'met',
  );
});

test('还没…完 restates 还在…: not finished is still going on', () => {
  expect(status('厨房到现在还在翻修。', ['厨房翻修'], '厨房到现在还没翻修完,对吗?')).toBe('met');
  expect(status('厨房上个月就翻修完了。', ['厨房翻修完了'], '厨房还没翻修完,对吗?')).toBe(
    'contradicted',
  );
});

test.each([
  ['每张三百五', '350'],
  ['收了我六十运费', '60'],
  ['两千五', '2500'],
])('a Chinese amount with its order of magnitude: %s → %s', (text, value) => {
  expect(valuesIn(text).map((v) => v.value)).toContain(value);
});
