import { describe } from 'vitest';
import { modelClean, modelFlags } from './phrases-helpers.js';

// Session 30 (issue 11, English): the choice handed back to the customer alone, read by who acts and
// what follows. Each flagged here was clean before the session.

describe('an open choice said to be theirs to make', () => {
  modelFlags('dismissal', [
    'Which insurer you go with is for you to work out.',
    'Whether the shed needs a concrete base is a matter for you to decide.',
    'Whichever tiles you order are your own concern; just let us know the quantity.',
    'Matt or gloss, that is yours to figure out. Let me know.',
  ]);
  modelClean('the agent helps with it', [
    'Which insurer you go with is for you to decide, and I can email you both policies tonight.',
    "Which floor you pick is your decision, though I'd go for oak in a kitchen.",
    'Matt or gloss, that is yours to choose, and we can post a sample of each.',
  ]);
});

describe('the thing called theirs, with the customer told to decide or do as they like', () => {
  modelFlags('dismissal', [
    "It's your van, you decide if you want new tyres on it.",
    'Well, it is your flat. Paint the hallway however you want.',
    'Tiles or laminate, take your pick. Your floor, your budget.',
  ]);
  modelClean('ownership as a fact, or the agent acting on the choice', [
    "It's your boat, so we'll varnish it in whichever colour you choose.",
    'It is your flat now; the keys are in the envelope with the meter readings.',
    "It's your turn at the counter, the pharmacist is ready for you.",
    'Take whichever scarf you like, your pick!',
  ]);
});

describe('a bare "up to you" after the options, the agent standing aside', () => {
  modelFlags('dismissal', ["Oak or pine, up to you, I'm not choosing for you. Let me know."]);
  modelClean('options offered with help', [
    'Oak or pine, up to you, and I will cut whichever you pick on Friday.',
  ]);
});
