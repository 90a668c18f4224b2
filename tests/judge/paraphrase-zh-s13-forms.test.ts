import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const van = '搬家公司约好九点到，结果两个小时后才来，我的沙发还被淋湿了，真是气死我了。';
const item = restatementItem(van, [
  ['late', ['两个小时']],
  ['sofa', ['沙发']],
]);
const feelingOf = (answer: string) =>
  judge.judge(item, answer, 'zh-Hans').criteria.find((c) => c.builtin === 'feeling')?.met;

test('half an hour with no numeral is a duration: 半小时 for 两个小时 is a wrong value', () => {
  expect(factStatus(judge, van, ['两个小时'], '搬家公司晚了半小时才来。', 'zh-Hans')).toBe(
    'contradicted',
  );
  expect(factStatus(judge, van, ['两个小时'], '搬家公司晚了两个钟头才来。', 'zh-Hans')).toBe('met');
});

test('a fact of one character told with another complement (湿透 for 湿了)', () => {
  expect(factStatus(judge, van, ['湿了'], '您的沙发淋得湿透。', 'zh-Hans')).toBe('met');
  expect(factStatus(judge, van, ['湿了'], '您的沙发倒是没湿。', 'zh-Hans')).not.toBe('met');
  // 再 means "again": 次 alone is too little to retell 再次.
  expect(factStatus(judge, van, ['再次'], '搬家公司来了几次。', 'zh-Hans')).not.toBe('met');
});

test('in my place, with 是 left out (换我也窝火)', () => {
  expect(feelingOf('搬家公司晚了两个小时，沙发淋湿了，换我也窝火。对吗？')).toBe(true);
});

test('"you are right" asked as a question is a check, not the feeling', () => {
  expect(feelingOf('搬家公司晚了两个小时，沙发淋湿了。您说得对吗？')).toBe(false);
  expect(feelingOf('搬家公司晚了两个小时，沙发淋湿了，您说得对。我理解得对吗？')).toBe(true);
});
