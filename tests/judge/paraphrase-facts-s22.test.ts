import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { matchCriterion, normalise, prepareAnswer } from '../../src/judge/text/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test('a variant character is read as its phrase in a Cantonese answer with 嗰 (拉鍊 = 拉鏈)', () => {
  const customer = '我喺你哋度買咗件褸,著咗一次條拉鏈就爛咗。';
  const answer = '你買嗰件褸,先著一次個拉鍊就爛咗,梗係好嬲。我講得啱唔啱?';
  expect(factStatus(judge, customer, ['拉鏈'], answer, 'zh-Hans')).toBe('met');
  expect(
    factStatus(judge, customer, ['拉鏈'], '你買嗰件褸,先著一次粒鈕就甩咗。', 'zh-Hans'),
  ).not.toBe('met');
});

test.each([
  [
    'picked … up with a possessive, a number and a noun between',
    'Your driver was meant to collect my two suitcases from the hotel on Monday.',
    ['collect the suitcases'],
    'So our driver should have picked your two suitcases up from the hotel on Monday. Is that right?',
  ],
  [
    'bring … back with its object between',
    'The clinic measured one twin on Saturday and told me to return with the other next week.',
    ['return', 'come back'],
    'So only one twin was measured on Saturday and you were told to bring the other back next week. Is that right?',
  ],
])(
  'a particle verb said with its object between its words is met: %s',
  (_n, customer, any, answer) => {
    expect(factStatus(judge, customer, any, answer, 'en')).toBe('met');
  },
);

test.each([
  ['you handed the keys back on Friday', true],
  // A joiner starts another verb phrase: its particle is not the first verb's. ("Brought the lamps"
  // alone now meets "return the lamps" as a verb of its kind, so the particle is shown with "handed".)
  ['you handed the keys and sat back on Friday', false],
])('the particle after the object of "handed": %s → %s', (answer, met) => {
  const c = matchCriterion(
    { id: 'x', label: 'x', any: ['return the keys'], weight: 1 },
    prepareAnswer(answer),
    normalise('I had to return the keys to your office on Friday.'),
  );
  expect(c.met).toBe(met);
});

test('an adjective says the verb made from it by -en: "never pulled tight" is "not tightened"', () => {
  const customer =
    'After the repair the brake cables had not been tightened and the brake hardly works.';
  const any = ['not tightened'];
  const good = 'So after the repair the brake cables were never pulled tight. Is that right?';
  const reversed = 'So after the repair the brake cables were pulled tight. Is that right?';
  expect(factStatus(judge, customer, any, good, 'en')).toBe('met');
  expect(factStatus(judge, customer, any, reversed, 'en')).not.toBe('met');
});

test('an irregular participle in -en ("written") is no -en verb: "no writ" is not "never written"', () => {
  const customer = 'The letter confirming my refund was never written.';
  const answer = 'So no writ was ever served on you. Is that right?';
  expect(factStatus(judge, customer, ['never written'], answer, 'en')).not.toBe('met');
});
