import { expect, test } from 'vitest';
import { feelingCheck } from '../../src/judge/paraphrase/restate.js';
import { prepareAnswer } from '../../src/judge/text/index.js';

// An adjective of degree between an empathy frame and its feeling noun ("a real shock", "a real
// let-down") keeps the feeling; the same adjective before a thing names no feeling.
test.each([
  ["That's a real shock.", true],
  ["That's a real let-down.", true],
  ['What a real blow after a week of waiting.', true],
  ['That is a real bill, not an estimate.', false],
])('%s → %s', (text, met) => {
  expect(feelingCheck(prepareAnswer(text)).met).toBe(met);
});
