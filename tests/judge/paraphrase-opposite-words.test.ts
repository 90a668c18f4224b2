import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus, restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'en');

test("a fact's wording said with its WordNet antonym contradicts it: up for down, incoming for outgoing", () => {
  const lift = 'The down lift at the car park got stuck twice on Monday with my dad inside.';
  expect(
    status(lift, ['down lift'], 'So the up lift at the car park got stuck twice on Monday.'),
  ).toBe('contradicted');
  expect(status(lift, ['down lift'], 'So the lift going down got stuck twice on Monday.')).not.toBe(
    'contradicted',
  );
  const phone = 'Since the upgrade my mobile rejects every outgoing call to my sister.';
  expect(status(phone, ['outgoing'], 'So since the upgrade your incoming calls fail.')).toBe(
    'contradicted',
  );
});

test('the ending of the wording is kept when it is turned: undercharged for overcharged', () => {
  const bill = 'You overcharged me £90 on my water bill in March.';
  expect(
    status(bill, ['overcharged'], 'So in March we undercharged you £90 on the water bill.'),
  ).toBe('contradicted');
  expect(
    status(bill, ['overcharged'], 'So in March we charged you £90 too much on the water bill.'),
  ).not.toBe('contradicted');
});

test('a particle of direction turned in its frame contradicts, one alone has no frame', () => {
  const door = 'The new key card left me locked out of the gym changing room for an hour.';
  expect(
    status(
      door,
      ['locked out'],
      'So the new key card left you locked in the changing room for an hour.',
    ),
  ).toBe('contradicted');
  // "out" alone would be turned to any "in" of the answer.
  expect(
    status(door, ['out'], 'So in the changing room the key card failed for an hour.'),
  ).not.toBe('contradicted');
});

test('an irregular verb form is read as its verb, not as a word of the table: "left" is not turned to "right"', () => {
  const van = 'Your van driver left without unloading my fridge, and it is still at the depot.';
  expect(
    status(van, ['left'], 'So the driver drove off with the fridge still on board. Is that right?'),
  ).not.toBe('contradicted');
});

test('antonyms are read only as written: a wider reading of "got out" is no contradiction of "got in"', () => {
  const boat = 'Water got in through the hatch of the kayak I hired from you.';
  expect(
    status(
      boat,
      ['water got in'],
      'So the kayak you hired let water in at the hatch, and it got out of hand.',
    ),
  ).not.toBe('contradicted');
});

test("a customer's word said the other way between the customer's own words contradicts the fact that holds it", () => {
  const fridge =
    'The freezer you fixed turns the compressor off every hour and the ice cream melts.';
  expect(
    status(
      fridge,
      ['off', 'cuts out'],
      'So the freezer turns the compressor on every hour and the ice cream melts.',
    ),
  ).toBe('contradicted');
  const parcel = 'Your courier said my parcel was 3 kilos over the limit and charged me £20.';
  expect(
    status(
      parcel,
      ['over', 'too heavy'],
      'So the courier said your parcel was 3 kilos under the limit and charged £20.',
    ),
  ).toBe('contradicted');
});

test('the other word in another frame, or the fact met, is no contradiction', () => {
  const fridge =
    'The freezer you fixed turns the compressor off every hour and the ice cream melts.';
  expect(
    status(
      fridge,
      ['off', 'cuts out'],
      'So since it was switched on, the freezer cuts out every hour and the ice cream melts.',
    ),
  ).not.toBe('contradicted');
  const parcel = 'Your courier said my parcel was 3 kilos over the limit and charged me £20.';
  expect(
    status(
      parcel,
      ['over', 'too heavy'],
      'So your parcel was too heavy, 3 kilos under the limit the courier said, and £20.',
    ),
  ).not.toBe('contradicted');
});

const lift = restatementItem(
  'The down lift in your car park stopped between floors twice on Monday with my dad inside. He was stuck for forty minutes. I am really worried.',
  [
    ['which', ['down lift']],
    ['twice', ['twice', 'two times']],
    ['stuck', ['forty minutes', '40 minutes']],
  ],
);

test('one detail told the other way among right facts, the feeling and the check there, is partial; with the feeling missing too, poor', () => {
  const upLift =
    'So the up lift in our car park stopped between floors twice on Monday with your dad inside, and he was stuck for forty minutes.';
  expect(
    judge.judge(lift, `${upLift} That must be so worrying. Is that right?`, 'en').verdict,
  ).toBe('partial');
  expect(judge.judge(lift, `${upLift} Is that right?`, 'en').verdict).toBe('fail');
});
