import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// A day named from today is a value whatever the dialect: 尋日 and 琴日 (Cantonese) and 昨儿
// (Beijing) are 昨天, 今朝 is 今天早上, 聽日 is 明天.
const HK = '我尋日喺你哋度買咗部風筒,今朝一開就燒咗,聽日仲要帶去旅行。';

test.each([
  [HK, ['昨天'], '你琴日買咗部風筒,今朝一開就燒咗,聽日要帶去旅行。'],
  [HK, ['今天早上'], '你尋日買嘅風筒,今朝一開就燒咗,聽日要帶去旅行。'],
  [HK, ['明天'], '你尋日買嘅風筒,今朝一開就燒咗,聽日要帶去旅行。'],
  ['我昨天买的吹风机,今天早上一开就烧了。', ['昨天'], '您昨儿买的吹风机,今早一开就烧了。'],
  ['我昨天买的吹风机,今天早上一开就烧了。', ['今天早上'], '您昨天买的吹风机,今朝一开就烧了。'],
])('a day named from today in other words meets it: %#', (customer, any, answer) => {
  expect(factStatus(judge, customer, any, `${answer}我明白你好嬲。係咪咁?`, 'zh-Hans')).toBe('met');
});

test('another day named from today is still a wrong day', () => {
  expect(
    factStatus(judge, HK, ['尋日'], '你前天買咗部風筒,今朝一開就燒咗。係咪咁?', 'zh-Hans'),
  ).toBe('contradicted');
});

test('a wording that says more than the day (昨天半夜) is not met by the day alone', () => {
  const customer = '我的卡被盗刷了两笔,都是昨天半夜刷的。';
  expect(
    factStatus(judge, customer, ['昨天半夜'], '您的卡昨天下午被盗刷了两笔,对吗?', 'zh-Hans'),
  ).not.toBe('met');
});

test('today named in a clause keeps its weekday to that clause (no swap)', () => {
  const item = restatementItem(
    '我上個禮拜二喺你哋度送咗對鞋去換鞋底,話禮拜五有得攞,今日禮拜一去攞,鞋底都未換好。',
    [
      ['sent', ['禮拜二', '星期二']],
      ['promised', ['禮拜五', '星期五']],
      ['now', ['禮拜一', '星期一']],
      ['not-done', ['未換好', '未換']],
    ],
  );
  const answer = '即係:禮拜二送鞋、講好禮拜五、今日禮拜一鞋底仲未換好。我明白你好嬲。係咪咁?';
  expect(judge.judge(item, answer, 'zh-Hans').verdict).toBe('pass');
});
