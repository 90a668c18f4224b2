import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { normalise } from '../../src/judge/text/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (text: string) => valuesIn(normalise(text)).map((v) => [v.type, v.unit, v.value]);

test('a day counted from the end of its month is that day by the month’s length', () => {
  expect(read('on the last day of April')).toContainEqual(['date', 'dom', '30']);
  expect(read('on the second-to-last day of March')).toContainEqual(['date', 'dom', '30']);
  expect(read('the penultimate day of June')).toContainEqual(['date', 'dom', '29']);
  expect(read('the last day of the course')).toEqual([]);
});

test('a clock in words may be read from midnight or noon', () => {
  expect(read('at twenty to midnight')).toEqual([['time', 'clock', '11:40']]);
  expect(read('at quarter past noon')).toEqual([['time', 'clock', '0:15']]);
});

const GYM =
  'My gym membership ended on 31 January but you took £38 again on 3 February. I rang at 11:45 p.m. and the line just rang out.';
const gym = restatementItem(GYM, [
  ['ended', ['31 January', '31st of January', 'thirty-first of January']],
  ['taken', ['£38', '38', 'thirty-eight']],
  ['rang', ['11:45', 'quarter to twelve', 'rang out', 'no answer']],
]);

test("a restatement giving the customer's day and time in those forms is good", () => {
  const answer =
    "Your membership ended on the last day of January, yet thirty-eight pounds went out again on the 3rd of February, and when you rang at a quarter to midnight nobody answered. That's really annoying. Is that right?";
  const j = judge.judge(gym, answer, 'en');
  expect(j.criteria.filter((c) => c.status !== 'met').map((c) => c.id)).toEqual([]);
  expect(j.verdict).toBe('pass');
});
