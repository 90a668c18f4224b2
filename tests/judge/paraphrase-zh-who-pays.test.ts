import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const gate =
  '我家铁门去年在你们这做的，保修三年。现在门锁坏了，师傅来看了说锁芯不在保修范围，要我自己出钱换，一个四百五。';
const lock = ['锁芯', '四百五', '自己出钱'];

test('left to the customer to pay, retold as done for them free, is a wrong fact', () => {
  expect(
    factStatus(
      judge,
      gate,
      lock,
      '您家铁门去年做的，保修三年，现在门锁坏了，师傅已经免费帮您换了锁芯，对吗？',
      'zh-Hans',
    ),
  ).toBe('contradicted');
});

test('the cost told as theirs, or the agent offering help, is no contradiction', () => {
  for (const answer of [
    '您家铁门保修三年，门锁坏了，师傅说锁芯不在保修范围，要您自己出钱换，四百五，对吗？',
    '师傅说锁芯要您自己出四百五换，我会帮您申请免费更换锁芯，对吗？',
  ])
    expect(factStatus(judge, gate, lock, answer, 'zh-Hans')).toBe('met');
});
