import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// Two facts told in two clauses, each restated in the other's clause, are swapped: poor.
const zh = restatementItem('我订的是无糖的绿茶，结果送来的是全糖的，我有糖尿病不能喝。', [
  ['ordered', ['无糖']],
  ['got', ['全糖']],
  ['why', ['糖尿病']],
]);

test('zh: what was ordered and what came said the other way round are swapped facts: poor', () => {
  const j = judge.judge(
    zh,
    '您订的是全糖的，送来的是无糖的，您有糖尿病不能喝。我理解您的心情，对吗？',
    'zh-Hans',
  );
  const swapped = j.criteria.filter((c) => c.detail === 'swapped-words');
  expect(swapped.map((c) => c.id).sort()).toEqual(['got', 'ordered']);
  expect(swapped.every((c) => c.status === 'contradicted')).toBe(true);
  expect(j.verdict).toBe('fail');
});

test('zh: the same facts each in their own clause stay right, in any order', () => {
  const j = judge.judge(
    zh,
    '送来的是全糖的，可您订的是无糖的，您有糖尿病不能喝。我理解您的心情，对吗？',
    'zh-Hans',
  );
  expect(j.criteria.filter((c) => c.status === 'contradicted')).toEqual([]);
  expect(j.verdict).toBe('pass');
});

const en = restatementItem(
  'I asked for the window seat on the outbound leg, but the app gave me an aisle seat and charged me £25.',
  [
    ['asked', ['window seat', 'window']],
    ['got', ['aisle seat', 'aisle']],
    ['charged', ['£25', '25 pounds']],
  ],
);

test('en: the asked-for and the given seat said each in the other clause are swapped', () => {
  const j = judge.judge(
    en,
    'So you asked for an aisle seat on the outbound leg, the app gave you the window, and charged you £25. That is annoying. Is that right?',
    'en',
  );
  expect(j.criteria.filter((c) => c.detail === 'swapped-words').length).toBe(2);
  expect(j.verdict).toBe('fail');
});

// "X, not Y" sets the value wanted against the value that happened: no denial of Y.
const trim = restatementItem(
  'I asked the groomer to take one inch off the coat, but she shaved off nearly four inches.',
  [
    ['asked', ['one inch', 'an inch']],
    ['shaved', ['nearly four inches', 'four inches', 'almost four']],
  ],
);

test('en: a value after ", not" contrasts with the value before it and is not denied', () => {
  const j = judge.judge(
    trim,
    'You wanted one inch taken off, not almost four. That is upsetting. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'shaved')?.status).toBe('met');
  expect(j.verdict).toBe('pass');
});
