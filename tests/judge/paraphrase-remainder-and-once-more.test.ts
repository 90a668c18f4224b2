import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const saplings = restatementItem(
  'I ordered 30 apple saplings. They came a week late and 4 had snapped trunks. The rest look dry.',
  [
    ['count', ['30', 'thirty']],
    ['late', ['a week late', 'week late']],
    ['snapped', ['4', 'four']],
    ['dry', ['dry', 'dried out']],
  ],
);

test('"the other twenty-six" is what is left of the thirty once four are counted out: no wrong count', () => {
  const j = judge.judge(
    saplings,
    'Your thirty saplings came a week late, four had snapped trunks and the other twenty-six are dry. That is so disappointing. Is that right?',
    'en',
  );
  expect(j.criteria.filter((c) => c.status === 'contradicted')).toEqual([]);
  expect(j.verdict).toBe('pass');
});

test("a remainder that is no difference of the customer's counts is still a wrong count", () => {
  const j = judge.judge(
    saplings,
    'Your thirty saplings came a week late, eight had snapped trunks and the rest look dry. That is so disappointing. Is that right?',
    'en',
  );
  expect(j.verdict).not.toBe('pass');
});

const brochures = restatementItem(
  '我在你们这里印的宣传册，第12到20页印了两遍，封底的地址也没印上。下周一展会就开始了。',
  [
    ['pages', ['12到20页', '印了两遍', '重复']],
    ['address', ['地址']],
    ['fair', ['展会', '下周一']],
  ],
);

test('重复了一遍 (done once more) for 印了两遍 is the same count: no wrong value', () => {
  const j = judge.judge(
    brochures,
    '您的宣传册12页到20页重复印了一遍，封底地址也漏了，展会下周一就开，确实让人着急。我说得对吗？',
    'zh-Hans',
  );
  expect(j.criteria.find((c) => c.id === 'pages')?.status).not.toBe('contradicted');
  expect(j.verdict).toBe('pass');
});

test('重复印了三遍 for 印了两遍 is still a wrong count', () => {
  const j = judge.judge(
    brochures,
    '您的宣传册12页到20页重复印了三遍，封底地址也漏了，展会下周一就开，确实让人着急。我说得对吗？',
    'zh-Hans',
  );
  expect(j.criteria.find((c) => c.id === 'pages')?.status).toBe('contradicted');
});
