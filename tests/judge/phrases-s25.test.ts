import { describe } from 'vitest';
import { modelClean, modelFlags } from './phrases-helpers.js';

// Session 25 (English): structure read on the misses of fold A's rounds, pinned here in other
// words and domains.

describe('a cleft refusal in the past, with will, or with a habit of the service', () => {
  modelFlags('refusal', [
    'Glass that thick just is not something our cutter will handle.',
    'Boats over ten metres are not something we repair.',
    'The old film reels were not something we were able to restore.',
    'Curtains that long are not something the workroom sews.',
  ]);
  modelClean('the same with a way forward after it', [
    'Glass that thick is not something our cutter will handle, but the glazier on Mill Lane can, and I can book you in with them today.',
    'Boats over ten metres are not something we repair; I will send you the number of the boatyard that does.',
  ]);
});

describe('the agent telling its own act as not managed, with nothing after it', () => {
  modelFlags('refusal', [
    'I am afraid we were not able to put the shelves up before the weekend.',
    'Sorry, I was unable to get the stain out of the jacket.',
  ]);
  modelClean('a next step after it', [
    'We were not able to put the shelves up on Friday, so I have booked the fitter again for Monday at 9am.',
    'I was unable to get the stain out, but we will pay for a new jacket.',
  ]);
});

describe('a finality tag after a refusal or a rule', () => {
  modelFlags('refusal', [
    'We cannot open the hall before eight. That is it, I am afraid.',
    'The club rules allow two guests per member, and that is the rule.',
  ]);
  modelClean('closing good news or a need lifted', [
    'Your locker is booked for the term. That is it.',
    'You do not need to bring a towel, that is it.',
  ]);
});

describe('a negative question on what the customer left undone before their own act', () => {
  modelFlags('confrontation', [
    'Did you not measure the doorway before you ordered the sofa?',
    "Didn't you read the weather warning first?",
  ]);
  modelClean('a fact question about what arrived', ["Didn't the confirmation email reach you?"]);
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
