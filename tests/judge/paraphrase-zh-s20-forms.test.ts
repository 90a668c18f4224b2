import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const zh = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'zh-Hans');

// 到 completing a verb (收到, 找到, 轮到) is its result, not a route: the thing said first and
// denied after it (一张通知都没收到) is the same fact as 没收到通知, not its reverse.
test.each([
  ['停水前我根本没收到过任何通知。', ['没收到通知'], '停水之前一张通知都没收到'],
  ['我们到现在都没找到那把备用钥匙。', ['没找到钥匙'], '那把备用钥匙到现在也没找到'],
])('%s / %s ← %s: met', (customer, any, answer) => {
  expect(zh(customer, any, answer)).toBe('met');
});

test('a route keeps its order: 高雄到台北 for 台北到高雄 is another fact', () => {
  expect(zh('我订的是台北到高雄的车票。', ['台北到高雄'], '您订的是高雄到台北的票')).not.toBe(
    'met',
  );
});

// 两 after a digit is the weight liang (五两 = half a 斤), not a second digit: 五两人参 is no
// 52 people.
test('五两 said back as written meets 五两', () => {
  expect(zh('我买了半斤长白山人参，花了四百。', ['半斤', '五两'], '您买了五两人参，四百块')).toBe(
    'met',
  );
});

// A round number with "some" (几, 来, 余 or 多) says one amount: 四十几位 is 四十多个人.
test.each(['四十几位老人', '四十来位老人', '四十余位老人'])('%s meets 四十多', (said) => {
  expect(
    zh(
      '我们社区四十多个老人报了你们的一日游，大巴却晚了两个小时。',
      ['四十多', '40多'],
      `${said}报了一日游，大巴晚了两个小时`,
    ),
  ).toBe('met');
});
