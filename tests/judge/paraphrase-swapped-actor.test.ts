import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const item = restatementItem(
  'I paid £30 for the Sunday boat trip and then you cancelled it an hour before we sailed. The kids were gutted.',
  [
    ['paid', ['£30', 'thirty pounds']],
    ['trip', ['boat trip']],
    ['cancelled', ['cancelled', 'called off']],
  ],
);
const actorOf = (answer: string) =>
  judge.judge(item, answer, 'en').criteria.find((c) => c.id === 'cancelled');

test('the same act said with the other side doing it is a swapped fact', () => {
  const answer =
    'So you paid £30 for the Sunday boat trip and you cancelled the outing at the last minute. I can hear the kids were gutted. Is that right?';
  expect(actorOf(answer)).toMatchObject({ status: 'contradicted', detail: 'swapped-actor' });
  expect(judge.judge(item, answer, 'en').verdict).toBe('fail');
});

test.each([
  [
    'the right side in the trainee\u2019s words',
    'So you paid £30 for the Sunday boat trip and we cancelled the outing at the last minute. I can hear the kids were gutted. Is that right?',
  ],
  [
    'a passive subject',
    'So you paid £30 for the Sunday boat trip and you were cancelled on at the last minute. I can hear the kids were gutted. Is that right?',
  ],
])('no swap: %s', (_n, answer) => {
  expect(actorOf(answer)?.detail).not.toBe('swapped-actor');
});

test('another verb for the other side of one act ("you paid" for "your app took") is no swap', () => {
  const took = restatementItem('Your app took £45 for the tickets and they never came.', [
    ['amount', ['£45', '45']],
  ]);
  const j = judge.judge(
    took,
    'So you paid £45 for the tickets and they never arrived. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'amount')?.status).toBe('met');
});
