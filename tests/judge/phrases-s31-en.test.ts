import { describe } from 'vitest';
import { flagsAs, modelClean, modelFlagsSome, staysClean } from './phrases-helpers.js';

// Session 31 (issue 11, English): acts read by structure — who acts, what follows. Each flagged here was
// clean before the session.

describe('a fault put down to a cause on the customer side', () => {
  flagsAs('blame', [
    // a passive cause placed at their end
    'The cheese sweated because it was kept in a hot car on your side.',
    'The paint peeled because it was washed too early at your end.',
    // someone of any group of theirs as the doer
    'The session dropped because somebody in your group pulled the plug on the router.',
    // the person of theirs after two words ("your site foreman")
    'The cable was cut because your site foreman ignored the survey pegs.',
    // the fault traced to their thing or input, our side denied or the fault named
    'The scuffs came from your dog jumping at the door, not from our fitters.',
    'The wrong surname on the tickets came straight from what was entered on your form.',
  ]);
  staysClean([
    // the same cause on our side
    'The cheese sweated because it was kept in a hot van on our side.',
    // a source that names no fault and denies nothing
    'The refund came from your original card payment, so it shows as a credit.',
    // what was asked for is no fault
    'The room was changed because it was requested on your side.',
    // an apology and the agent's remedy after the cause
    "The lock jammed because your son forced the key. I'm sorry about the hassle, I'll send a locksmith at nine.",
  ]);
});

describe('the agent doubting what the customer reports, a hedge before "doubt"', () => {
  flagsAs('doubt', [
    'I rather doubt the strap snapped on its first outing.',
    'Honestly, I somewhat doubt the courier tossed it over the fence.',
  ]);
  staysClean([
    'I rather doubt the frost will hold off past Friday, so we will cover the seedlings tonight.',
    "I don't doubt the strap snapped on its first outing; a new one is in the post today.",
    'I have little doubt the strap was faulty, and a replacement is on its way.',
  ]);
});

describe('a task refused as outside the agent duty', () => {
  flagsAs('passing-the-buck', [
    'Booking taxis for guests was never part of my job.',
    "Hi there. Chasing the printers isn't what I'm paid to do.",
    'Fixing the app is not among my duties.',
  ]);
  staysClean([
    "Booking taxis isn't part of my role, but the concierge does it and I'll call him over now.",
    'Booking taxis is part of my job, so I will order one for seven.',
    "Our porter told you 'that was never part of my job' — I'm sorry, I have booked your taxi myself.",
  ]);
});

describe('a practice held since the house began, as the whole answer', () => {
  flagsAs('dismissal', [
    'Tasting menus have been served at one sitting since the restaurant opened.',
    'The parking charge has applied to every guest since long before I started here.',
    'Kits have gone out without batteries since 2012, and that is how yours will go.',
    // "no different" answers nothing: the "no" refuses the alternative word after it
    'Tasting menus have been served at one sitting since we opened; yours is no different.',
  ]);
  staysClean([
    'Tasting menus have been served at one sitting since we opened, but I can ask the chef about a later table for you.',
    'We have been on this street since 1998, so look for the blue door next to the bakery.',
    'Your membership has been active since March, and the card is in the post.',
    // a practice that gives the customer something answers in their favour
    "We've done free alterations since the shop opened, so there's nothing to pay.",
  ]);
});

describe('the customer sent to chase another party themselves', () => {
  flagsAs('passing-the-buck', [
    "The head groundsman deals with pitch bookings. You'd best ring him before nine.",
    'Your claim was passed to the insurer, so any further questions should go to them.',
    'Our supplier looks after warranty repairs; you will need to contact them.',
  ]);
  staysClean([
    "The head groundsman deals with pitch bookings; I'll ring him before nine and call you back.",
    "You'd best bring a coat, the pitch gets cold after dark.",
    'Your claim was passed to the insurer, and they will write to you by Friday.',
  ]);
});

describe('"you\'d best" as advice with its reason', () => {
  modelClean('a recommendation with the reason after it', [
    "You'd best take the early ferry, the afternoon crossings fill up by noon.",
  ]);
  modelFlagsSome('the customer still sent to chase someone', [
    "The warden handles permits. You'd best ring her, the office shuts at four.",
  ]);
});

describe('listed acts in their reflexive and acknowledging forms', () => {
  flagsAs('dismissal', [
    'Would you just calm yourself down so we can carry on?',
    'Right, calm yourselves down, all of you.',
  ]);
  flagsAs('false-reaction', [
    'Yeah, I hear you. Next question?',
    'I know what you mean. Is that all?',
  ]);
  staysClean([
    'We calm the ponies down with a short walk before anyone rides.',
    "I hear you, and I've booked the plumber for eight tomorrow. Anything else?",
  ]);
});

describe('a slot the customer wants told unavailable in the future tense, with nothing after', () => {
  flagsAs('refusal', [
    'Just so you know, the coach booked for your wedding party will not be available on Saturday.',
  ]);
  staysClean([
    'The coach booked for your wedding party will not be available on Saturday, but a minibus with the same driver is free then.',
  ]);
});

describe('the trouble called not worth a fuss', () => {
  flagsAs('dismissal', ['A wobble like that on the shelf is not worth fussing over.']);
  staysClean([
    'The small print is worth reading before you sign, and I can go through it with you.',
  ]);
});
