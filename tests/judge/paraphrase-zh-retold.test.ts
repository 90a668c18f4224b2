import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { chineseRetold } from '../../src/judge/paraphrase/zh-retold.js';
import { prepareAnswer } from '../../src/judge/text/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'zh-Hans');

const kettle = '我上周在你们店买了一个电热水壶，用了两天底座就冒烟了，现在根本不敢用。';
const roses = '我订的是粉色满天星，你们送来的是白色的，婚礼明天就办。';

test('a compound retold by its head, its modifier left out', () => {
  expect(status(kettle, ['电热水壶'], '您上周买的那个水壶底座冒烟了。')).toBe('met');
  expect(status(kettle, ['底座冒烟'], '您说用了两天那个座子就开始冒烟。')).toBe('met');
});

test('a modifier replaced names another thing', () => {
  expect(status(roses, ['粉色满天星'], '您订的是白色满天星。')).not.toBe('met');
  expect(status(kettle, ['底座冒烟'], '您说壶盖冒烟了。')).not.toBe('met');
});

test('denied the same way round: another verb denied is no retelling', () => {
  const read = (answer: string) =>
    chineseRetold(
      [{ id: 'f', met: false, status: 'missed', weight: 1 }],
      [{ id: 'f', label: 'f', any: ['寄的包裹没人签收'], weight: 1 }],
      prepareAnswer(answer),
    )[0]?.status;
  expect(read('包裹到现在都没人签收。')).toBe('met');
  expect(read('包裹签收时没人打电话。')).toBe('missed');
  expect(read('包裹已经签收了。')).toBe('missed');
});

test('a clause that adds who did it (把, 被) is left to the actor readings', () => {
  const cut = '我儿子在你们手工课上自己剪纸，手掌划了个口子，没人通知我。';
  expect(status(cut, ['割伤了手掌'], '孩子剪纸，手掌划伤了。')).toBe('met');
  expect(status(cut, ['割伤了手掌'], '剪纸时老师把手掌划伤了。')).not.toBe('met');
});

test('a call nobody took, said as never put through', () => {
  const line = '我给你们热线打了四次，每次都没人接。';
  expect(status(line, ['没人接'], '您打了四回热线，始终没打通。')).toBe('met');
  expect(status(line, ['没人接'], '您打了四回热线，一下就打通了。')).not.toBe('met');
});

test('nothing heard back, in written Cantonese', () => {
  const lens = '我部相機送咗去修兩個禮拜，到而家都冇消息。';
  expect(
    factStatus(
      judge,
      lens,
      ['冇消息', '沒有消息'],
      '你部相機送咗去修兩個禮拜，仲未有人覆你。',
      'zh-Hans',
    ),
  ).toBe('met');
});

test('a record not found, said with another verb', () => {
  const table = '我订了周五晚上的位子，今天打电话确认，你们说查不到。';
  expect(status(table, ['查不到'], '您今天来电确认，我们却说找不到您的订位。')).toBe('met');
});

test('goods not come, with another adverb and verb of arriving', () => {
  const sofa = '沙发说好上周六送到，到今天还没到。';
  expect(status(sofa, ['还没到'], '说好上周六送，今天仍然没有送来。')).toBe('met');
});
