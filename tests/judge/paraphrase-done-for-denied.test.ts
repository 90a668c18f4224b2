import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { clauseReadings } from '../../src/judge/paraphrase/done-for-denied.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const kettle = restatementItem(
  'I took the faulty kettle back to your Bath Road store a month ago. Nobody has replaced the kettle or refunded my £30, and I am fed up.',
  [
    ['returned', ['took the kettle back', 'returned the kettle', 'Bath Road']],
    ['month', ['a month ago', 'a month']],
    ['nothing-done', ['no one has replaced', 'not refunded', 'no replacement']],
  ],
);
const status = (answer: string) =>
  judge.judge(kettle, answer, 'en').criteria.find((c) => c.id === 'nothing-done');

test('en: what the customer said nobody did, restated as done, is contradicted: poor', () => {
  const answer =
    'So you returned the kettle to Bath Road a month ago and we replaced the kettle, but it was the wrong model. I understand you are fed up. Is that right?';
  expect(status(answer)).toMatchObject({ status: 'contradicted', detail: 'done-for-denied' });
  expect(judge.judge(kettle, answer, 'en').verdict).toBe('fail');
});

test('en: the same words still denied, asked, or another word of the story are no reversal', () => {
  expect(
    status(
      'So you returned the kettle to Bath Road a month ago and nobody has replaced the kettle or refunded you. I understand you are fed up. Is that right?',
    )?.status,
  ).toBe('met');
  // A question asks; it tells nothing.
  expect(
    status('So you returned the kettle to Bath Road a month ago. Have we replaced the kettle?')
      ?.status,
  ).toBe('missed');
  // "replaced" of a part of the story the customer did not deny.
  expect(
    status(
      'So you returned the kettle to Bath Road a month ago, and the element was replaced before. I understand. Is that right?',
    )?.status,
  ).toBe('missed');
});

test("the customer's clauses are read once for every answer, an answer's once for both readings", () => {
  const answers = [
    'So you returned the kettle to Bath Road a month ago and we replaced the kettle. Is that right?',
    'So you took the kettle back a month ago and we refunded you. Is that right?',
    'So you returned the kettle to Bath Road a month ago and it was not replaced. Is that right?',
  ];
  judge.judge(kettle, 'So you returned the kettle to Bath Road a month ago. Is that right?', 'en');
  const before = clauseReadings();
  for (const a of answers) judge.judge(kettle, a, 'en');
  // At most one reading per answer; the customer's story is not read again.
  expect(clauseReadings() - before).toBeLessThanOrEqual(answers.length);
  expect(status(answers[0] as string)).toMatchObject({ status: 'contradicted' });
});

const magnifier = restatementItem(
  'The magnifier I bought for £1,450 keeps freezing. I read my letters with it every morning and now I can’t. I feel ignored.',
  [
    ['price', ['1,450', '£1,450']],
    ['letters', ['letters', 'post']],
  ],
);

test('en: a clause the customer denies by ellipsis ("and now I can’t") restated denied is no reversal', () => {
  const j = judge.judge(
    magnifier,
    'So the £1,450 magnifier keeps freezing and you can’t read your letters with it. I’m sorry. Is that right?',
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'letters')?.status).not.toBe('contradicted');
  // Without the ellipsis the customer's reading is told as done, and its denial still reverses it.
  const done = restatementItem(
    'The magnifier I bought for £1,450 keeps freezing. I read my letters with it every morning. I feel ignored.',
    [['letters', ['letters', 'post']]],
  );
  expect(
    judge
      .judge(done, 'So you don’t read your letters with it. I’m sorry. Is that right?', 'en')
      .criteria.find((c) => c.id === 'letters'),
  ).toMatchObject({ status: 'contradicted', detail: 'denied-for-done' });
});

test('en: "not what you paid for" denies the thing, not that the customer paid', () => {
  const tents = restatementItem(
    'We paid £560 for two pre-pitched tents. Only one was up when we got there. I am so tired.',
    [
      ['fee', ['£560', '560']],
      ['two', ['two tents', 'two pre-pitched']],
    ],
  );
  const j = judge.judge(
    tents,
    'You paid £560 and only one tent was up, which is not what you paid for. I am sorry. Is that right?',
    'en',
  );
  expect(j.criteria.filter((c) => c.status === 'contradicted')).toEqual([]);
});

test('en: "not the … you ordered" after what came denies the thing, not that the customer ordered it', () => {
  const tiles = restatementItem(
    'I ordered forty white metro tiles for the splashback and paid £85. What came on Monday were green ones, and the tiler starts tomorrow.',
    [
      ['ordered', ['white metro', 'white tiles']],
      ['paid', ['£85']],
      ['got', ['green']],
      ['tiler', ['tiler', 'tomorrow']],
    ],
  );
  const j = judge.judge(
    tiles,
    "What turned up on Monday were green tiles, not the forty white metro ones you'd paid £85 for, and the tiler starts tomorrow. That must be so frustrating. Is that right?",
    'en',
  );
  expect(j.criteria.filter((c) => c.status === 'contradicted')).toEqual([]);
  expect(j.verdict).toBe('pass');
});

// The customer denied a verb ("didn't bring"); an answer that says it done, in any of its forms
// ("brought"), turns the fact round — what the thing is said with stays the customer's.
const plumber = restatementItem(
  "Your plumber didn't bring the replacement valve on Monday, so the boiler is still off and my two children have had cold baths for three days. I'm exhausted.",
  [
    ['valve', ['replacement valve', 'valve']],
    ['boiler', ['boiler']],
    ['days', ['three days', '3 days']],
  ],
);
const valve = (answer: string) =>
  judge.judge(plumber, answer, 'en').criteria.find((c) => c.id === 'valve');

test('en: a verb the customer denied told as done in another form is contradicted: poor', () => {
  const answer =
    'Our plumber brought the replacement valve on Monday, yet the boiler is still off and the children have had cold baths for three days. That sounds exhausting. Is that right?';
  expect(valve(answer)).toMatchObject({ status: 'contradicted', detail: 'done-for-denied' });
  expect(judge.judge(plumber, answer, 'en').verdict).toBe('fail');
});

test('en: the denied verb retold as denied, as what was to be, or with another verb stays met', () => {
  for (const answer of [
    'Our plumber came on Monday without the replacement valve, so the boiler is still off and the children have had cold baths for three days.',
    'Our plumber should have brought the replacement valve on Monday, and the boiler has been off for three days.',
    'Our plumber never brought the replacement valve on Monday, and the boiler has been off for three days.',
  ])
    expect(valve(answer)?.status).toBe('met');
});

test('en: the denied verb named as a thing ("an order") tells nothing done', () => {
  const bike = restatementItem(
    "Your shop hasn't ordered the part for my bike, so I've walked to work for two weeks. I'm fed up.",
    [
      ['part', ['part']],
      ['weeks', ['two weeks']],
    ],
  );
  const j = judge.judge(
    bike,
    "The part for your bike is waiting on an order from our shop, so you've walked to work for two weeks. I understand you're fed up. Is that right?",
    'en',
  );
  expect(j.criteria.find((c) => c.id === 'part')?.status).toBe('met');
});
