import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const hotel = restatementItem(
  'I booked three nights through your site at $90 a night. My card was charged $340, not $270. Nobody mentioned a resort fee.',
  [
    ['nights', ['three nights', '3 nights']],
    ['expected', ['270', 'two hundred and seventy']],
    ['charged', ['340', 'three hundred and forty']],
    ['fee', ['resort fee', 'nobody mentioned']],
  ],
);

test('"should have come to $270" for "not $270" says what was due, not that it came: no reversed fact', () => {
  const j = judge.judge(
    hotel,
    'You booked three nights at $90 a night, which should have come to $270, but your card was charged $340 and nobody mentioned a resort fee. I can see why that feels unfair. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'expected')?.status).toBe('met');
  expect(j.verdict).toBe('pass');
});

test('the value the customer never got told as received is still reversed', () => {
  const j = judge.judge(
    hotel,
    'You booked three nights at $90 a night, you received the $270 back, your card was charged $340 and nobody mentioned a resort fee. I can see why that feels unfair. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'expected')?.status).toBe('contradicted');
});
