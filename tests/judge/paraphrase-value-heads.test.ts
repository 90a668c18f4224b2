import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatuses } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);
const statuses = (customer: string, criteria: [string, string[]][], answer: string) =>
  factStatuses(judge, customer, criteria, answer);

test('values: a count said as one hyphened word before its noun is read as "7-foot" is', () => {
  expect(read('a seven-foot ladder')).toEqual(['quantity/foot=7']);
  expect(read('a twelve-week course')).toEqual(['duration/day=84']);
  // "one-off", "one-way" name no count; "twenty-five" is one number.
  expect(read('a one-off charge')).toEqual([]);
  expect(read('twenty-five pounds')).toEqual(['money/money=25']);
});

const ROOF = 'I asked for a nine-metre gutter and your fitter put up a six-metre one.';
const ROOF_FACTS: [string, string[]][] = [
  ['asked', ['nine-metre gutter', '9 metres']],
  ['fitted', ['six-metre', '6 metres']],
];

test('a count said in a hyphened word is the same count, and another one is still wrong', () => {
  expect(
    statuses(ROOF, ROOF_FACTS, 'You wanted nine metres of gutter, but he fitted a six-metre one.')
      .asked,
  ).toBe('met');
  expect(
    statuses(ROOF, ROOF_FACTS, 'You wanted a five-metre gutter and he fitted six metres.').asked,
  ).toBe('contradicted');
});

const LESSONS =
  "I paid for eight swimming lessons for my daughter, the pool shut for two lessons and she's only been to six.";
const LESSON_FACTS: [string, string[]][] = [
  ['course', ['eight lessons', '8 lessons']],
  ['shut', ['two lessons shut', '2 lessons', 'pool shut']],
  ['been', ['only been to six', 'six lessons', 'been to 6']],
];

test('a count another fact names, said with that fact, contradicts nothing', () => {
  const s = statuses(
    LESSONS,
    LESSON_FACTS,
    'So that is eight lessons paid for, two closures, six lessons attended so far.',
  );
  expect(s.shut).not.toBe('contradicted');
  expect(s.course).not.toBe('contradicted');
});

test('the same count said with the other fact is still wrong', () => {
  const s = statuses(
    LESSONS,
    LESSON_FACTS,
    'So the pool shut for six lessons and she has been to two of the eight.',
  );
  expect(Object.values(s)).toContain('contradicted');
});

const HEDGE = 'I asked for a three-metre hedge trim and your gardener cut back nearly eight.';
const HEDGE_FACTS: [string, string[]][] = [
  ['asked', ['three', '3 metres']],
  ['cut', ['eight', '8']],
];

test("a count whose number a fact lists bare is that fact's, unless its clause names the other", () => {
  expect(
    statuses(HEDGE, HEDGE_FACTS, 'So the gardener took off about eight metres instead of three.')
      .asked,
  ).not.toBe('contradicted');
  expect(
    statuses(HEDGE, HEDGE_FACTS, 'So you asked for eight metres and the gardener cut three.').asked,
  ).toBe('contradicted');
});

test('two lengths of time in one clause: its words belong to both, no value is swapped', () => {
  const customer =
    'I left my bike at your workshop five weeks ago and was told the job would take twelve days. It still is not ready.';
  const s = statuses(
    customer,
    [
      ['left', ['five weeks', '5 weeks']],
      ['promised', ['twelve days', '12 days']],
      ['ready', ['not ready']],
    ],
    'So you left your bike at our workshop six weeks ago on a twelve-day promise and it still is not ready.',
  );
  expect(s.promised).not.toBe('contradicted');
});
