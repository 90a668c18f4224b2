import { expect, test } from 'vitest';
import { detect } from './phrases-helpers.js';

const acts = (text: string) => detect(text).map((h) => h.act);

// "We won't … until you …" states the step the customer takes first: the way forward is in the
// sentence. The same refusal with nothing after it is still a refusal. (An excuse after the
// match may cross a sentence end, so "We won't. Until you calm down…" is cleared too: a known
// limit of `followed_by`.)
test.each([
  ["We won't release the keys until you have signed the inventory."],
  ['我们不会开始清洗，直到您确认好要处理的衣物。'],
])('a refusal with the customer’s step after it is the order of steps: %s', (text) => {
  expect(acts(text)).toEqual([]);
});

test.each([["We won't release the keys."], ['我们不会开始清洗。']])(
  'a refusal with no step after it is still flagged: %s',
  (text) => {
    expect(acts(text)).toContain('refusal');
  },
);
