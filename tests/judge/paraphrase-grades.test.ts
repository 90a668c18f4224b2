import { expect, test } from 'vitest';
import { ParaphraseItem } from '../../src/drills/schema.js';
import { createJudge } from '../../src/judge/index.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const item = ParaphraseItem.parse({
  id: 'p',
  kind: 'paraphrase',
  prompt: 'p',
  explanation: 'e',
  model_answer: 'm',
  customer:
    'The fridge I bought from you, model FR200, stopped cooling on Monday, two weeks after delivery. All the food went off and I paid £640 for it. I am fed up.',
  criteria: [
    { id: 'model', label: 'model', any: ['FR200'] },
    { id: 'fault', label: 'fault', any: ['stopped cooling', 'not cooling'] },
    { id: 'day', label: 'day', any: ['Monday'] },
    { id: 'age', label: 'age', any: ['two weeks', '2 weeks'] },
    { id: 'food', label: 'food', any: ['food went off', 'food spoiled'] },
    { id: 'paid', label: 'paid', any: ['£640', '640'] },
  ],
});
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

test('a wrong amount, or two wrong details: poor', () => {
  expect(judge.judge(item, right.replace('£640', '£460'), 'en').verdict).toBe('fail');
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
