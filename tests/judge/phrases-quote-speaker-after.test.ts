import { expect, test } from 'vitest';
import { detect } from './phrases-helpers.js';

const acts = (text: string) => detect(text).map((h) => h.act);

// A quotation whose speaker is named after it (「…」と言われた, "…," she said) holds someone
// else's words, not the agent's; the same words said by the agent are still flagged.
test.each([
  ['「それは私の担当ではありません」と言われたんですね。大変失礼いたしました。'],
  ['“Not my department,” she said? That should never have happened.'],
])('quoted with the speaker after: %s', (text) => {
  expect(acts(text)).toEqual([]);
});

test.each([['それは私の担当ではありません。'], ['“Not my department.” Try the front desk.']])(
  'the agent’s own words: %s',
  (text) => {
    expect(acts(text)).toContain('passing-the-buck');
  },
);
