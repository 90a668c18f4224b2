import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const ENGINEER =
  'Your engineer was booked for the full service on Friday, £240. He stayed forty minutes, not the three hours you quote, and left the boiler cover off.';
const engineer = restatementItem(ENGINEER, [
  ['price', ['£240', '240', 'two hundred and forty']],
  ['time', ['forty minutes', '40 minutes', 'three hours', '3 hours']],
  ['cover', ['cover']],
]);
const time = (answer: string) =>
  judge.judge(engineer, answer, 'en').criteria.find((c) => c.id === 'time');
const told = (stay: string) =>
  `Our engineer came on Friday for the £240 service, ${stay}, and left the boiler cover off. I can see why you're annoyed. Is that right?`;

test("a length said beside the customer's other one, in place of the one left unsaid, is wrong", () => {
  expect(time(told('stayed fifty minutes rather than three hours'))?.status).toBe('contradicted');
  expect(
    judge.judge(engineer, told('stayed fifty minutes rather than three hours'), 'en').verdict,
  ).toBe('partial');
});

test("a length that is the difference of two of the customer's is no wrong value", () => {
  const answer = told('was booked for three hours and left two hours and twenty minutes early');
  expect(time(answer)?.status).not.toBe('contradicted');
  expect(judge.judge(engineer, answer, 'en').verdict).toBe('pass');
});
