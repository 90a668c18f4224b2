import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const values = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);
const statuses = (customer: string, criteria: [string, string[]][], answer: string) =>
  Object.fromEntries(
    judge
      .judge(restatementItem(customer, criteria), answer, 'zh-Hans')
      .criteria.map((c) => [c.id, c.status]),
  );

test('Cantonese 個 after a weekday links the day to its noun; after a count it counts', () => {
  expect(values('報咗下星期六個烘焙班')).toEqual(['weekday/day=6']);
  expect(values('為咗星期三個安裝請咗假')).toEqual(['weekday/day=3']);
  // A week counted or each week (一個星期六個鐘, 每個禮拜三個班): the number after it counts.
  expect(values('一個星期六個鐘')).toEqual(['duration/day=7', 'duration/hour=6']);
  expect(values('每個禮拜三個班')).toEqual(['quantity/个=3']);
  const talk = '我報咗你哋下個禮拜五嘅投資講座,交咗三百蚊,今日先話改咗期。';
  expect(
    factStatus(
      judge,
      talk,
      ['下個禮拜五', '禮拜五'],
      '你交咗三百蚊報咗下星期五個講座,今日先話改期。',
      'zh-Hans',
    ),
  ).toBe('met');
});

test('a lone 一 inside a word is no number to compare with the customer’s', () => {
  expect(values('一家人等了一路')).toEqual([]);
  expect(values('我把情况捋一遍')).toEqual(['quantity/遍=1']);
  const deposit = '装修我交了三万定金,说好四月开工,现在都六月了还没动。';
  expect(
    factStatus(
      judge,
      deposit,
      ['三万', '30000'],
      '您付了三万块定金,说好四月开工,到六月还没动,一家人都等着。',
      'zh-Hans',
    ),
  ).toBe('met');
});

test('a day of the month said without its month restates the customer’s date', () => {
  expect(values('合同写明三月十五交房')).toEqual(['date/dom=3-15']);
  expect(values('三月三十多人')).not.toContain('date/dom=3-30');
  const suit = '我四月二号定做的旗袍,说好十天取,今天都四月十八号了还没做好。';
  const now: [string, string[]] = ['now', ['四月十八号', '4月18日']];
  expect(statuses(suit, [now], '您二号定的旗袍说好十天取,到今天十八号还没做好。').now).toBe('met');
  // A month said by that day is the answer's own: another month is no restatement.
  expect(statuses(suit, [now], '您定的旗袍说好十天取,到今天五月十八号还没做好。').now).not.toBe(
    'met',
  );
});

test('a road before which a verb and 错 or a Cantonese particle stands is no name', () => {
  const coach = '司機兜錯路,我哋成班細路喺門口等咗一個鐘。';
  expect(
    factStatus(
      judge,
      coach,
      ['兜錯路', '行錯路'],
      '司機兜錯路,啲細路喺門口等咗一個鐘。',
      'zh-Hans',
    ),
  ).toBe('met');
});

test('a negation before a count says "less than": no denial retold', () => {
  const oil = '我上礼拜来换的机油,才骑两天就漏油,地上都是油渍。师傅说是我停车的地方不平。';
  const excuse = ['不平', '停车的地方'];
  expect(
    factStatus(judge, oil, excuse, '您上礼拜换的机油漏了一地油渍,才骑了没两天。', 'zh-Hans'),
  ).toBe('missed');
});

test('a verb and its object retold by the verb and the way it goes', () => {
  const wall = '你们三月给我家地下室做了防潮,收了八千。上个月下雨墙根又渗水了,墙上长了一片霉。';
  const seep = ['渗水', '返潮'];
  expect(
    factStatus(
      judge,
      wall,
      seep,
      '三月做的防潮,八千块,上个月一下雨墙脚又往里渗,墙上长了霉。',
      'zh-Hans',
    ),
  ).toBe('met');
  // Denied, the way it goes says it did not happen.
  expect(
    factStatus(judge, wall, seep, '三月做的防潮,八千块,上个月下雨墙脚也没往里渗。', 'zh-Hans'),
  ).toBe('missed');
});
