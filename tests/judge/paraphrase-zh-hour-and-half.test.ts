import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// 個半鐘 is an hour and a half with its 一 left out; a length of time in hours and one in
// minutes are one kind of value: 40 minutes is another length than 個半鐘, 90 minutes the same.
const item = restatementItem(
  '我喺你哋網站叫咗個技工上門,網站話一個鐘之內到,結果等咗成個半鐘,佢嚟到又話唔記得帶工具。',
  [
    ['promised', ['一個鐘之內', '一個鐘']],
    ['waited', ['個半鐘', '一個半鐘']],
    ['no-tools', ['唔記得帶工具', '冇帶工具']],
  ],
);
const status = (answer: string, id: string) =>
  judge.judge(item, answer, 'zh-Hans').criteria.find((c) => c.id === id)?.status;

test('minutes for a wait told in hours are a wrong length of time', () => {
  const answer = '網站話一個鐘之內到,你等咗四十分鐘,技工又冇帶工具,我明白你好嬲,係咪?';
  expect(status(answer, 'waited')).toBe('contradicted');
});

test('two hours for 個半鐘 is a wrong length of time', () => {
  const answer = '網站話一個鐘之內到,你等咗兩個鐘,技工又冇帶工具,我明白你好嬲,係咪?';
  expect(status(answer, 'waited')).toBe('contradicted');
});

test('ninety minutes for 個半鐘 is the same length of time, not a wrong one', () => {
  const answer = '網站話一個鐘之內到,你等咗九十分鐘,技工又冇帶工具,我明白你好嬲,係咪?';
  expect(status(answer, 'waited')).not.toBe('contradicted');
});
