import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'en');

const boiler = 'Your engineer charged me £460 to fix the boiler and it failed again within a week.';
const hold = 'I was on hold to your helpline for 52 minutes before anyone answered.';
const sand = 'We ordered 1.9 tonnes of sand and it was dumped across the pavement.';

test('an amount, a count or a length said with words that bound it, near and on their side, restates it', () => {
  expect(
    status(
      boiler,
      ['£460', '460'],
      'So our engineer charged you nearly five hundred pounds for the boiler.',
    ),
  ).toBe('met');
  expect(
    status(hold, ['52 minutes'], 'So you were on hold a bit under an hour before anyone answered.'),
  ).toBe('met');
  expect(
    status(
      sand,
      ['1.9 tonnes'],
      'So just under two tonnes of sand was dumped across the pavement.',
    ),
  ).toBe('met');
});

test('on the other side of the bound, or far from it, it is another value', () => {
  expect(
    status(
      boiler,
      ['£460', '460'],
      'So our engineer charged you over five hundred pounds for the boiler.',
    ),
  ).toBe('contradicted');
  expect(
    status(
      boiler,
      ['£460', '460'],
      'So our engineer charged you nearly a thousand pounds for the boiler.',
    ),
  ).toBe('contradicted');
  expect(
    status(hold, ['52 minutes'], 'So you were on hold a bit over an hour before anyone answered.'),
  ).toBe('contradicted');
});
