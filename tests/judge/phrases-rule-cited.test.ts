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

describe('the rule cited anywhere in the sentence: as the subject that rules, the place it is written, after it', () => {
  flagsAs('policy-shield', [
    'Our terms are clear that the booking fee is not returned after the first week.',
    "That's set out in the conditions you signed, so the cleaning charge stays on the bill.",
    'The lease runs for six months, so the early exit fee applies.',
    'The admin charge stays on the bill, as per our terms.',
    'The way it works is the delivery charge comes out of the deposit.',
  ]);
  staysClean([
    // a policy that grants
    'In line with company policy we replace faulty parts at no charge.',
    'Under our policy, anything that breaks in the first year is repaired free of charge.',
    'Our terms say you can cancel at any time without a fee.',
    "Our terms mean you won't pay a penny more than the quote.",
    // no cost upheld: an offer kept open, a booking still valid
    'The offer stays open, as per our terms.',
    'Your booking remains valid under our terms.',
    // a duty of ours
    'Our policy says we must give you thirty days of notice before any price change.',
    // the rule with our step after it
    'The lease runs for six months, but I can move you to a rolling contract with no exit fee.',
  ]);
});
