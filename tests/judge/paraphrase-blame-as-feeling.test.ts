import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const item = restatementItem(
  'I posted my passport renewal by special delivery on Monday, the tracking stops at the Leeds depot, and my flight is on the 9th.',
  [
    ['posted', ['special delivery', 'posted']],
    ['leeds', ['Leeds']],
    ['flight', ['9th', 'flight']],
  ],
);

test('blame said as a feeling ("You must be confused") keeps its penalty', () => {
  const j = judge.judge(
    item,
    'So you posted your renewal by special delivery on Monday, the tracking stops at Leeds, and you fly on the 9th. You must be confused about the depot, though. Is that right?',
    'en',
  );
  expect(j.forbidden.map((h) => h.category)).toContain('blame');
  expect(j.verdict).not.toBe('pass');
});

test('a feeling that is no blame still excuses what it covers', () => {
  const j = judge.judge(
    item,
    'So you posted your renewal by special delivery on Monday, the tracking stops at Leeds, and you fly on the 9th. That must be so worrying. Is that right?',
    'en',
  );
  expect(j.verdict).toBe('pass');
});
