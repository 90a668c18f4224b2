import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { sameMeasure } from '../../src/judge/text/measures.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatuses } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (s: string) => valuesIn(s).map((v) => `${v.type}/${v.unit}=${v.value}`);
const statuses = (customer: string, criteria: [string, string[]][], answer: string) =>
  factStatuses(judge, customer, criteria, answer);
const q = (value: string, unit: string) => ({ type: 'quantity', unit, value });

test('values: one or half of a unit of measure, a size before a plural noun, short units', () => {
  expect(read('about an inch too short')).toEqual(['quantity/inch=1']);
  expect(read('half a metre narrower')).toEqual(['quantity/metre=0.5']);
  // A size before a plural noun is no count of the nouns.
  expect(read('six-foot posts')).toEqual(['quantity/foot=6']);
  expect(read('1.8-metre posts')).toEqual(['quantity/metre=1.8']);
  expect(read('roughly 44 lb')).toEqual(['quantity/poundweight=44']);
  // A rate is no measure said, and "a stone" is as often a thing.
  expect(read('£12 a metre')).toEqual(['money/money=12']);
  expect(read('a stone hit the window')).toEqual([]);
});

test('a measure in the other system is the same amount said roughly; in one system, exactly', () => {
  expect(sameMeasure(q('3', 'centimetre'), q('1', 'inch'))).toBe(true);
  expect(sameMeasure(q('4', 'metre'), q('13', 'feet'))).toBe(true);
  expect(sameMeasure(q('20', 'kilogram'), q('44', 'poundweight'))).toBe(true);
  expect(sameMeasure(q('50', 'litre'), q('11', 'gallon'))).toBe(true);
  expect(sameMeasure(q('50', 'centimetre'), q('0.5', 'metre'))).toBe(true);
  expect(sameMeasure(q('3', 'centimetre'), q('3', 'inch'))).toBe(false);
  expect(sameMeasure(q('50', 'centimetre'), q('45', 'centimetre'))).toBe(false);
  expect(sameMeasure(q('4', 'metre'), q('4', 'kilogram'))).toBe(false);
  // Nearer another measure the customer gave: that one's, not this one's.
  expect(sameMeasure(q('3.5', 'metre'), q('13', 'feet'), [q('4', 'metre')])).toBe(false);
});

const WORKTOP =
  "You fitted our worktop on Monday. The overhang is 3 cm instead of the 30 cm we agreed, so we can't sit at it.";
const WORKTOP_FACTS: [string, string[]][] = [
  ['overhang', ['3 cm', 'three centimetres']],
  ['agreed', ['30 cm', 'thirty centimetres']],
];

test('a measure restated in the other system meets the fact; converted wrongly it does not', () => {
  const s = statuses(
    WORKTOP,
    WORKTOP_FACTS,
    "So there's barely an inch of overhang when we'd agreed about a foot, and you can't sit there.",
  );
  expect(s).toMatchObject({ overhang: 'met', agreed: 'met' });
  const wrong = statuses(
    WORKTOP,
    WORKTOP_FACTS,
    'So the overhang is three inches rather than thirty, and you cannot sit there.',
  );
  expect(wrong.overhang).toBe('contradicted');
});

const ROOM =
  "Your team built our garden room in April. It was meant to be 4 metres wide but it's 3.5, so the sofa doesn't fit.";

test('the difference between two of the customer’s measures is no wrong value for either', () => {
  const s = statuses(
    ROOM,
    [
      ['width', ['4 metres', 'four metres']],
      ['sofa', ['sofa']],
    ],
    "So the room should have been about thirteen feet wide and it's half a metre narrower, so the sofa won't go in.",
  );
  expect(s.width).toBe('met');
});
