import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'zh-Hans');

test('a bare number wording is said as that number, not by its characters scattered over a clause', () => {
  const screen = '我在你们店换手机屏幕，报价说三百八，取机的时候却收了我五百五。';
  expect(status(screen, ['五百五'], '报的是三百八，取机收了您六百五。')).not.toBe('met');
  expect(status(screen, ['五百五'], '报的是三百八，取机收了您五百五。')).toBe('met');
});
