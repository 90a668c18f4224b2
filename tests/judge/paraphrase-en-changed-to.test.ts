import { expect, test } from 'vitest';
import { withUnitChangedTo } from '../../src/judge/paraphrase/en-changed-to.js';
import { valuesIn } from '../../src/judge/text/values.js';

const read = (text: string) =>
  withUnitChangedTo(text, valuesIn(text)).map((v) => `${v.type}/${v.unit}/${v.value}`);

test('a bare number a value was changed to takes the unit said with that value', () => {
  expect(read('a 120-minute trek stretched to 210, and')).toEqual([
    'duration/hour/2',
    'duration/hour/3.5',
  ]);
  expect(read('the £50 fee went up to 70.')).toEqual(['money/money/50', 'money/money/70']);
});

test('no unit is carried from another sentence, from a value in words, or onto a number with its own noun', () => {
  expect(read('It took 120 minutes. They moved it to 210.')).toContain('number/number/210');
  expect(read('two hours stretched to 210, and')).toContain('number/number/210');
  expect(read('a 120-minute trek, then to 210 people.')).not.toContain('duration/hour/3.5');
});
