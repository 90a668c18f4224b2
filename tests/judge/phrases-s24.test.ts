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
