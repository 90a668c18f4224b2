import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Session 37's English readings by structure (en-measured-by-others.ts, en-loss-doubted.ts, en-grasp-doubted.ts,
// en-blame-cause.ts, refusal-shape.ts, en-brush-off.ts, en-your-call.ts, en-third-party.ts). Each flagged here
// was clean before; each near miss stays clean.

describe('a practice held as the answer: pointed back at, kept, since day one, or as long as the agent has been here', () => {
  flagsAs('dismissal', [
    'The kennels have always been cleaned in that order.',
    'Our cakes have always been iced in that style.',
    'Lockers have been emptied at six since day one.',
    "Invoices were always printed in that format here, so that's what we stick to.",
    'The rolls are cut at that width and always have been.',
    "We've roasted the beans this dark for fifteen years, so it's staying.",
    'Parcels have gone out on Thursdays for as long as I have been here.',
    "Bookings are taken by phone only; it's always been the rule here.",
  ]);
  staysClean([
    // the practice with our step after it, a practice that helps, a question
    "We've always cut the fringes like this, but I'll take yours shorter if you'd like.",
    'The pool has always had a lifeguard on duty, so someone will be there on Sunday.',
    'Has the order always been sent like that?',
  ]);
});

describe("the customer's report of a loss doubted", () => {
  flagsAs('doubt', [
    "A spare wheel doesn't just disappear from a locked boot.",
    "I'd bet the charger is still in your car somewhere.",
    'I suspect the tags were mixed up in your office rather than in our warehouse.',
    "I think there's been a bit of a mix-up on your end about the dates.",
  ]);
  staysClean([
    // a past told, our side as the place, our own muddle, a question
    "The wheel didn't just disappear, it was taken from the yard, and I've reported it.",
    "I expect the charger is still at the depot; I'll ring them now.",
    'Sorry for the mix-up on our part, the dates are fixed now.',
    "Doesn't it just disappear when you restart?",
  ]);
});

describe("the fault's cause placed in the customer's hands", () => {
  flagsAs('blame', [
    'The frame warped because of how tightly it was strapped in your trailer.',
    'The bulbs rotted because they were stored in a warm garage after delivery.',
  ]);
  staysClean([
    // our side named as the doer, a record rather than a place
    'The frame warped because of how tightly it was strapped in your trailer by our driver, so a new one is on its way.',
    'The ticket was issued in your name because it was booked in your name.',
  ]);
});

describe('a refusal in the progressive passive or with "no longer", nothing offered', () => {
  flagsAs('refusal', [
    "New allotment plots aren't being offered this year.",
    'Clocks older than fifty years are no longer repaired here.',
  ]);
  staysClean([
    // with an alternative, good news
    "New plots aren't being offered this year, but I can put you on the list for March.",
    'Late fees are no longer charged on returns.',
  ]);
});

describe('a reported fault waved away as the whole answer', () => {
  flagsAs('dismissal', [
    'A bit of rattle from the extractor is nothing to worry about.',
    "The wobble's slight, so I wouldn't lose any sleep over it.",
  ]);
  staysClean([
    // a reason or our step after it, "there" as the subject
    "The rattle is nothing to worry about, it's the fan, and if it gets louder I'll book an engineer.",
    "There's nothing to worry about — the reminder was sent in error.",
    "It's nothing to worry about, I've already rebooked you onto the 9:40.",
  ]);
});

describe('the choice handed back with nothing offered', () => {
  flagsAs('dismissal', [
    "Which frame you hang it in, I'll leave entirely to you to decide.",
    "If the lighter tent will do for the Alps, that's for you to work out.",
    "Up to you whether you renew or not. I'm not going to tell you.",
    'Blue or grey for the hallway, you sort that out yourselves.',
  ]);
  staysClean([
    // a recommendation or our step, collecting, a choice offered
    "I'll leave you to decide, but I'd go for the larger one.",
    'Whichever size you pick, I will leave the samples with you and ring you on Monday.',
    "It's up to you whether you add the lid; it costs four pounds and I can fit it today.",
  ]);
});

describe('the customer pointed at a third party with no handover', () => {
  flagsAs('passing-the-buck', [
    'Parking fines go through the landlord. Try them.',
    "That's the plumber's side of things, give her a ring.",
    "Kiln repairs aren't my side of things. Try ringing someone at the maker.",
    "Storage units aren't us, that's the depot next door. Try them.",
  ]);
  staysClean([
    // our handover, a number with it
    "Parking fines go through the landlord, and I've forwarded yours to them this morning.",
    "That's the plumber's side of things, so I've rung her and she'll call you back today.",
    'Parking fines go through the landlord; their direct line is 01632 960111.',
  ]);
});

describe('second round: the party named by a possessive in -s or as a kind of thing, the customer with another thing in mind', () => {
  flagsAs('passing-the-buck', [
    "Hull repairs are the riggers' department, try them.",
    'Warranty claims are a head-office thing, give them a call.',
  ]);
  flagsAs('doubt', [
    "Maybe you're remembering another shop's offer.",
    "You're probably reading the old timetable.",
  ]);
  staysClean([
    "Hull repairs are the riggers' department, and I've passed your note to them; they'll call you today.",
    'Warranty claims are a head-office thing, so I have emailed them for you and copied you in.',
    "Perhaps you're thinking of the other branch; it's on Mill Road, and I can book you in there.",
    "Is that the riggers' department?",
  ]);
});

describe('second round: the trouble called part of the thing; others before as the measure for yours', () => {
  flagsAs('dismissal', [
    'The odd knot in the timber is just character, honestly.',
    'A little condensation on the windows is just part of owning a conservatory.',
    'Every tenant has covered their own boiler callouts, so that is how yours will go too.',
    'The ferry has left at six for twenty years and it will leave at six for you too.',
  ]);
  staysClean([
    'The deposit is part of the booking fee.',
    "Cleaning the filter is part of the service, and we'll do it on Tuesday.",
    "We've offered free delivery for years, and we'll do it for you too.",
    'Every room has been cleaned, so yours will be ready at two.',
  ]);
});
