import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// The matter disowned or put with another party, and the customer told to take it there themselves, with no
// handover (en-sent-away.ts). Each flagged here was clean before.

describe('the customer sent to another party alone', () => {
  flagsAs('passing-the-buck', [
    "Lockers aren't managed from this desk, try the facilities lot.",
    'Have a word with the groundsman, the pitches are his department.',
    "Bins are a council thing. You'd best ring the council about them.",
  ]);
  staysClean([
    // the referral with a handover
    'Lockers are managed by facilities; I have passed your note to the facilities team and they will call you today.',
    'Have a word with the groundsman on 01632 960 112, the pitches are his department.',
    // advice, with the matter never disowned
    'Talk to the pharmacist about which cream suits you best.',
    // another choice, not another party
    'The Golden Curry is full tonight, try the Saffron Grill instead.',
    // a pointer to where a thing is had
    'Try the reception desk on the ground floor for spare towels.',
    "Just ask the staff at the door and they'll show you to your seats.",
    // asked, or softened
    'Would you like to speak to the duty manager?',
    'Please ask the driver for a receipt when you arrive.',
  ]);
});
