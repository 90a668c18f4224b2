import { expect, test } from 'vitest';
import { verdict } from './question-helpers.js';

test('ja: 説明 / お話 as the subject of ある is a noun — whether one was given, closed', () => {
  expect(verdict('購入時に保証についての説明はありましたか。')[0]).toBe('closed');
  expect(verdict('担当の者からお話がございましたか。')[0]).toBe('closed');
  expect(verdict('保証について説明していただけますか。')[0]).toBe('open');
});

test('ja: what still bothered them, what they want to add, what fell short — open', () => {
  expect(verdict('他に何か気になったことはございましたか。')[0]).toBe('open');
  expect(verdict('最後に伝えたいことはありますか。')[0]).toBe('open');
  expect(verdict('使ってみて使いにくかった点はどこですか。')[0]).toBe('open');
  expect(verdict('お受け取りの場所はどこですか。')[0]).toBe('closed');
});
