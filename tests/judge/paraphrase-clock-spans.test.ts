import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test.each([
  ['I hired the arena from seven to eight for a lesson.', ['time/clock=7:00', 'time/clock=8:00']],
  ['You had it 7 till 8 for jumping.', ['time/clock=7:00', 'time/clock=8:00']],
  ['We gave you an eight-till-noon slot.', ['time/clock=8:00', 'time/part=noon']],
  ['Saturday 10 until 6.', ['weekday/day=6', 'time/clock=10:00', 'time/clock=6:00']],
])('a span of the clock reads both ends as hours: %s', (text, values) => {
  expect(read(text)).toEqual(values);
});

test('a range of a count is no span of the clock, and "till" is never a thing counted', () => {
  expect(read('From 8 to 12 people came.')).not.toContain('time/clock=8:00');
  expect(read('It took 2 until 4 hours.').some((v) => v.startsWith('quantity/until'))).toBe(false);
});

const van =
  "I booked the accessible van for Saturday 10 till 6. When we picked it up the winch didn't work.";

test('a span told the same way round keeps its values; told the other way round they are swapped', () => {
  const any = ['10 till 6', '10 to 6'];
  expect(
    factStatus(
      judge,
      van,
      any,
      "You'd hired the van for Saturday from ten to six, but the winch was dead. Is that right?",
      'en',
    ),
  ).toBe('met');
  expect(
    factStatus(
      judge,
      van,
      any,
      "You'd hired the van for Saturday from six to ten, but the winch was dead. Is that right?",
      'en',
    ),
  ).toBe('contradicted');
});

test('the end of a booked span is no wrong time for a fact told at another hour', () => {
  expect(
    factStatus(
      judge,
      'I hired your arena from seven to eight and the floodlights went off at 7:40.',
      ['7:40', 'twenty minutes early'],
      'You had the arena 7 till 8 and the lights cut out twenty minutes before the end. Is that right?',
      'en',
    ),
  ).not.toBe('contradicted');
});
