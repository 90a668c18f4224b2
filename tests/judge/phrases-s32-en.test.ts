import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Session 32 (issue 11, English): acts read by who acts and what follows. Each flagged here was clean before
// the session (lists only).

describe('the fault or its cost put on the customer side', () => {
  flagsAs('blame', [
    // the customer's act inside the subject of the cause
    'The taxi went to the wrong hotel because the address you gave was for your old flat.',
    'The refund bounced because the account number your husband wrote down was two digits short.',
    // a fault placed at their end
    'The mix-up occurred at your end, so the late fee applies.',
    // a cleft naming someone of theirs as the doer
    'It was your builder who drilled through the pipe.',
    // a passive act of their side, then the cost on them (in the next clause or sentence)
    'The banner was checked by your team, so the reprint is on you.',
    'The colour was approved by your office. The cost of the new batch falls to you.',
    // a passive cause with their body as the agent
    'The boxes were soaked because they were left outside by your staff overnight.',
  ]);
  staysClean([
    // the same with our side as the doer
    'The taxi went to the wrong hotel because the address we typed was for the old office.',
    // what the customer asked or chose is no fault
    'Your table moved because the menu you chose is served in the garden room.',
    // the fault at our end
    'The error happened on our side, so there is no reconnection charge.',
    // the cost on them, but no act of theirs
    'The banner was proofread by our team, and the reprint is on us.',
    // their act and the cost, with our step after it
    'The colour was approved by your office, but we will remake the batch at no charge.',
    // a fault placed at their end with the agent's fix after it
    'The mix-up happened at your end, but I have already rebooked you at no charge.',
  ]);
});

describe('the matter put with another party, nothing of ours after it', () => {
  flagsAs('passing-the-buck', [
    // a copula naming another's area
    "Lost permits are Gareth's remit.",
    'That is one for the head chef.',
    "Lost property is someone else's patch, I'm afraid.",
    "The wiring is a different contractor's problem.",
    'That would be a separate team altogether.',
    // a routing verb sending it there directly
    'Any refund questions go to the travel agent directly.',
  ]);
  staysClean([
    // the agent's act after it
    "Lost permits are Gareth's remit, so I have sent him your ticket number.",
    // an offer to hand it over
    'That is one for the head chef; shall I ask her to come over?',
    // a number to reach them
    'Refund questions go to the travel agent directly, on 01223 456789.',
    // the subject is us, describing
    'We are a separate company from the hotel next door.',
    // a place described, or the routing with what the other party does next
    'The spa is a different company, but you can charge treatments to your room.',
    'Bookings for the tour go to the guide directly, and she usually replies within the hour.',
    // no person or unit after "one for the"
    "That's one for the history books!",
  ]);
});

describe('a dead end told as a degree: the thing past what the work can take', () => {
  flagsAs('refusal', [
    'The negatives you sent in were too faded to print.',
    'I checked the frame this morning and it is too warped to be straightened.',
  ]);
  staysClean([
    // a denied degree
    "No, it's not too late to swap the fabric.",
    // a next step after it
    'The negatives were too faded to print, so we will scan them at a higher setting tomorrow.',
  ]);
});
