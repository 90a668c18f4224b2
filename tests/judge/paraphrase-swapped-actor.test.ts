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

// Agreeing is done by both sides: the customer's "we agreed" and the trainee's "we'd agreed" tell
// the same agreement, where "you agreed" of the trainee would give it to the customer alone.
const venue = restatementItem(
  'We agreed with your events team that the hall would be ours until eleven, and the caretaker locked up at nine. We paid £600.',
  [
    ['eleven', ['eleven', '11']],
    ['nine', ['nine', '9']],
    ['paid', ['£600', '600']],
  ],
);
const agreed = (answer: string) =>
  judge.judge(venue, answer, 'en').criteria.find((c) => c.id === 'eleven');

test('"we agreed" said back as "we\u2019d agreed" is no swap of who acted', () => {
  expect(
    agreed(
      "We'd agreed the hall would be yours until eleven, the caretaker locked up at nine, and you paid £600. Is that right?",
    )?.status,
  ).toBe('met');
});

test('an agreement the customer gave the company alone, told as the customer\u2019s, is still a swap', () => {
  const waived = restatementItem(
    'You agreed to waive the £40 admin fee, and it was on my bill anyway.',
    [['waive', ['waive']]],
  );
  const j = judge.judge(
    waived,
    'So you agreed to waive the £40 admin fee and it was on your bill anyway. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'waive')).toMatchObject({ detail: 'swapped-actor' });
});
