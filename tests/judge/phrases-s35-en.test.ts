import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Session 35's English readings by clause roles (en-grasp-doubted.ts, en-brush-off.ts). Each flagged here was clean
// before.

describe('the customer as the subject of failing to grasp, under the agent’s hedge or a "seem to"', () => {
  flagsAs('confrontation', [
    "I don't think you're fully taking in how the cooling-off period works.",
    "I don't think you have quite grasped how the excess works.",
    'You appear to be missing the whole point of a capped tariff.',
    'You seem to have lost track of which of the two quotes you accepted.',
  ]);
  staysClean([
    // a thing the customer lacks, a message not had yet, a real question, a condition
    "You seem to be missing the second page of the contract, so I've sent it again.",
    "I don't think you'll need the receipt; the card payment shows on our system.",
    'Do you follow how the points work, or shall I go through it?',
    "If you haven't understood any clause, ring me and I'll go through it.",
  ]);
});

describe("the customer's account put down to a mix-up in their head or memory", () => {
  flagsAs('doubt', [
    'I think the two delivery dates have got a bit muddled in your head.',
    "You've obviously got the two invoices jumbled.",
    "Maybe you've misremembered which day the fitter came.",
  ]);
  staysClean([
    // a mix-up excused as easy, and our own
    'It is easy to get the two plans mixed up, they share a name; yours is the monthly one.',
    "I think I've got the two orders muddled myself, so let me look again.",
  ]);
});

describe('a brush-off resting on others not noticing or minding, the trouble shrunk inside the denial', () => {
  flagsAs('dismissal', [
    "Your visitors honestly won't notice a slightly uneven hem.",
    "The people next door won't mind a bit of dust for a week.",
    'The print came out a little faint, but the guests at a wedding will not care.',
    "It's only the underside of the table; no one's going to look there.",
    "It's only a couple of tiles that are chipped; hardly anyone looks at the floor behind a sofa.",
    "I wouldn't lose any sleep over a few millimetres on a curtain rail.",
  ]);
  staysClean([
    // an emphatic "a single" promises, privacy and no charge inform, a step or a reason answers
    "You won't see a single extra charge on this month's bill.",
    'No one else will see your card details; they are held only by the bank.',
    "Hardly anyone has had this fault, so I'm sending it to our engineers today.",
    "I wouldn't worry about a few drops of water in the box; that's condensation and the unit is sealed.",
    "Most guests won't notice the change, but if you'd rather, I'll have the cake remade by Friday.",
  ]);
});

describe('the act asked for, named as a gerund, refused by a verdict or as what our side does not do', () => {
  flagsAs('refusal', [
    'Collecting the piano from the third floor was discussed and turned down.',
    "Re-soling the boots you bought elsewhere isn't something the shop does.",
    "We looked into moving the launch party to the roof and, sadly, it's been ruled out.",
  ]);
  staysClean([
    // a rule is information, and the same verdict with an alternative or a handover after it
    'Smoking is not allowed anywhere in the building.',
    'Collecting the piano from the third floor was turned down, but our partner removals firm can do it on Monday.',
    "Restringing a harp isn't something the shop takes on, but Strings & Co on 01632 960123 do it in a day.",
  ]);
});

describe('a practice held for long, given as the answer by its record, by past memory or as what the customer got', () => {
  flagsAs('dismissal', [
    "We've cut the keys on this machine since 2014 and it's always been fine.",
    "We've packed the glasses in straw for forty years and always stacked them upright, so that's what you got.",
    'Tickets have been sold only at the door for as long as anyone here can remember.',
  ]);
  staysClean([
    // the agent's own tenure is no practice; the record with our step after it
    "I've been in this trade for as long as I can remember and never seen a crack like it; I'm sending it to the maker today.",
    "We've used this courier since 2016 and it's always been fine, but I'll send yours with another one today.",
  ]);
});

describe('a rule cited and closed to discussion by a tag at the end of its sentence', () => {
  flagsAs('policy-shield', [
    'Our terms say one name change per ticket, and that is the rule.',
    "I know, but the club handbook says juniors don't use the main pool, and that's that.",
    'The hire agreement says the van comes back full, end of story.',
  ]);
  staysClean([
    // the rule that grants, with our step after it
    "Our terms say you can change the date once for free, and that's that sorted: I've moved it to the 9th.",
  ]);
});

describe('an outcome not ours vouched for by a vow formula addressed to the customer', () => {
  flagsAs('false-reaction', [
    'Your planning appeal will go through, you can take that from me.',
    'Rest assured, the council will approve the extension.',
  ]);
  staysClean([
    // our own act promised, or a certainty under a condition or grounded in a check
    'Rest assured we will refund the full amount by Friday.',
    "Rest assured, I'll call you the moment the part arrives.",
    'If the form is complete, rest assured it will go through.',
  ]);
});
