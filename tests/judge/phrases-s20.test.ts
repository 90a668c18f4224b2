import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Session 20 (English): acts said by structure, read on the misses of rounds 12q–12ab, pinned
// here in other words and domains.

describe("an outcome not the agent's, vouched for by a vow of any wording", () => {
  flagsAs('false-reaction', [
    'The visa will come through, I would put money on it.',
    'The buyer will accept your offer, I would bet my car on it.',
    'Honestly, the council will approve the extension, promise.',
    'Oh, the tribunal will rule for you for sure.',
  ]);
  staysClean([
    'I promise we will call you back before five.',
    'I can promise you our fitter will be there at nine.',
    'Will the cake be ready by noon for sure?',
    'I promise, the system shows the refund will reach your account on Monday.',
    'If the form is complete, the council will approve it, I promise.',
  ]);
});

describe('the matter put on another party, the customer pointed at them, no handover', () => {
  flagsAs('passing-the-buck', [
    'Deliveries are handled by the warehouse, so that is their problem.',
    'Invoices? That is someone in finance, ask them.',
    'Warranty claims are a separate office, they would know.',
  ]);
  staysClean([
    'Deliveries are handled by the warehouse, so I will ring them for you now.',
    'The shuttle is run by the council; you can ask them at the stop, or call 01632 960123.',
    'The boiler was fitted by our own engineer, so it is covered.',
  ]);
});

describe("a fault put down to the customer's act", () => {
  flagsAs('blame', [
    'The printer jams because you have been loading the paper upside down.',
    'The pump tripped because someone at your place plugged a heater into the same socket.',
  ]);
  staysClean([
    'We sent the large size because you asked for it in your email.',
    'You get the member price because you joined last year.',
    'Because you waited so long, the delivery is free.',
    'The screen cracked, not because you dropped it but because the batch was faulty.',
  ]);
});

describe("a question hunting who on the customer's side is at fault", () => {
  flagsAs('confrontation', [
    'So whose idea was it to paint over the damp?',
    'Did no one on site think to cover the floor?',
    'Who told you the van could park on the kerb?',
  ]);
  staysClean([
    "Who told you the van could park there? I'll check with the driver and call you back within the hour.",
  ]);
});

describe('"are you sure" put to what the customer says happened, no check offered', () => {
  flagsAs('doubt', [
    'Are you positive the necklace went into the envelope? We photograph every parcel.',
    'Are you certain the dog came home with the collar on?',
  ]);
  staysClean([
    'Are you sure you want to cancel the whole order?',
    'Are you sure the lid was sealed? I can check the packing photo for you now.',
  ]);
});

describe('the customers before this one, or the practice, set up as the measure', () => {
  flagsAs('dismissal', [
    'Every tenant before you was happy with the standard lock.',
    'Each family ahead of yours coped without a cot.',
    "The valuation's always been done without the seller present.",
  ]);
  staysClean([
    'Every guest before you gets a welcome pack, and yours is at the desk.',
    'The valuation is always done on a weekday; shall I book Tuesday at ten?',
  ]);
});

describe('Japanese: the customer sent elsewhere by a request form, no handover', () => {
  flagsAs('send-to-manager', ['値引きのことは支配人とお話しください。']);
  flagsAs('passing-the-buck', [
    '部品は別の業者なので、そっちにお電話ください。',
    '修理はメーカー扱いなので、メーカーの窓口に直接どうぞ。',
  ]);
  staysClean([
    '値引きのことは支配人とお話しください。今お呼びしますので、少々お待ちください。',
    '受付にお越しください。',
  ]);
});

describe('Japanese: the count of times held against the customer with a trailing けど', () => {
  flagsAs('impatience', [
    'これで四回目ですけど、受付は九時からです。',
    'もう二回言ってますけど、駐車場はありません。',
  ]);
  staysClean(['三回目のご来店、ありがとうございます。', '二回目の点検は来月の十日です。']);
});

describe('an order held to the arrival of our own people', () => {
  flagsAs('order', ['Empty the loft before our team arrives on Monday.']);
  staysClean(['Could you empty the loft before our team arrives on Monday?']);
});
