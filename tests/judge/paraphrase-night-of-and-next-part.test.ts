import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test('"the night of" a date names the date, its small hours too: no other time of day', () => {
  expect(read('On the night of the 18th the fan cut out around 2 a.m.')).toEqual([
    'date/dom=18',
    'time/clock=2:00',
  ]);
  expect(
    factStatus(
      judge,
      'The fan stopped at two in the morning on 18 April and the alarm never texted me.',
      ['two in the morning', '2 a.m.'],
      'So on the night of the eighteenth of April the fan cut out around 2 a.m. Is that right?',
      'en',
    ),
  ).toBe('met');
  // Any other night is still a part of the day.
  expect(read('We arrived on the night and it was cold.')).toEqual(['time/part=evening']);
});

test('"the next afternoon" after a weekday is the day after it', () => {
  expect(read('meant for Friday morning but turned up the next afternoon')).toContain(
    'weekday/day=6',
  );
  const customer = 'The roses were to arrive on Friday morning. They came on Saturday afternoon.';
  expect(
    factStatus(
      judge,
      customer,
      ['Saturday', 'a day late'],
      'They were meant for Friday morning but turned up the next afternoon. Is that right?',
      'en',
    ),
  ).toBe('met');
  expect(
    factStatus(
      judge,
      customer,
      ['Saturday', 'a day late'],
      'They were meant for Friday morning but turned up two days later. Is that right?',
      'en',
    ),
  ).not.toBe('met');
});
