import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Session 34's English readings by clause roles. Each flagged here was clean before.

describe('a dead end told as a plain passive or future outcome of the customer’s request, nothing after', () => {
  flagsAs('refusal', [
    // the customer's thing that will not go ahead, told in the future or the arranged present
    "Your Friday boat trip won't be going.",
    "Your kitchen fitting isn't going ahead.",
    // the request as the subject of a verdict, however long, or joined by "and" to its handling
    'Your application to extend the lease on the upstairs unit until March was reviewed on Monday and refused.',
    'Your complaint about the noise from the bar was not upheld.',
    // a mass noun all gone
    'The wool from the spring clip has all been sold.',
    // the work told as not to be done, with no one named
    "Resetting the clock on the tower isn't something that's possible.",
  ]);
  staysClean([
    // the same outcomes with a next step or an alternative
    "Your Friday boat trip won't be going, so I've moved you onto Sunday's at the same time.",
    'Your application to extend the lease was refused, but I can put you on the list for the next unit.',
    'The wool from the spring clip has all been sold; the autumn clip is in next week and I can hold some for you.',
    // good news, or a verdict for the customer
    'Your application was reviewed on Monday and approved.',
    // the same with our step after it
    "Resetting the clock isn't something that's possible today, so I've booked the engineer for Monday.",
  ]);
});

describe('a bare rule source with regret as the whole answer', () => {
  flagsAs('policy-shield', ['Club rules, I am afraid.', 'Sorry, house policy.']);
  staysClean([
    'Club rules, I am afraid, but I can ask the committee tonight and call you back tomorrow.',
    'House policy, sorry. I can still refund the difference as a voucher today.',
  ]);
});

describe("a practice held in the speaker's own past as the measure", () => {
  flagsAs('dismissal', [
    'They were packed like that in my father’s day as well.',
    'Back in the day nobody asked for a tracking number.',
  ]);
  staysClean([
    'In my day-to-day work I check these every morning.',
    "We packed them like that in my father's day, but I'll wrap yours in foam today.",
    'Your parcel was packed like that in the old days?',
  ]);
});

describe('a cost waived by our "won\'t" is no refusal', () => {
  staysClean([
    'The mistake was ours, so we won’t be taking the admin fee.',
    "We won't be applying the surcharge this time.",
    "We won't be claiming the excess from you.",
  ]);
  // a guard (flagged before too): taking it off lifts the cost, and refusing that still refuses
  flagsAs('refusal', ['We won’t take the fee off.']);
});

describe('a search come back empty, or a session named by its day told off, with nothing after', () => {
  flagsAs('refusal', [
    'The sweep of the car park came back empty.',
    'We ran the serial through the register and it came back blank.',
    "Friday's tasting evening is off.",
  ]);
  staysClean([
    "The sweep of the car park came back empty, so I've reported it to the police for you.",
    'Your scan came back clear.',
    "Friday's tasting evening is off, but I've put you down for the one on the 20th.",
    "Friday's booking fee is off your invoice now.",
  ]);
});

describe('the trouble called merely cosmetic as the whole answer', () => {
  flagsAs('dismissal', [
    'The crack in the tile? That is purely cosmetic.',
    "It's only superficial, honestly.",
  ]);
  staysClean([
    "The crack is purely cosmetic, and I'll send the fitter to swap the tile on Monday.",
    'The mark is only cosmetic, so the seal still holds and nothing leaks.',
  ]);
});
