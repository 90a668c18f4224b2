import { describe } from 'vitest';
import { modelClean, modelFlags } from './phrases-helpers.js';

// Session 25 (English): structure read on the misses of fold A's rounds, pinned here in other
// words and domains.

describe('the asked-for act told impossible by a nominal predicate', () => {
  modelFlags('refusal', [
    'Moving the wedding cake order to Friday is out of the question.',
    'A second fitting before the show is not a possibility at this point, I am afraid.',
  ]);
  modelClean('the same with a way forward, or said of a risk', [
    'Moving the cake order to Friday is out of the question, but I can have it ready on Thursday evening.',
    'Losing your photos is out of the question with the nightly backup.',
  ]);
});

describe('the other modals of advice, with the reason after them', () => {
  modelClean('ought to, would do well to: advice', [
    'You ought to pack a spare charger for the long drive — the sockets in the van are unreliable.',
    'You would do well to book the corner table on Friday, so you have a view of the stage.',
  ]);
  modelFlags('order', ['You ought to calm down.']);
});

describe('the better course the customer did not take, in the counterfactual', () => {
  modelFlags('blame', [
    'Your best move would have been to insure the parcel before posting it.',
    'You would have been wise to check the dates before paying.',
  ]);
  modelClean('the better course still open', [
    'Your safest option would be to insure the parcel; it costs two pounds at the counter.',
  ]);
});
