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

test('a length of one before a price is its period; the rest after a point told is a remainder', () => {
  const plan = '我给我爸办了陪诊包月服务,每个月299,说是24小时随叫随到。上周他半夜叫人,没人来。';
  expect(
    factStatus(
      judge,
      plan,
      ['24小时', '全天'],
      '您给父亲办的陪诊月卡,一个月二百九十九,说好全天候随叫随到,上周半夜却没人来。',
      'zh-Hans',
    ),
  ).toBe('met');
  const course = '我报了十节游泳课,上到第三节教练就离职了,剩下的课一直没人教。';
  expect(
    factStatus(
      judge,
      course,
      ['十节', '10节'],
      '您报了十节游泳课,上到第三节教练走了,后面七节课一直没人教。',
      'zh-Hans',
    ),
  ).toBe('met');
});

test('a half after its unit is of that unit; a wording met loosely keeps its value', () => {
  expect(values('等了一小时半')).toEqual(['duration/hour=1.5']);
  expect(values('住了两年半,一直漏水')).toEqual(['duration/year=2.5']);
  const queue = '我带女儿去办证,排队排了三个半小时,轮到了说系统坏了。';
  const waited = ['三个半小时', '三小时半'];
  expect(
    factStatus(judge, queue, waited, '您带女儿办证排了三小时半,轮到时系统坏了。', 'zh-Hans'),
  ).toBe('met');
  // The half left off is another value: not the customer's length.
  expect(
    factStatus(judge, queue, waited, '您带女儿办证排了三个小时,轮到时系统坏了。', 'zh-Hans'),
  ).not.toBe('met');
});
