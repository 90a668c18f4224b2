import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const lang = (answer: string) => (/\p{Script=Han}/u.test(answer) ? 'zh-Hans' : 'en');
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, lang(answer));

test('a fraction glyph is its decimal: "3½ hours" is three and a half hours, "½ hour" half of one', () => {
  const read = (text: string) => valuesIn(text).map((v) => [v.type, v.unit, v.value]);
  expect(read('it took 3½ hours')).toEqual([['duration', 'hour', '3.5']]);
  expect(read('only 2¼ kilos came')).toEqual([['quantity', 'kilo', '2.25']]);
  expect(read('about ½ hour')).toEqual([['duration', 'hour', '0.5']]);
});

const boiler =
  'The engineer came at nine, stayed an hour and a half and left without fixing the boiler.';

test('en: a length with a fraction glyph restates the customer’s, another is no restatement', () => {
  expect(
    status(boiler, ['an hour and a half', '90 minutes'], 'He stayed 1½ hours and left it broken.'),
  ).toBe('met');
  expect(
    status(boiler, ['an hour and a half', '90 minutes'], 'He stayed 2½ hours and left it broken.'),
  ).not.toBe('met');
});

const labels =
  'We ordered two thousand labels for the jars and about half of them peel off within a day.';

test('en: a share whose words read as a count ("one in two lifts off") is a share of the total', () => {
  expect(
    status(
      labels,
      ['1,000', 'a thousand'],
      'Of the two thousand labels, one in two lifts off within a day.',
    ),
  ).toBe('met');
});

const lunches = '我们订了八十份盒饭，送来有二十份是凉的，同事都没吃上。';

test('zh: one of every so many (每四份就有一份) is that share of the total said before it', () => {
  expect(
    status(lunches, ['二十份', '20份'], '您订了八十份盒饭，每四份就有一份是凉的，对吗？'),
  ).toBe('met');
  expect(
    status(lunches, ['二十份', '20份'], '您订了八十份盒饭，每两份就有一份是凉的，对吗？'),
  ).not.toBe('met');
});

const swimming =
  'I paid for twelve swimming lessons for my son and the pool was closed for three of them.';

test('en: a count said with another noun or a count word restates the one count the customer gave', () => {
  expect(
    status(
      swimming,
      ['twelve lessons', '12 lessons'],
      'You paid for a dozen swim sessions and three were lost.',
    ),
  ).toBe('met');
  expect(
    status(
      swimming,
      ['twelve lessons', '12 lessons'],
      'You paid for ten swim sessions and three were lost.',
    ),
  ).not.toBe('met');
});

const minibus = 'I hired your minibus for 16 people and it only had 12 seats.';

test('en: a count by a noun the customer counted with another number is no restatement', () => {
  expect(
    status(
      minibus,
      ['16 people', 'sixteen people'],
      'You hired it for a dozen people, is that right?',
    ),
  ).not.toBe('met');
  expect(status(minibus, ['12 seats', 'twelve seats'], 'There was room for only a dozen.')).toBe(
    'met',
  );
});

const bells = 'The bell is still not back and we have had two weddings without bells.';

test('en: the same count of another named thing ("two funerals") restates no count', () => {
  expect(
    status(
      bells,
      ['two weddings', '2 weddings'],
      'The bell is not back and you had two funerals without it.',
    ),
  ).not.toBe('met');
});
