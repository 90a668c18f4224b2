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
