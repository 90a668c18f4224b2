import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const escapeRoom = restatementItem(
  'I came to your escape room on Saturday with two colleagues, and the lock on the last door was broken, so we never finished.',
  [
    ['day', ['Saturday']],
    ['party', ['two colleagues', 'three of', '2 colleagues']],
    ['lock', ['lock', 'broken']],
  ],
);

test('"the three of you" for "I came with two colleagues" counts the customer in: no wrong fact', () => {
  const j = judge.judge(
    escapeRoom,
    'So the three of you came on Saturday, the lock on the last door was broken and you never finished. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'party')?.status).not.toBe('contradicted');
  expect(j.verdict).not.toBe('fail');
});

test('a group of another size is still a wrong count', () => {
  const j = judge.judge(
    escapeRoom,
    'So the five of you came on Saturday, the lock on the last door was broken and you never finished. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'party')?.status).toBe('contradicted');
});
