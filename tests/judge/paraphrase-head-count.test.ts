import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// A count belongs to the plural head noun after its modifier: "40 prototype brackets" counts
// brackets, so "14 brackets" is a wrong count, not a fact left out.
const order = restatementItem(
  'We ordered 60 sample tiles in matt grey for a showroom opening on Friday, and they sent gloss. I am worried.',
  [
    ['count', ['60', 'sixty']],
    ['finish', ['matt grey', 'matt']],
    ['opening', ['showroom opening', 'Friday']],
  ],
);
const count = (answer: string) =>
  judge.judge(order, answer, 'en').criteria.find((c) => c.id === 'count');

test('a different count of the head noun is a wrong count', () => {
  expect(
    count('So 16 tiles came in gloss instead of matt grey for Friday’s opening?'),
  ).toMatchObject({
    status: 'contradicted',
  });
});

test('the same count said with or without the modifier is met', () => {
  expect(
    count('So 60 tiles came in gloss instead of matt grey for Friday’s opening?'),
  ).toMatchObject({
    status: 'met',
  });
  expect(
    count('So sixty sample tiles came in gloss instead of matt grey for Friday’s opening?'),
  ).toMatchObject({ status: 'met' });
});
