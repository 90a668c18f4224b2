import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const customer =
  'The plumber was booked for 9 am on Thursday and turned up fifty minutes late, so I missed my train.';
const late = ['fifty minutes late', '50 minutes late'];
const status = (answer: string) => factStatus(judge, customer, late, answer, 'en');

test('en: a length told by the booked time and the later time it lies between is met', () => {
  expect(
    status(
      'The plumber was booked for 9 am on Thursday but only got there at ten to ten, so you missed your train.',
    ),
  ).toBe('met');
});

test('en: two times another length apart, or in other sentences, tell no such length', () => {
  expect(
    status(
      'The plumber was booked for 9 am on Thursday but only got there at twenty past ten, so you missed your train.',
    ),
  ).not.toBe('met');
  expect(
    status('The plumber was booked for 9 am on Thursday. At ten to ten you left for your train.'),
  ).not.toBe('met');
});

test('zh: the customer’s own range (三點到六點) tells no other fact of its length', () => {
  const booked = '我book咗間房由三點到六點開派對，五點就俾人趕走，仲要收足三個鐘錢。';
  expect(
    factStatus(
      judge,
      booked,
      ['收足三個鐘', '三個鐘錢'],
      '你book咗間房三點到六點，五點就俾人趕走。係咪咁？',
      'zh-Hans',
    ),
  ).not.toBe('met');
});
