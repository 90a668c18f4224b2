import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { sameSense } from '../../src/judge/text/en-senses.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// Round 12aa: "snapped up by somebody else" for "went to someone else".
test('a word of one sense shares the synset of a common word', () => {
  expect(
    factStatus(
      judge,
      "We registered our bakery's domain with you three years ago. The card on file had expired, nobody emailed us, and the domain went to someone else last Friday.",
      ['someone else', 'taken', 'lost the domain'],
      'The stored card had run out, you got no warning, and last Friday the name was snapped up by somebody else.',
      'en',
    ),
  ).toBe('met');
  expect(sameSense('yearly', 'annually')).toBe(true);
  // Only its own synset: "somebody" is no "officer".
  expect(sameSense('somebody', 'officer')).toBe(false);
});
