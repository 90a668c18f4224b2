import { expect, test } from 'vitest';
import { valuesIn } from '../../src/judge/text/values.js';

// A plural in -sses loses "es", not "s": six classes are six of "class", as one class is.
test('a count of a noun in -ss reads the same unit in the plural and the singular', () => {
  const unit = (text: string) => valuesIn(text).map((v) => [v.type, v.unit, v.value]);
  expect(unit('six classes')).toEqual([['quantity', 'class', '6']]);
  expect(unit('six classes')[0]?.[1]).toBe(unit('one class')[0]?.[1]);
  expect(unit('two glasses')).toEqual([['quantity', 'glass', '2']]);
  // Plurals in -ches and -s are read as before.
  expect(unit('three benches')).toEqual([['quantity', 'bench', '3']]);
  expect(unit('four lessons')).toEqual([['quantity', 'lesson', '4']]);
});
