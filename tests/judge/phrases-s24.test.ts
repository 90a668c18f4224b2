import { describe } from 'vitest';
import { modelClean, modelFlags } from './phrases-helpers.js';

// Session 24 (English): structure read on the misses and false flags of rounds 12aj–12ap, pinned
// here in other words and domains.

describe('"you should" with the reason or the step it goes with: advice', () => {
  modelClean('a verb on the world, then a clause of its own', [
    'You should really try the early ferry; by noon the car deck is usually full.',
    'You should order the wider frame, the narrow one pinches on most feet.',
    'You should wash the linen at forty before hemming it, since it shrinks a little.',
    'You should leave the paint to dry overnight before fitting the handles.',
    'You should ask for the corner pitch, there is more shade there in the afternoon.',
  ]);
  modelFlags('order', [
    'You should learn to follow the instructions, it is all in the leaflet.',
    'You should pay the balance now, it is overdue.',
    'You should read the small print next time.',
  ]);
  modelFlags('passing-the-buck', ['You should ask the council, they handle that.']);
});

describe('an answering "no" whose own "no" describes the thing asked about', () => {
  modelClean('a property denied with "be", a value set against another, nothing there', [
    'Nope, the hire bikes are electric, not pedal, so the hill is easy.',
    'No, the curtains are not blackout, they are a light linen.',
    'Nope, there is no parking charge after six.',
    'Nope, the lamp runs on batteries, no cable needed.',
  ]);
  modelFlags('refusal', ['Nope. Cannot be done.', 'No. We are not moving the delivery again.']);
  modelFlags('dismissal', ['Nope, not our problem.']);
});

describe('not knowing for the moment, then the number of whoever knows', () => {
  modelClean('a hedge and a contact', [
    'I do not know offhand when the pool reopens, but Mina on reception does; she is on 0161 496 0735.',
    'I could not tell you off the top of my head which size fits, but our fitter Sam can, his extension is 318.',
  ]);
  modelFlags('refusal', [
    'I do not know the opening times, sorry. You can ring them on 0161 496 0735.',
    'I do not know offhand, sorry.',
  ]);
});

describe('"you should have been told": the customer as the one our omission left out', () => {
  modelClean('our omission owned', [
    'You should have been warned about the roadworks when you booked, and I am sorry; the taxi is on us.',
  ]);
  modelFlags('blame', [
    'You should have been more careful with the box.',
    'You should have read the lease.',
  ]);
});
