import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Session 30 (issue 11, English): a repetition marker standing as a clause or sentence of its own holds
// the repetition against the customer, whatever mark closes it. Each flagged here was clean before.

describe('"Again." / "Again —" / "For the second time." around a restated fact', () => {
  flagsAs('impatience', [
    'Again. The shuttle leaves from gate four.',
    'Again — the lockers take pound coins only.',
    'For the second time. Dogs stay on the lead in the garden.',
  ]);
  staysClean([
    'Thanks again, the parcel went out this morning.',
    'If the light flashes again, ring us and we will send someone.',
    'Again, thank you for telling us about the leak.',
  ]);
});
