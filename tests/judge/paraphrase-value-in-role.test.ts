import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const pottery =
  '我上禮拜喺你哋度訂咗兩位嘅陶藝班,每位$480,總共$960。點知老師病咗冇通知,我哋白行一趟。';
const money = ['$480', '480', '$960', '960'];

test('a value said where the customer said another of theirs, the total beside it right, stands in its place', () => {
  // 每位$450 is said in the words the customer said before $480 (每位), and $480 nowhere.
  expect(
    factStatus(judge, pottery, money, '你訂咗兩位,每位$450,總共$960。係咪咁?', 'zh-Hans'),
  ).toBe('contradicted');
  expect(
    factStatus(judge, pottery, money, '你訂咗兩位,每位$480,總共$960。係咪咁?', 'zh-Hans'),
  ).toBe('met');
});

test('one minor value wrong that way, the rest complete with feeling and check, is partial', () => {
  const item = restatementItem(pottery, [
    ['two', ['兩位']],
    ['money', money],
    ['sick', ['病']],
  ]);
  const answer = (each: string) =>
    `你訂咗兩位陶藝班,每位${each},總共$960,老師病咗又冇通知,白行一趟。我明白你好嬲。係咪咁?`;
  const wrong = judge.judge(item, answer('$450'), 'zh-Hans');
  expect(wrong.verdict).toBe('partial');
  expect(wrong.criteria.find((c) => c.id === 'money')?.said).toBe('450');
  expect(judge.judge(item, answer('$480'), 'zh-Hans').verdict).toBe('pass');
});
