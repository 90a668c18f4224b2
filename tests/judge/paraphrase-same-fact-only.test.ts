import { describe, expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'en');

// A fact is told wrong only when the answer speaks of the same fact with another value of its
// kind: a word that names nothing, a synonym, a bound or an intention is no other value.
describe('English restatements: no wrong fact without the same fact said otherwise', () => {
  test.each([
    [
      'a place named with another preposition',
      'I topped up my card at Riverside station on Monday and the money never showed.',
      ['at Riverside station'],
      'So you topped it up in Riverside station on Monday and the money never showed. Is that right?',
    ],
    [
      'a place named with a possessive for "the"',
      'The scooter broke on day one, so my father was stuck in the hotel for three days.',
      ['stuck in the hotel'],
      'So it broke on day one and your father was stuck in his hotel for three days. Is that right?',
    ],
    [
      'a report of "fine" said as "OK"',
      'Your plumber checked the boiler on Monday and said the boiler was fine. On Tuesday it stopped working.',
      ['boiler was fine', 'nothing wrong with the boiler'],
      'So our plumber looked at it on Monday and told you the boiler was OK, then on Tuesday it stopped working. Is that right?',
    ],
    [
      'a plan word inside a comparison',
      'The passport photos took three weeks instead of one, and the prints were blurred.',
      ['three weeks instead of one'],
      'So the photos took three times as long as promised and the prints were blurred. Is that right?',
    ],
    [
      'a thing that still has not arrived, said as "no" thing',
      'I returned the drill on the 2nd and the refund still hasn\u2019t arrived.',
      ['refund'],
      'So you sent the drill back on the 2nd and there is still no refund. Is that right?',
    ],
    [
      'a visit said as intended ("booked … to come")',
      'I booked an electrician for Friday morning and nobody came.',
      ['nobody came', 'no one came', "didn't come"],
      'So you had booked an electrician to come on Friday morning and no one turned up. Is that right?',
    ],
    [
      'a length bound by "just over"',
      'I have been waiting eight days for my refund and nobody answers.',
      ['eight days'],
      'So you have been waiting just over a week for the refund and nobody answers. Is that right?',
    ],
    [
      'a length of days said loosely',
      'I have been waiting ten days for my refund and nobody answers.',
      ['ten days'],
      'So you have been waiting a week and a half for the refund and nobody answers. Is that right?',
    ],
    [
      'a count the customer gave as an ordinal',
      'I ordered gravel for £60. Only one bag came on Monday, and the second bag never arrived.',
      ['one bag', 'only one bag'],
      'So of the two bags you ordered for £60, we brought just the one on Monday and the other never came. Is that right?',
    ],
    [
      'a bare number the customer said as a length',
      'The taxi took 75 minutes to arrive, the app said 20, and the driver was rude.',
      ['the app said 20', '20 minutes'],
      'So the app promised twenty minutes, it turned up after seventy-five, and the driver was rude. Is that right?',
    ],
    [
      'the fact\u2019s words in two clauses with a "no" in one',
      'The flat was supposed to be pet-free, but it stinks of dogs and the heating is broken.',
      ['smells of dogs', 'stinks of dogs'],
      'So the listing said no dogs, the flat smells awful, and the heating is broken. Is that right?',
    ],
    [
      'a denial said by a verb of ceasing',
      'Halfway through the film the speakers cut out for about twenty minutes, and staff did nothing.',
      ['speakers cut out during the film', 'twenty minutes of no sound', 'audio failed'],
      'So the sound went off for around twenty minutes during the film, and staff did nothing. Is that right?',
    ],
    [
      'a person after a preposition is no actor',
      'We collected the puppy from your kennels on 3 May and paid £400.',
      ['3 May'],
      'So the puppy came home with you on 3 May for £400. Is that right?',
    ],
  ])('%s is not contradicted', (_name, customer, any, answer) => {
    expect(status(customer, any, answer)).not.toBe('contradicted');
  });

  test.each([
    [
      'another name before the same head',
      'I topped up my card at Riverside station on Monday and the money never showed.',
      ['at Riverside station'],
      'So you topped it up at Hillside station on Monday and the money never showed. Is that right?',
    ],
    [
      'a visit told as done',
      'I booked an electrician for Friday morning and nobody came.',
      ['nobody came', 'no one came', "didn't come"],
      'So the electrician came on Friday morning. Is that right?',
    ],
    [
      'a length beyond its bound',
      'I have been waiting eight days for my refund and nobody answers.',
      ['eight days'],
      'So you have been waiting nearly a week for the refund and nobody answers. Is that right?',
    ],
    [
      'a plain length of days far from the customer\u2019s',
      'I have been waiting ten days for my refund and nobody answers.',
      ['ten days'],
      'So you have been waiting two weeks for the refund and nobody answers. Is that right?',
    ],
  ])('%s is still contradicted', (_name, customer, any, answer) => {
    expect(status(customer, any, answer)).toBe('contradicted');
  });
});
