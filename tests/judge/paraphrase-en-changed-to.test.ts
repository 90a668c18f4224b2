import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { withUnitChangedTo } from '../../src/judge/paraphrase/en-changed-to.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const read = (text: string) =>
  withUnitChangedTo(text, valuesIn(text)).map((v) => `${v.type}/${v.unit}/${v.value}`);

test('a bare number a value was changed to takes the unit said with that value', () => {
  expect(read('a 120-minute trek stretched to 210, and')).toEqual([
    'duration/hour/2',
    'duration/hour/3.5',
  ]);
  expect(read('the £50 fee went up to 70.')).toEqual(['money/money/50', 'money/money/70']);
});

test('a number in words takes the unit word of the value before it', () => {
  expect(read('the two-hour trek ran to three and a half, and')).toEqual([
    'duration/hour/2',
    'duration/hour/3.5',
  ]);
});

test('no unit is carried from another sentence, onto a number of another size, or onto a number with its own noun', () => {
  expect(read('It took 120 minutes. They moved it to 210.')).toContain('number/number/210');
  expect(read('two hours stretched to 210, and')).toContain('number/number/210');
  expect(read('a 120-minute trek, then to 210 people.')).not.toContain('duration/hour/3.5');
});

test('a fact the customer said as a number changed to is met by the same length in other units', () => {
  const customer = 'The two-hour trek ran to three and a half, and we missed our train.';
  const status = (answer: string) =>
    factStatus(judge, customer, ['three and a half', '3.5'], answer, 'en');
  expect(status('So a 120-minute trek stretched to 210, and you missed your train.')).toBe('met');
  expect(status('So a 120-minute trek stretched to 180, and you missed your train.')).not.toBe(
    'met',
  );
});
