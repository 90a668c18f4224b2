import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'en');

test('occasions count times, and another count is a wrong one', () => {
  const customer = 'The boiler has cut out three times since the service.';
  expect(status(customer, ['three times'], 'It has cut out on three occasions. Right?')).toBe(
    'met',
  );
  expect(status(customer, ['three times'], 'It has cut out on two occasions. Right?')).toBe(
    'contradicted',
  );
});

test('"five of us" counts people', () => {
  const customer = 'We were five people and only got a table for two.';
  expect(status(customer, ['five people'], 'So five of you came in. Is that right?')).toBe('met');
});

test('"nowhere" denies as "nobody" does', () => {
  const customer = 'Your staff cannot find the charger I left here.';
  expect(status(customer, ["can't find the charger"], 'The charger is nowhere to be found.')).toBe(
    'met',
  );
});
