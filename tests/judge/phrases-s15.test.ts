import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Session 15 (issue 11): denials by a verdict clause, our side run down by its kind, and
// Japanese orders written as a rule and blame on us asked back.

describe('the customer’s account denied by a verdict standing as its own clause', () => {
  flagsAs('doubt', [
    'Our bakers never use nuts. That is totally impossible.',
    'We would never double-book a court. That just does not happen.',
    'Our guides have never lost a walker. That is simply not true.',
  ]);
  staysClean([
    'It does not happen often, but I will check the log for you.',
    'If that is impossible to open, I can send a new key.',
    'Is that impossible to fix? Let me ask the workshop.',
  ]);
});

describe('a part of our organisation named by its kind and run down', () => {
  flagsAs('unprofessional', [
    'Yes, the parts department is a complete mess, honestly.',
    'Honestly, I agree, our seller’s commission is a rip-off.',
  ]);
  staysClean(['The parts department is open until six.', 'Our delivery fee is £3 under 2 km.']);
});

describe('Japanese: an order written as a rule, blame on us asked back', () => {
  flagsAs('order', [
    '印鑑は必ず持参のこと。',
    '書類は金曜までに提出すること。',
    '会場内での飲食は厳禁です。',
  ]);
  flagsAs('confrontation', [
    '配送の遅れまで当店のせいだとおっしゃるんですか?',
    'それをうちのせいにするおつもりですか?',
  ]);
  staysClean([
    '荷物は明日届くとのこと。',
    '大切なのは、毎日少しずつ練習すること。',
    '当店のせいでご迷惑をおかけしました。すぐに交換いたします。',
  ]);
});

describe('doubt that a past event the customer reports happened; a bare order to stop', () => {
  flagsAs('doubt', ['I really doubt the fitter turned up late.']);
  flagsAs('order', ['Stop using the heater and open the back window.']);
  staysClean([
    'I doubt we will need the spare key, but I will keep it here.',
    'We will stop charging your card from next month.',
    'Please stop using the charger until the replacement reaches you on Friday.',
  ]);
});
