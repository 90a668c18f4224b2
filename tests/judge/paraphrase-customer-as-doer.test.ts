import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const dentist = restatementItem(
  'I booked a filling for 10am on Monday and took the morning off. When I arrived the nurse told me the appointment had been cancelled, and nobody phoned me. I am furious.',
  [
    ['when', ['10am', 'Monday']],
    ['morning-off', ['morning off', 'time off']],
    ['cancelled', ['cancelled', 'called off']],
    ['no-call', ['nobody phoned', 'no call']],
  ],
);
const cancelled = (answer: string) =>
  judge.judge(dentist, answer, 'en').criteria.find((c) => c.id === 'cancelled');

test('an act the company reported done, told back as the customer\u2019s own inside a question, is a swapped fact', () => {
  const answer =
    'So you cancelled your 10am filling on Monday yourself after taking the morning off, and nobody phoned you? I can see why you\u2019re furious.';
  expect(cancelled(answer)).toMatchObject({ status: 'contradicted', detail: 'swapped-actor' });
  expect(judge.judge(dentist, answer, 'en').verdict).toBe('fail');
});

test('a third party\u2019s act ("he just laughed") told as the customer\u2019s is a swapped fact', () => {
  const cafe = restatementItem(
    'My soup was cold on Friday and when I told the waiter he just laughed. I felt so embarrassed.',
    [
      ['soup', ['cold soup', 'soup was cold']],
      ['laughed', ['waiter laughed', 'laughed at you']],
    ],
  );
  const answer =
    'So your soup was cold on Friday and you laughed at the waiter? I\u2019m sorry, that\u2019s embarrassing.';
  expect(judge.judge(cafe, answer, 'en').criteria.find((c) => c.id === 'laughed')).toMatchObject({
    status: 'contradicted',
    detail: 'swapped-actor',
  });
});

test.each([
  [
    'the company doing it, in the trainee\u2019s words',
    'So you booked a filling for 10am on Monday, took the morning off, and we cancelled it without phoning you. I can see why you\u2019re furious. Is that right?',
  ],
  [
    '"you" as the object ("the nurse told you")',
    'So you booked a 10am filling on Monday, took the morning off, and the nurse told you cancelled appointments are rebooked, with no call from us. Is that right?',
  ],
])('no swap: %s', (_n, answer) => {
  expect(cancelled(answer)?.detail).not.toBe('swapped-actor');
});

test.each([
  [
    'the customer did it themselves ("I cancelled")',
    'I cancelled my 10am class on Monday and was still charged £20.',
    'So you cancelled your 10am class on Monday and were still charged £20? Is that right?',
  ],
  [
    'a passive nobody reported may be the customer\u2019s own act',
    'I hired a trailer on Monday, it was returned clean on Tuesday, and the £40 deposit never came back.',
    'So you returned the trailer clean on Tuesday and the £40 deposit never came back. Is that right?',
  ],
  [
    'a verb after a comma has the customer as subject',
    'I booked a massage with Dr Lee, cancelled it on Monday, and was still charged £20.',
    'So you cancelled your massage with Dr Lee on Monday and were still charged £20. Is that right?',
  ],
])('no swap: %s', (_n, customer, answer) => {
  const item = restatementItem(customer, [['act', ['cancelled', 'returned', 'Monday', 'Tuesday']]]);
  expect(judge.judge(item, answer, 'en').criteria.find((c) => c.id === 'act')?.detail).not.toBe(
    'swapped-actor',
  );
});

test('forms of a light verb are one verb ("gave" for "had been given")', () => {
  const seats = restatementItem(
    'We paid £40 for two front-row seats, but the usher said they had been given to another family.',
    [
      ['paid', ['£40', 'forty pounds']],
      ['given-away', ['given to another family', 'another family']],
    ],
  );
  const answer =
    'So you paid £40 for two front-row seats and you gave them to another family? I\u2019m sorry.';
  expect(
    judge.judge(seats, answer, 'en').criteria.find((c) => c.id === 'given-away'),
  ).toMatchObject({ status: 'contradicted', detail: 'swapped-actor' });
});

test('a third party\u2019s act with "has" folded in ("he\u2019s cancelled") told as the customer\u2019s is a swapped fact', () => {
  const studio = restatementItem(
    'I paid a £120 deposit for a portrait with Mia in May, she\u2019s cancelled two sittings, and now I am told the deposit is gone. I feel messed about.',
    [
      ['deposit', ['£120', 'deposit']],
      ['cancelled', ['cancelled two sittings', 'two cancellations']],
    ],
  );
  const answer = 'So you cancelled two sittings with Mia and want the £120 back? Is that right?';
  expect(
    judge.judge(studio, answer, 'en').criteria.find((c) => c.id === 'cancelled'),
  ).toMatchObject({ status: 'contradicted', detail: 'swapped-actor' });
  const right = 'So Mia has cancelled two sittings and the £120 deposit is gone? Is that right?';
  expect(judge.judge(studio, right, 'en').criteria.find((c) => c.id === 'cancelled')).toMatchObject(
    { status: 'met' },
  );
});

test('an act of the customer\u2019s own thing or people ("our train pulled in") told as theirs is no swap', () => {
  const trip = restatementItem(
    'Our train pulled in at 9pm on Saturday and the hotel had given our room away. We paid £130 for it and ended up on a friend\u2019s sofa.',
    [
      ['arrived', ['pulled in', '9pm', 'nine']],
      ['room', ['given away', 'gave away', 'room away']],
      ['price', ['£130', '130']],
    ],
  );
  const answer =
    'You pulled in at 9pm on Saturday to find the hotel had given your room away, after paying £130, and you ended up on a friend\u2019s sofa. That must have been awful. Is that right?';
  expect(judge.judge(trip, answer, 'en').criteria.find((c) => c.id === 'arrived')?.status).toBe(
    'met',
  );
  expect(judge.judge(trip, answer, 'en').verdict).toBe('pass');
});

test('an act of a person of the customer\u2019s ("my neighbour opened it") told as theirs is still a swap', () => {
  const parcel = restatementItem(
    'The courier left my parcel at the wrong flat on Monday, and my neighbour opened it before I got there.',
    [
      ['wrong', ['wrong flat', 'wrong address']],
      ['opened', ['opened']],
    ],
  );
  const answer =
    'So the courier left your parcel at the wrong flat on Monday and you opened it before you got there. Is that right?';
  expect(judge.judge(parcel, answer, 'en').criteria.find((c) => c.id === 'opened')?.status).toBe(
    'contradicted',
  );
});
