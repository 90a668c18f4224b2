import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test('values: a count said in scores is twenty each; "a score of" a number is a mark', () => {
  expect(read('two score bales of hay')).toContain('quantity/bale=40');
  expect(read('a score of children were waiting')).toContain('quantity/children=20');
  expect(read('she got a score of 7 out of ten').some((v) => v.endsWith('=20'))).toBe(false);
  expect(read('a score of seven out of ten').some((v) => v.endsWith('=20'))).toBe(false);
});

test('forty bales said as two score is the same count, not a wrong one', () => {
  const j = judge.judge(
    restatementItem('I ordered forty small bales of hay for Saturday and only twenty-five came.', [
      ['ordered', ['forty', '40']],
    ]),
    'So you were expecting two score bales on Saturday and only twenty-five came. Sorry. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'ordered')?.status).toBe('met');
});
