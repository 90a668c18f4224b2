import { describe, expect, it } from 'vitest';
import { detect } from './phrases-helpers.js';

const acts = (text: string) => detect(text).map((h) => h.act);

// Classes of structure generalised from the misses of blind round 2026-12b; every sentence
// here is written for the test (none is copied from an eval set or a corpus).
describe('structure: English', () => {
  it.each([
    // the passive refusal with any participle ("could not be applied / transferred / waived")
    ['Sorry, the discount could not be transferred to the new order.', 'refusal'],
    ['Your claim cannot be reopened.', 'refusal'],
    // no next step left
    ['The warehouse has closed the case, so there is nothing else I could check.', 'refusal'],
    // the customer's slip named with a verb of error
    ['You appear to have misread the delivery window.', 'blame'],
    ['You seem to have typed the wrong card number.', 'blame'],
    // the agent's indifference
    ['Pick whichever, it does not matter to us.', 'dismissal'],
    // precedent with "how … has always"
    ['That is how the loyalty scheme has always worked.', 'dismissal'],
    // busy, and the customer sent elsewhere instead of the agent coming back
    ["We're swamped today, ring the other branch instead.", 'dismissal'],
    // a bare imperative of a task
    ['Resubmit the claim with the original receipt.', 'order'],
    // the customer sent to find a manager, with words between
    ['Ask for the branch manager tomorrow.', 'send-to-manager'],
    // "why would you" + the customer's act
    ['Why would you order the large size then?', 'confrontation'],
    // colloquial certainty with an absolute future
    ['Believe me, the parcel will definitely turn up.', 'false-reaction'],
    // the rule closed to the customer
    ['There are no exceptions for late returns.', 'policy-shield'],
  ])('%s → %s', (text, act) => {
    expect(acts(text)).toContain(act);
  });

  it.each([
    // interjections and nouns that look like imperatives
    'Hold on, I gave you the wrong platform: it leaves from platform 4.',
    'Oh, wait, I see a later train at 18:40. Shall I book it?',
    'The post code is CB2 1TN.',
    // a requirement stated as information, and the reason given for the customer's good
    'A deposit is required at that hotel with no exception. Would that be acceptable?',
    "It's our policy to check the card holder's name first, for your security. Could you spell it for me?",
    // polite or conditional instructions
    'Please fill in the short form and I will book it straight away.',
    'Send us a photo if you like, and I will pass it to the repair team.',
    // the agent acting, the agent owning a slip, closing formulas
    'I will ask for the duty manager and call you back within the hour.',
    'Sorry, I mixed up the two bookings; the correct one is for Friday.',
    'If there is nothing else I can help you with, have a lovely evening.',
    'Trust me to sort it: I will phone the courier now.',
  ])('leaves %s', (text) => {
    expect(acts(text)).toEqual([]);
  });
});
