import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);

test('values: a verb after a number says what happened to it, it is not what the number counts', () => {
  expect(read('three hundred and forty-five invoiced')).toEqual(['number/number=345']);
  expect(read('sixty paid up front')).toEqual(['number/number=60']);
  expect(read('two rooms booked')).toEqual(['quantity/room=2']);
});

test('an amount in words before a verb restates the amount ("a hundred and sixty-five billed")', () => {
  const customer = 'The vet estimated £165 for the dental clean and then billed me £240.';
  const said =
    'So a hundred and sixty-five estimated, then two hundred and forty billed. Is that right?';
  expect(factStatus(judge, customer, ['£165', '165'], said, 'en')).toBe('met');
  expect(factStatus(judge, customer, ['£240', '240'], said, 'en')).toBe('met');
});
