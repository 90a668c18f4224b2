import { expect, test } from 'vitest';
import { verdict } from './question-helpers.js';

test('ja: the points that bothered the customer, asked to be told, invite a description — open', () => {
  expect(verdict('体験教室で気になった点があれば教えてください。')[0]).toBe('open');
  expect(verdict('ご不便な点を教えてください。')[0]).toBe('open');
});

test('ja: 時点 is a point in time, and a name or a meeting time is one fact — closed', () => {
  expect(verdict('どの時点で壊れたか教えてください。')[0]).toBe('closed');
  expect(verdict('集合時間を教えてください。')[0]).toBe('closed');
});
