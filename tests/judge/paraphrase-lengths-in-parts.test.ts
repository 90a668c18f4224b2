import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test('values: a length said as a fraction of a unit is one length', () => {
  expect(read('we waited three quarters of an hour')).toEqual(['duration/minute=45']);
  expect(read('left outside for two-thirds of an hour')).toEqual(['duration/minute=40']);
  expect(read('a quarter of an hour later')).toEqual(['duration/minute=15']);
  expect(read('half a day off work')).toEqual(['duration/hour=12']);
  // A fraction of something else is no length.
  expect(read('three quarters of the cake')).not.toContain('duration/hour=1');
});

test('values: two lengths joined by "and" are one length', () => {
  expect(read('the phone is a week and a day old')).toEqual(['duration/day=8']);
  expect(read('an hour and ten minutes late')).toEqual(['duration/minute=70']);
  expect(read('an hour and a half in the queue')).toEqual(['duration/hour=1.5']);
  // A larger unit after "and" is not added on.
  expect(read('a day and a week')).not.toContain('duration/day=8');
});

test('a restatement giving a length in parts keeps the fact, and a wrong one is still wrong', () => {
  const customer = 'We waited forty-five minutes in the rain and the phone is eight days old.';
  const status = (any: string, answer: string) => factStatus(judge, customer, [any], answer, 'en');
  expect(status('forty-five minutes', 'You were kept waiting three quarters of an hour.')).not.toBe(
    'contradicted',
  );
  expect(status('eight days', 'The phone is a week and a day old.')).not.toBe('contradicted');
  expect(status('forty-five minutes', 'You were kept waiting an hour and a half.')).toBe(
    'contradicted',
  );
});

test('values: a clock or a price said as one hyphened word', () => {
  expect(read('Saturday at seven-thirty')).toContain('time/clock=7:30');
  expect(read('the five-forty-five service out of York')).toContain('time/clock=5:45');
  expect(read('the eight-ten to Leeds')).toContain('time/clock=8:10');
  expect(read('a two-hundred-and-forty-pound demand')).toContain('money/money=240');
  // Tens and units are a number, not an hour: "twenty-one days".
  expect(read('the twenty-one days')).not.toContain('time/clock=8:01');
  expect(read('the twenty-one days')).toEqual(['duration/day=21']);
});
