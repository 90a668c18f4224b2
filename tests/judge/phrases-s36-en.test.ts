import { describe } from 'vitest';
import { flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Session 36's English readings by clause roles (en-blame-cause.ts, en-third-party.ts, acts.ts).
// Each flagged here was clean before, each clean one flagged.

describe("blame whose cause has a body of the customer's side as its actor", () => {
  flagsAs('blame', [
    'The cake collapsed because your crew stacked the tiers before the sponge had cooled.',
    'The alarm went off because your people propped the fire door open all afternoon.',
    'The minibus left without them because your group got to the stop half an hour late.',
  ]);
  staysClean([
    // our side as the doer, a request or a payment as the cause
    'The cake collapsed because our crew stacked the tiers too soon; a new one is on its way.',
    'The layout changed because your committee asked for a wider aisle.',
    'The rooms were held because your group paid the deposit early.',
  ]);
});

describe('the matter denied as ours or put as another side, then the customer pointed elsewhere', () => {
  flagsAs('passing-the-buck', [
    "Boiler servicing isn't ours to handle - try the manufacturer.",
    "Your bin collection isn't mine to sort out; ring the council.",
    "Refund disputes aren't ours to deal with, so have a word with your bank.",
    "Drainage is the water board's side of things, not the council's. Try them.",
  ]);
  staysClean([
    // our step, a handover, a number, the matter ours
    "Refund disputes aren't mine to deal with, but Tom in accounts is, and I'll put you through to him now.",
    "Your bin collection isn't mine to sort out; the council's waste line is on 0161 496 0732.",
    "That's the letting agent's side of things, so I've emailed them and copied you in.",
  ]);
});

describe('a refusal followed by the job booked again or its doer back on a later day', () => {
  modelClean('our next step', [
    "We weren't able to fit the new fence panels, so the fencer is booked to come back on the 4th.",
    "We couldn't finish the kitchen tiling today; Aleksy is coming back on Friday to complete it.",
    "We weren't able to service the boiler this morning, so our engineer will be back on Tuesday.",
  ]);
});
