import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test.each([
  ['for your week in the caravan', ['duration/day=7']],
  ['our fortnight away was ruined', ['duration/day=14']],
  // Not a stay: the week asked about, or one placed in time.
  ['how was your week', []],
  ['the week before', []],
])('a week or fortnight someone spent somewhere is its length: %s', (text, values) => {
  expect(read(text)).toEqual(values);
});

test('"your week in the caravan" restates "a week" in the caravan', () => {
  expect(
    factStatus(
      judge,
      'We booked a static caravan at your park for seven nights from 3 August.',
      ['seven nights', 'a week'],
      'So for your week in the caravan from the third of August the shower was broken. Is that right?',
      'en',
    ),
  ).toBe('met');
});
