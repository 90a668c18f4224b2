import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// The cause of an outcome placed on the customer's side, or our side denied as its cause, with nothing of ours
// after it (en-fault-side.ts). Each flagged here was clean before.

describe("an outcome put down to how the customer's side acted, or placed at their side", () => {
  flagsAs('blame', [
    'The seams splitting comes down to the way your tailor let the waist out.',
    'The slow delivery was down to how your warehouse staff signed for the pallets.',
    'The sync failing is on your side: the laptop was never plugged in overnight.',
    'The mix-up happened at your end, so the rebooking fee stands.',
    'The error crept in somewhere on your side.',
  ]);
  staysClean([
    // the cause on our side
    "It isn't on your side at all; our server dropped the update and it's fixed now.",
    // our step after the cause
    'The seams splitting comes down to the way your tailor let the waist out, so I will restitch them free this week.',
    // a case put, not a cause told
    'If the fault is on your side, the engineer will tell you on the day.',
    // the customer's wish: the choice is theirs
    "It's down to what you prefer, really.",
    // a place, or an ally, not a cause
    'The car park is on your side of the road.',
    'The law is on your side here.',
    // one reading of a fault placed at their end (it was read twice, en-blame-cause.ts without these guards):
    // the place denied, or asked
    'The fault is not at your end; the exchange dropped the line overnight.',
    'So the mix-up happened at your end?',
  ]);
});

describe('our side denied as the cause', () => {
  flagsAs('blame', [
    "The frame warping isn't on us, it left the workshop straight.",
    'The late arrival was not down to us; the ferry was cancelled.',
  ]);
  staysClean([
    "The frame warping isn't on us, but I will send a new one anyway this week.",
    'Was the delay down to us? Let me check the log for you.',
  ]);
});
