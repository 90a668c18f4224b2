import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const show = '我哋買咗兩張魔術表演嘅飛，每張三百八，點知開場前半個鐘先話取消。';
const price = ['三百八', '380'];

test('a price for each is restated by the total for the count, said as a total', () => {
  expect(
    factStatus(
      judge,
      show,
      price,
      '你哋買咗兩張飛，一共七百六，開場前半個鐘先話取消，啱唔啱？',
      'zh-Hans',
    ),
  ).toBe('met');
});

test('another total is still a wrong price', () => {
  expect(
    factStatus(
      judge,
      show,
      price,
      '你哋買咗兩張飛，一共九百，開場前半個鐘先話取消，啱唔啱？',
      'zh-Hans',
    ),
  ).toBe('contradicted');
});
