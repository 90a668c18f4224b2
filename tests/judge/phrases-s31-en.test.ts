import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

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
