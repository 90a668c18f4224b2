import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// A dead end told as a plain past outcome: what was sought not found, or the customer's thing left off, with nothing
// after it (dead-end.ts). Each flagged here was clean before.

describe("what was sought not found, or the customer's thing left off, with nothing after", () => {
  flagsAs('refusal', [
    'The second sweep of the lake came back empty: the watch was not found either.',
    'Your name was left off the programme when it went to print.',
    'The warehouse checked both aisles and the box never turned up.',
  ]);
  staysClean([
    // a harm not found is good news
    "Good news: the virus was not found on your laptop, so you're all clear.",
    'The watch was not found on the second sweep, so I have logged it and we will call you if it turns up.',
    'Your name was left off the programme, so I have had it reprinted and the new copies arrive tomorrow.',
  ]);
});
