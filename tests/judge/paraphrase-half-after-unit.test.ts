import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'zh-Hans');

test('a half said after the unit (两小时半, 三天半) is half a unit more, as 两个半小时 is', () => {
  const waited = '我在你们驾校等教练等了两小时半，他一直没来，也没人打电话。';
  const wait = ['两小时半', '两个半小时'];
  expect(status(waited, wait, '您在驾校等了两个半小时，教练一直没来，对吗？')).toBe('met');
  expect(status(waited, wait, '您在驾校等了两个小时，教练一直没来，对吗？')).toBe('contradicted');
  const stay = '我们订了你们的民宿住三天半，结果第二天就停水了。';
  expect(status(stay, ['三天半'], '你们订了三天的民宿，第二天就停水了，对吗？')).toBe(
    'contradicted',
  );
  expect(status(stay, ['三天半'], '你们订了三天半的民宿，第二天就停水了，对吗？')).toBe('met');
});

test('半价 and 半夜 after a length are words of their own, not half a unit', () => {
  const sale = '我买的年卡说好前两个月半价，结果第一个月就按全价扣了我三百。';
  expect(status(sale, ['两个月'], '您的年卡前两个月半价，第一个月却按全价扣了三百，对吗？')).toBe(
    'met',
  );
});
