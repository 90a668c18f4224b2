import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test('a count keeps its noun across two words before it', () => {
  const customer = 'I ordered three large plant pots for £85 and only one turned up.';
  const status = (answer: string) => factStatus(judge, customer, ['three pots'], answer, 'en');
  expect(status('You paid £85 for three big terracotta pots and one came.')).toBe('met');
  // The number counts another noun: the pots are not counted.
  expect(status('Three days later the large clay pots had still not come.')).not.toBe('met');
});

test('a denial that sets something apart ("nothing beyond", "nothing except") leaves it said', () => {
  const customer = 'I emailed support on the 3rd and got an automatic reply, nothing since.';
  const status = (answer: string) =>
    factStatus(judge, customer, ['automatic reply', 'auto-reply'], answer, 'en');
  expect(status("You've heard nothing beyond the auto-response.")).toBe('met');
  expect(status('Nothing except an automated response came back.')).toBe('met');
  expect(status('You have had no response at all.')).not.toBe('met');
});

test('a thing said to have nothing denies having what the fact names', () => {
  const customer =
    "Staff said they'd keep my glasses at reception, but today they say there's nothing there.";
  const status = (answer: string) =>
    factStatus(judge, customer, ["reception doesn't have them"], answer, 'en');
  expect(status('Staff promised to hold them, and now reception has nothing.')).toBe('met');
  expect(status('Reception still has nothing for you.')).toBe('met');
  expect(status('Staff promised to hold them, and reception has them.')).not.toBe('met');
});
