import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
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

// Everyday words of one sense in service stories (zh-same-sense.ts), each said for the others.
test.each([
  ['报名费交了，马拉松跑到一半就被叫停了。', ['一半'], '比赛才到半途就喊停了'],
  ['新装的暖风机第二天就着火了。', ['着火', '起火'], '装好隔天那台取暖器就烧了起来'],
  ['吃了你们的外卖，我拉肚子拉了一晚上。', ['拉肚子'], '外卖送到吃完，您整晚都在闹肚子'],
  [
    '你们寄来的检测报告上写的还是去年的数据。',
    ['去年的数据', '旧数据'],
    '报告里沿用了上一年的读数',
  ],
  ['生日派对进行到一半，你们的音响停了两次。', ['停了', '音响停'], '派对中途喇叭罢工了两回'],
])('%s / %s ← %s: met', (customer, any, answer) => {
  expect(zh(customer, any, answer)).toBe('met');
});

// The same inside a whole restatement: 一樣扣 for 照扣, 從來沒 for 根本沒.
const feeling: [string, string[]] = ['feeling', ['理解', '明白', '生氣', '擔心', '着急']];
const check: [string, string[]] = ['check', ['對嗎', '對不對', '是這樣嗎']];
test.each([
  [
    '我訂你們的報紙三年了，每天早上六點前送。這個月換了送報員，已經漏送五次，可是月費照扣。',
    [
      ['years', ['三年']],
      ['time', ['六點前']],
      ['new', ['換了送報員', '換人']],
      ['missed', ['五次']],
      ['billed', ['照扣', '照收', '扣款']],
      feeling,
      check,
    ],
    '您訂我們的報紙有三年，固定六點前送到；這個月換了送報的人，已經有五次沒送來，錢卻一樣扣。換作是我也會生氣，我理解。我這樣理解對嗎？',
  ],
  [
    '我的信用報告上多了一筆貸款逾期，可是我根本沒辦過那家公司的貸款。申訴一個月了也沒回音。',
    [
      ['entry', ['逾期', '貸款逾期']],
      ['never', ['沒辦過', '根本沒']],
      ['month', ['一個月']],
      ['nothing', ['沒回音', '沒消息']],
      feeling,
      check,
    ],
    '您的信用報告上冒出一筆逾期，但那家公司的貸款您從來沒申請過；申訴了一個月都沒消息。這真的讓人擔心，我明白。是這樣嗎？',
  ],
  [
    '你们每年给我们检测两台电梯，今年的报告上写的还是去年的数据，年检下周三就到了。',
    [
      ['what', ['两台电梯']],
      ['yearly', ['每年', '一年一次']],
      ['error', ['去年的数据', '旧数据']],
      ['audit', ['年检']],
      ['day', ['下周三']],
      feeling,
      check,
    ],
    '两台电梯每年都由我们检测，这回的报告却沿用了上一年的读数，偏偏年检下周三就要来，难怪您着急。是这样吗？',
  ],
] as [string, [string, string[]][], string][])('%s → pass', (customer, criteria, answer) => {
  expect(judge.judge(restatementItem(customer, criteria), answer, 'zh-Hans').verdict).toBe('pass');
});

// 别 of 别人 ("other people") names no denial: 给了别人 says 给别人 with its aspect 了 between.
test('已经给了别人 meets 给别人', () => {
  expect(
    zh(
      '排到我的时候才说我订的那份已经发给别人了。',
      ['发给别人', '给别人'],
      '轮到您才被告知那份早给了别人',
    ),
  ).toBe('met');
});

// A passive of one verb said with its doer between 被 and the verb: 被人偷走 is 被偷; denied, it is not.
// The same act with the thing fronted by 把 (把它拒了 for 被拒) is that passive said actively.
test.each([
  [
    '保安凌晨一点就走了，三点左右仓库就被撬了。',
    ['被撬', '被盗'],
    '他1点就离岗，结果3点前后仓库就被人撬了',
    'met',
  ],
  ['我停在楼下的电动车，电瓶昨晚被偷了。', ['被偷'], '您那辆车昨夜电瓶被小偷偷走', 'met'],
  ['我停在楼下的电动车，电瓶昨晚被偷了。', ['被偷'], '您那辆车昨夜电瓶没有被人偷', 'missed'],
  ['我的提现申请被拒了，钱还卡在账户里。', ['被拒'], '我们以信息不全为由把它拒了', 'met'],
  ['我的签证材料被退回了。', ['被退', '退件'], '我们说少一页就把材料退了回去', 'met'],
  ['我的提现申请被拒了，钱还卡在账户里。', ['被拒'], '我们并没有把它拒了', 'missed'],
  ['我的签证材料被退回了。', ['被退'], '您把退款申请撤了', 'missed'],
])('%s / %s ← %s: %s', (customer, any, answer, status) => {
  expect(zh(customer, any, answer)).toBe(status);
});
