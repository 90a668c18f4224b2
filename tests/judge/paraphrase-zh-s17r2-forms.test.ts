import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test('everyday words of one sense stand for each other inside a wording', () => {
  const guide = '导游下午三点就先走了，门票说好的当天有效，结果第二天去就作废了，隔篱的人都看到。';
  expect(factStatus(judge, guide, ['先走'], '导游三点就先离开了。', 'zh-Hans')).toBe('met');
  expect(factStatus(judge, guide, ['无效'], '票到第二天就作废了。', 'zh-Hans')).toBe('met');
  expect(factStatus(judge, guide, ['邻舍'], '邻居也都看到了。', 'zh-Hans')).toBe('met');
  const cafe = '我订的蛋糕店门口贴了通知说店关门，蛋糕不见了，我被保安拦下不能进。';
  expect(factStatus(judge, cafe, ['不见'], '您的蛋糕找不到了。', 'zh-Hans')).toBe('met');
  expect(factStatus(judge, cafe, ['挡'], '您在门口被拦下。', 'zh-Hans')).toBe('met');
  expect(factStatus(judge, cafe, ['没贴通知'], '门口一张告示都没有贴。', 'zh-Hans')).toBe('met');
  expect(factStatus(judge, cafe, ['关门'], '那天店门紧闭。', 'zh-Hans')).toBe('met');
});

test('a line lost at night, the next day and a trip called off, said another way', () => {
  const cams = '门铃摄像头老是掉线，一到晚上就黑屏，客服说明天来修，船也取消了。';
  expect(factStatus(judge, cams, ['掉线'], '摄像头老断线。', 'zh-Hans')).toBe('met');
  expect(factStatus(judge, cams, ['黑屏'], '天黑以后就没画面。', 'zh-Hans')).toBe('met');
  expect(factStatus(judge, cams, ['明天来'], '客服说第二天来修。', 'zh-Hans')).toBe('met');
  expect(factStatus(judge, cams, ['取消'], '出海的船也不开了。', 'zh-Hans')).toBe('met');
  // Still said the other way round.
  expect(factStatus(judge, cams, ['掉线'], '摄像头从来没断线。', 'zh-Hans')).not.toBe('met');
});

test('values in other forms: 一整年, 一千两百 for 一千二, a weekday before 周年', () => {
  const lamp = '我点了一年的灯，付了一千二，下个礼拜六周年庆典要用。';
  expect(factStatus(judge, lamp, ['一年'], '您点了一整年的灯。', 'zh-Hans')).toBe('met');
  expect(factStatus(judge, lamp, ['一千二', '1200'], '您付了一千两百。', 'zh-Hans')).toBe('met');
  expect(factStatus(judge, lamp, ['一千二', '1200'], '您付了一千三百。', 'zh-Hans')).not.toBe(
    'met',
  );
  expect(factStatus(judge, lamp, ['礼拜六', '星期六'], '下星期六周年庆典要用。', 'zh-Hans')).toBe(
    'met',
  );
});

test('a fact the customer said in several places is in its own place in any of them', () => {
  const driver = '我叫了代驾，司机倒车撞到柱子。你们客服说司机是外包的，让我自己去找他。';
  const item = restatementItem(driver, [
    ['driver', ['代驾', '司机']],
    ['hit', ['撞到柱子']],
    ['cs', ['外包', '自己去找']],
  ]);
  const answer = '您叫人来开车，倒车撞到柱子，我们客服说司机是外面请的，叫您自己去找他，对吗？';
  const statuses = judge.judge(item, answer, 'zh-Hans').criteria.map((c) => c.status);
  expect(statuses).not.toContain('contradicted');
});

test('what the business said, as the customer reported it, is no forbidden phrase told back', () => {
  const pool =
    '孩子在池里呛了水。我要求退卡，你们说只能按原价扣掉三次再退，还要扣手续费。我很后怕。';
  const item = restatementItem(pool, [
    ['choked', ['呛']],
    ['refund', ['退卡', '手续费']],
  ]);
  const told = judge.judge(
    item,
    '孩子呛了水，您要退卡，我们说要扣三次再收手续费，您很后怕，对吗？',
    'zh-Hans',
  );
  expect(told.forbidden).toEqual([]);
});

test("someone's claim that the customer did it, told back, is not the customer's own doing", () => {
  const cafe = '电脑突然当机，店员说是我自己踢到电源线，还说钱不能退。';
  expect(
    factStatus(judge, cafe, ['踢到电源线'], '店员却说是您自己踢到电源线，对吗？', 'zh-Hans'),
  ).toBe('met');
  expect(factStatus(judge, cafe, ['踢到电源线'], '是您自己踢到电源线，对吗？', 'zh-Hans')).toBe(
    'contradicted',
  );
});

test('请 of 请假 gives no order: the customer’s own call told back is their story', () => {
  const nurse = '护士这周二没来，我自己打过去才知道她请假了，也没安排人替。';
  const item = restatementItem(nurse, [
    ['absent', ['没来']],
    ['leave', ['请假']],
  ]);
  const told = judge.judge(item, '护士周二没来，是您打过来才知道她请了假，对吗？', 'zh-Hans');
  expect(told.forbidden).toEqual([]);
});
