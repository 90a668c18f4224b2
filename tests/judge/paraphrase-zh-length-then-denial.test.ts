import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const zh = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'zh-Hans');

// A length of time before a negation says how long it went on, not that it was not that long.
test('兩粒鐘 then 都冇 meets 兩個鐘 the customer said with 搵唔到', () => {
  const lost = '我隻錶跌咗落坑渠，你哋師傅搵咗兩個鐘都搵唔到。';
  expect(zh(lost, ['兩個鐘', '兩小時'], '師傅落手搵咗足足兩粒鐘都冇撈返')).toBe('met');
  expect(zh(lost, ['兩個鐘', '兩小時'], '師傅搵咗兩粒鐘')).toBe('met');
});

test('a wording that holds the denial itself still reads it whole', () => {
  const exam = '考完成個月都未有消息，話好兩個禮拜出證。';
  expect(zh(exam, ['一個月都未有'], '而家一個月都冇消息')).toBe('met');
});
