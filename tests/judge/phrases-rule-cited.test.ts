import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// A written rule cited as the whole ground of an outcome against the customer (en-rule-cited.ts, and the fee
// upheld in ja-rule-cited.ts). Each flagged here was clean before.

describe('a rule opening the sentence as its authority, an outcome against the customer, nothing after', () => {
  flagsAs('policy-shield', [
    'Per our terms, the call-out fee stands even though the engineer left after five minutes.',
    'Under the lease agreement the carpet cleaning is charged to the tenant.',
    'According to our rules, the locker key deposit is not refunded.',
    'In line with the club policy, guests must be signed in by a member.',
    'As per the booking conditions, the transfer fee is payable by the guest.',
  ]);
  staysClean([
    // the rule in the customer's favour
    'Per our terms, you are entitled to a replacement within thirty days.',
    // the rule, then our own step
    'Under the lease agreement the carpet cleaning is charged to the tenant, but I can ask the landlord to split it.',
    'According to our rules, the key deposit is kept, so I have put it towards your next month instead.',
    // a citation that is no rule
    'Per your email, the delivery is booked for Monday.',
    'According to the courier, the parcel was left with a neighbour.',
  ]);
});

describe('Japanese: a fee upheld after a cited rule', () => {
  flagsAs('policy-shield', [
    '規定上、再配達の手数料はいただいております。',
    '約款により、解約金はご負担となります。',
  ]);
  staysClean(['規定上、再配達の手数料はいただいておりませんので、ご安心ください。']);
});
