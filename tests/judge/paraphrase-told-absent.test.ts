import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const kit = (customer: string) =>
  restatementItem(customer, [
    ['kit', ['model kit', 'kit']],
    ['booklet', ['booklet', 'instructions']],
    ['birthday', ['birthday', 'Saturday']],
  ]);

test('"no booklet" for "the booklet section missing" says the same absence: not contradicted', () => {
  const j = judge.judge(
    kit(
      'The model kit for my son arrived with pages 3 to 9 printed twice and the booklet section missing altogether. His birthday is on Saturday.',
    ),
    'So the model kit came with no booklet at all, and his birthday is on Saturday. That is so frustrating. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'booklet')?.status).not.toBe('contradicted');
  expect(j.verdict).not.toBe('fail');
});

test('"no booklet" where the customer had the booklet is still the opposite', () => {
  const j = judge.judge(
    kit(
      'The model kit for my son arrived with the booklet in the box, but half the parts are broken. His birthday is on Saturday.',
    ),
    'So the model kit came with no booklet at all, and his birthday is on Saturday. That is so frustrating. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'booklet')?.status).toBe('contradicted');
});
