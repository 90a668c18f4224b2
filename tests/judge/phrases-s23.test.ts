import { describe } from 'vitest';
import { modelClean, modelFlags } from './phrases-helpers.js';

// Session 23 (English): precedent and brush-offs said by structure, read on the misses of rounds
// 12ad–12an, pinned here in other words and domains.

describe('a practice defended as the house way or by how long it has held', () => {
  modelFlags('dismissal', [
    'Parking has been pay-and-display since the council took over, and that is how we run it.',
    'We have always shut the kitchen at nine and we always will.',
    'The raffle has been drawn at the interval for thirty years, so.',
    'Lockers have always been cash only. That is just how it is done here.',
    "Sorry, check-in is at three. It has been three o'clock since we opened in 2011.",
    'Our mugs have come in plain white for ten years and they will stay plain white.',
  ]);
  modelClean('a duration as credentials or status, or the way with an alternative', [
    'We have been trading since 1990, so we know the local halls well; I will email you a shortlist tonight.',
    'Your bike has been in the workshop since Tuesday; I have asked them to finish it today.',
    'We have always aimed to reply within a day, so I am sorry this one slipped; I have answered it now.',
    'The pool has opened early on Mondays since April.',
    'Sorry for the wait. We have been on this street since 1987.',
    'That is how we usually wrap them, but I can box yours instead.',
  ]);
});

describe("the customer's trouble shrunk to a small count, its effect denied", () => {
  modelFlags('dismissal', [
    'It is one chipped cup. Nobody at the party is going to care.',
    'A couple of creased pages? Your nephew will not even notice.',
    'Two hours late will not spoil a wedding cake.',
    'Come on, it is a single smudge on the glass. It will rub off.',
    'The water was a bit cloudy, sure, but the fish do not really mind.',
    'A twenty-minute wait at the counter is still short, no?',
  ]);
  modelClean('a small trouble owned and acted on, or a count with no denial', [
    'It is one extra charge of £4, and I have refunded it already.',
    'A few of the labels printed crooked, so we will reprint them tomorrow.',
    'The bread was a bit stale, so I am sending a fresh loaf with the driver.',
    'It will not matter if the cheque arrives a day late; the cut-off is the 28th.',
    'The tram is a few minutes late. It will not affect your connection, which leaves at 10:40.',
  ]);
});

describe("another party's number after a refusal hands the customer over", () => {
  modelClean('a referral with a number', [
    "Tuning harps isn't something we do, but Alder Strings do, and their number is 01632 960 447.",
  ]);
});

describe('a "no" answering with the time the service does not run', () => {
  modelClean('a schedule told as the answer', [
    'No, we do not collect on Saturdays.',
    "No, we don't deliver after six.",
  ]);
  modelFlags('refusal', ['No, we do not do refunds.', "We don't deliver on Sundays."]);
});
