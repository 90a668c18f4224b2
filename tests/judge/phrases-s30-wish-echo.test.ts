import { describe } from 'vitest';
import { modelClean, modelFlags } from './phrases-helpers.js';

// Session 30 (issue 11, English): the customer's wish thrown back as a declarative question against a
// time close at hand ("You want it right now?" in other words). Each flagged here was clean before.

describe('the wish echoed against a near deadline, left there or followed by fragments', () => {
  modelFlags('impatience', [
    'You want the garage door replaced by next Thursday?',
    'You need the marquee put up for this evening? As in, a few hours from now?',
    'You want the wall plastered this week? Friday, maybe?',
    'You want the dress altered in three days?',
  ]);
  modelClean('answered or acted on, a slot confirmed, a proper question', [
    "You want the garage door replaced by next Thursday? I'll ask the fitter now and ring you back.",
    'You want the wall plastered this week? Yes, Thursday works for our plasterer.',
    'You want a room for two on Friday at 6pm? Can I take your surname?',
    'Do you need the door replaced by next Thursday?',
    'You want the door in oak by next Thursday, is that right?',
  ]);
});
