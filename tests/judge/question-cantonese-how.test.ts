import { expect, test } from 'vitest';
import { verdict } from './question-helpers.js';

test('zh-Hant Cantonese: 係點 before a verb asks how it was done — open', () => {
  expect(verdict('上堂嗰陣老師係點教你嘅？')[0]).toBe('open');
  expect(verdict('佢係點同你講嘅？')[0]).toBe('open');
  expect(verdict('呢部機你平時係點用㗎？')[0]).toBe('open');
});

test('zh-Hant Cantonese: 係幾點 and 係點鐘 ask for a time — closed', () => {
  expect(verdict('你係幾點到嘅？')[0]).toBe('closed');
  expect(verdict('你哋係點鐘開門㗎？')[0]).toBe('closed');
});

test('zh-Hant Cantonese: 講吓 ("tell me a bit") opens an invitation to describe — open', () => {
  // 講吓 alone marks the sentence as Cantonese, so it is read as 讲讲.
  expect(verdict('講吓你想間舖頭裝修成點。')[0]).toBe('open');
  expect(verdict('講吓嗰日搬屋嘅經過。')[0]).toBe('open');
  expect(verdict('講吓尋日喺診所發生咩事。')[0]).toBe('open');
  // One fact asked for is still closed; Mandarin 吓 is "frighten".
  expect(verdict('講吓你張單號碼係幾多？')[0]).toBe('closed');
  expect(verdict('你被吓到了吗？')[0]).toBe('closed');
});
