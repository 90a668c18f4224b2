import { expect, test } from 'vitest';
import { checkQuestion } from '../../src/judge/paraphrase/restate.js';
import { prepareAnswer } from '../../src/judge/text/index.js';

// Checks that ask whether anything was missed or caught, in both languages and scripts.
test.each([
  'So the heater broke twice this winter. Did I catch everything?',
  'So the heater broke twice this winter. Have I caught all of it?',
  '所以暖气今年冬天坏了两次，我有漏掉什么吗？',
  '所以暖氣今年冬天壞了兩次，我有漏掉什麼嗎？',
  '所以暖气今年冬天坏了两次，我是不是漏了什么？',
])('%s is a closing check', (answer) => {
  expect(checkQuestion(prepareAnswer(answer)).met).toBe(true);
});
