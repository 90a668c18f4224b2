import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const item = restatementItem(
  'The fridge I bought from you, model FR200, stopped cooling on Monday, two weeks after delivery. All the food went off and I paid £640 for it. I am fed up.',
  [
    ['model', ['FR200']],
    ['fault', ['stopped cooling', 'not cooling']],
    ['day', ['Monday']],
    ['age', ['two weeks', '2 weeks']],
    ['food', ['food went off', 'food spoiled']],
    ['paid', ['£640', '640']],
  ],
);
const right =
  'So your FR200 stopped cooling on Monday, two weeks after delivery, all the food went off, and you paid £640 for it. No wonder you are fed up. Is that right?';

test('all facts, a feeling in their place and a check: good', () => {
  expect(judge.judge(item, right, 'en').verdict).toBe('pass');
});

test('one wrong detail of when among right facts: partial, shown as a wrong fact', () => {
  const j = judge.judge(item, right.replace('Monday', 'Tuesday'), 'en');
  expect(j.verdict).toBe('partial');
  expect(j.criteria.find((c) => c.id === 'day')?.status).toBe('contradicted');
});

test('a wrong amount alone is partial (one minor slip); two wrong details: poor', () => {
  expect(judge.judge(item, right.replace('£640', '£460'), 'en').verdict).toBe('partial');
  const two = right.replace('Monday', 'Tuesday').replace('two weeks', 'three weeks');
  expect(judge.judge(item, two, 'en').verdict).toBe('fail');
});

test("'I'd be annoyed too' acknowledges the feeling; it is not the agent moaning", () => {
  const j = judge.judge(
    item,
    right.replace('No wonder you are fed up', "I'd be annoyed too"),
    'en',
  );
  expect(j.forbidden).toEqual([]);
  expect(j.verdict).toBe('pass');
});

const named = (customer: string, any: string[]) =>
  restatementItem(customer, [
    ['where', any],
    ['what', ['hair dryer', '吹風機', '吹风机']],
  ]);

test.each([
  [
    'I bought a hair dryer at your Oxford Street store and it started smoking.',
    ['Oxford Street'],
    'So the hair dryer you bought at our Regent Street store started smoking. No wonder you are scared. Is that right?',
    'Regent Street',
  ],
  [
    '我在你們信義店買的吹風機冒煙了。',
    ['信義'],
    '您在中山店買的吹風機冒煙了，難怪您害怕。對嗎？',
    '中山店',
  ],
  ['王医生给我开的吹风机…', ['王医生'], '李医生给您的吹风机，难怪您担心。对吗？', '李医生'],
])('another name before the same head is a wrong place: %s', (customer, any, answer, said) => {
  const j = judge.judge(named(customer, any), answer, 'en');
  const where = j.criteria.find((c) => c.id === 'where');
  expect(where?.status).toBe('contradicted');
  expect(where?.said).toBe(said);
  expect(j.verdict).toBe('fail');
});

test('the right name, or a head with no name before it, is no wrong place', () => {
  const item = named('I bought a hair dryer at your Oxford Street store.', ['Oxford Street']);
  const ok =
    'So the hair dryer from the Oxford Street store. I can imagine how worried you are. Is that right?';
  expect(judge.judge(item, ok, 'en').criteria[0]?.status).toBe('met');
  const vague =
    'So the hair dryer from our store. I can imagine how worried you are. Is that right?';
  expect(judge.judge(item, vague, 'en').criteria[0]?.status).toBe('missed');
});

test("the customer's 'I have to' handed back as 'you have to' is their words, not an order", () => {
  const item = restatementItem(
    'My train to York was cancelled and I have to pick my kids up from nursery by 7.',
    [
      ['train', ['cancelled']],
      ['kids', ['nursery', 'kids']],
    ],
  );
  const answer =
    'No wonder you are anxious. Your train to York was cancelled and you have to collect your kids from nursery by seven. Is that right?';
  const j = judge.judge(item, answer, 'en');
  expect(j.forbidden).toEqual([]);
  expect(j.verdict).toBe('pass');
  const order = judge.judge(item, `${answer} You have to calm down.`, 'en');
  expect(order.forbidden.length).toBeGreaterThan(0);
});

test('a contradicted fact quotes whole words of both sides, even where its clause is long', () => {
  const item = restatementItem('The parcel from your warehouse never arrived at my flat.', [
    ['arrived', ['never arrived']],
  ]);
  const j = judge.judge(
    item,
    'So according to the courier tracking page your parcel arrived at the flat on Monday. Is that right?',
    'en',
  );
  const fact = j.criteria.find((c) => c.id === 'arrived');
  expect(fact?.status).toBe('contradicted');
  expect(fact?.said).toBe('page your parcel arrived');
  expect(fact?.expected).toBe('from your warehouse never arrived');
});
