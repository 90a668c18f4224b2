import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test.each([
  ['on 2 Jan', ['date/dom=2', 'date/month=1']],
  ['on Aug 3rd', ['date/month=8', 'date/dom=3']],
  ['the second of Jan', ['date/dom=2', 'date/month=1']],
  ['waited 10 mins', ['duration/minute=10']],
  ['waited 2 hrs', ['duration/hour=2']],
  // Alone, a short form may be a name or a moment.
  ['Jan said it was fine', []],
  ['wait a min', []],
])('a short form beside a number is its word: %s', (text, values) => {
  expect(read(text)).toEqual(values);
});

test("a date with a short month restates the customer's date, and a wrong one is wrong", () => {
  const customer = 'I cancelled in writing on 2 January, but you have taken £39 three more times.';
  const any = ['2 January', 'January 2nd'];
  expect(factStatus(judge, customer, any, 'You cancelled on 2 Jan. Is that right?', 'en')).toBe(
    'met',
  );
  expect(factStatus(judge, customer, any, 'You cancelled on 2 Feb. Is that right?', 'en')).toBe(
    'contradicted',
  );
});
