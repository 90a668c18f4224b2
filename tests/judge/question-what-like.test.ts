import { expect, test } from 'vitest';
import { classifyQuestion } from '../../src/judge/question/index.js';

// "What was X like?" asks how it was, whatever noun stands inside (not "would like", not
// "like to"); "anything you'd like me to help with" invites as "anything I can help with" does;
// 點樣 / 點解 / 幾時 / 幾多 mark written Cantonese, read as Mandarin by the Chinese rules.
test.each([
  ['What was the room like when you arrived?', 'open'],
  ['What has the new schedule been like since March?', 'open'],
  ['What is the room number you would like?', 'closed'],
  ['What was the date you would like to move to?', 'closed'],
  ['Is there anything you would like us to look into today?', 'open'],
  ['你覺得新安排點樣?', 'open'],
  ['你點解想取消會籍?', 'open'],
  ['你幾時交嘅按金?', 'closed'],
  ['張單幾多錢?', 'closed'],
])('%s → %s', (text, verdict) => {
  expect(classifyQuestion(text).verdict).toBe(verdict);
});
