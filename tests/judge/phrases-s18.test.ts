import { describe } from 'vitest';
import { modelClean, modelFlags } from './phrases-helpers.js';

// Session 18 (issue 11, English and Japanese): classes read on the misses of every dev round and
// of probe-phren18-s18 — each pinned here in other words and domains (each flagged or cleared
// here was judged the other way before the session).

describe('a bad outcome put down to the customer, the cause clause with them as its subject', () => {
  modelFlags('blame', [
    'The veneer came off because you left the table in full sun all summer.',
    'The handle came loose because you let the kids swing on the door.',
  ]);
});

describe('the customer hurried with a question', () => {
  modelFlags('impatience', ['Can we hurry this up? There are people waiting.']);
  modelFlags('false-reaction', ["Could you get to the point? What's the fault with the boiler?"]);
});

describe("a question at the customer's care: a negative one closed by 'at all', 'you lot ever'", () => {
  modelFlags('confrontation', [
    "Haven't you opened the care leaflet at all?",
    'Do you lot ever actually check the tyre pressure?',
  ]);
});

describe("the customer's thing put off, vouched outcomes, fuss, left on their own", () => {
  modelFlags('dismissal', [
    "Your smoker will have to wait, I've got a full workshop.",
    "Let's not turn a scratched lid into a big drama.",
    "Book the chimney survey if you want, but you're on your own with that.",
  ]);
  modelFlags('false-reaction', [
    'The patio will be dry by tonight, guaranteed, whatever the rain does.',
    "He'll pass the audition for sure, I'd bet my life on it.",
  ]);
});

describe('near misses: a way forward after the refusal, good news, a handover, advice with its reason', () => {
  modelClean('a later day after the pivot', [
    "We can't deliver to the island, but if you meet the van at the harbour the driver will hand it over on Friday.",
    "We're flat out this month, but your boat is first on the slipway for Monday.",
  ]);
  modelClean('another option named', [
    "No, the first-aid course can't be done online. There's a weekend version on Saturdays if weekdays are hard.",
    "The locker can't be swapped between members, but a second locker is free on the family plan.",
  ]);
  modelClean('a burden negated', [
    "Nope, the goats don't need another worming this spring.",
    'We have no plans to raise the hire price this season.',
  ]);
  modelClean('handed over to a colleague', [
    "I don't know offhand, but Sam runs the tastings and he's in the back, I'll bring him over.",
  ]);
  modelClean('a protection promise', ['We never give your number to other hire firms.']);
  modelClean('advice with its reason', [
    'You should pack a spare battery; the cold drains them fast.',
  ]);
  modelClean('the customer borne out', [
    "You said the instructor never turned up; I've checked the diary and you're right, so the lesson is refunded.",
  ]);
  modelFlags('blame', ['You should have read the hire terms before signing.']);
  modelFlags('order', ['You should bring the contract next time, properly filled in.']);
  modelFlags('refusal', ["I don't know."]);
});

describe('complaints routed to someone senior; a thing past saving; a wait with no end', () => {
  modelFlags('send-to-manager', [
    'Complaints about the groomer go to the practice manager; her details are on our site.',
    'Complaints of that sort must be raised with the store manager directly.',
  ]);
  modelFlags('refusal', [
    'The canvas was too far gone. The mould had eaten through the seams.',
    'The bridge stays shut until the council signs it off, and that might take months.',
  ]);
  modelClean('the agent acts after it', [
    "Complaints about the groomer go to the practice manager, so I've passed yours to her and she'll ring you today.",
    "The hull was beyond repair, so we've set aside a refurbished one at the same price for you.",
    'It could take weeks if we order from the factory, but I can lend you a spare meanwhile.',
  ]);
});

describe('refusals by a party of ours or in the habitual passive; doubt of a past event', () => {
  modelFlags('refusal', [
    "Unfortunately our technician couldn't source a new fan motor for a unit that old.",
    "Exceptions to the cancellation window aren't granted after the event.",
  ]);
  modelFlags('doubt', [
    'I doubt the vase came to us with that chip — we photograph everything on arrival.',
  ]);
  modelClean('a way forward after it', [
    "Extensions aren't granted after the deadline, but I can put you on the spring intake instead.",
    "Our supplier couldn't source the blue tiles, so I've reserved the grey ones at the same price.",
  ]);
});

describe('a rule cited by the agent reports no one: its shield stands', () => {
  modelFlags('dismissal', [
    "Our policy says the pool shuts at eight on Sundays, that's just how it is.",
  ]);
});

describe('Japanese: reproached orders, mistaken, first time told, sent away, a booking gone to another', () => {
  modelFlags('order', ['申込書は今度はきちんと書いてきてください。']);
  modelFlags('blame', [
    'それは別の会社とお間違えになっているようですね。',
    '手順を守らなかったのはそちらではないですか？',
  ]);
  modelFlags('dismissal', [
    '二十年この仕事をしていますが、音がうるさいと言われたのは初めてです。',
    '今、会議の準備中なんで、後にしてもらえます？',
  ]);
  modelFlags('refusal', ['ご予約のお部屋は、他のお客様に回ってしまいました。']);
  modelClean('a burden negated, a refusal with the way after it', [
    'いいえ、この路線は直通なので、乗り換えはありません。',
    '本日の回収はできませんが、玄関先に出していただければ明日伺います。',
  ]);
});
