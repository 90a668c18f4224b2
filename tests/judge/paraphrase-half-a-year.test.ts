import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test('"half a year" is six months, as 半年 is', () => {
  const customer = 'The restoration was quoted at six months and it has now taken ten.';
  const status = (any: string, answer: string) => factStatus(judge, customer, [any], answer, 'en');
  expect(status('six months', 'It was meant to take half a year and it is at ten months.')).toBe(
    'met',
  );
  // Half a year is no nine months.
  expect(status('nine months', 'It was meant to take half a year.')).not.toBe('met');
  // Read as the same length as "six months" (lengths of months compare in days).
  const read = (text: string) => valuesIn(text).map((v) => [v.type, v.unit, v.value]);
  expect(read('half a year')).toEqual(read('six months'));
  expect(read('half a year')).toHaveLength(1);
});
