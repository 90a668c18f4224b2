import { describe, expect, test } from 'vitest';
import { normalise } from '../../src/judge/text/index.js';
import { modelClean as clean, modelFlags as flags } from './phrases-helpers.js';

// Rules of session 9 (eval/probe-phen-s9*.jsonl and the misses of blind round 2026-12h), judged by
// lists and reply model together as `check` does. Every sentence is written for this test, never a
// probe's or a set's own.
describe('a dead end: bad news as the reply’s last act, nothing to do next', () => {
  flags('refusal', [
    'The climbing wall is shut until further notice.',
    'The lathe in workshop two is out of order and there is no date for a repair yet.',
    'All the Tuesday evening tennis courts for March are gone.',
    'Sorry, that board game is out of print.',
  ]);
  clean('a next step after it, or the bad news as a reason', [
    'The climbing wall is shut until further notice; the bouldering room upstairs is open as usual.',
    'All the Tuesday courts are gone, but I can put you on Wednesday at 7 if that suits.',
    'We won’t charge the call-out fee, since the lift was out of order when you arrived.',
    'All the spare keys have gone to your new address by courier.',
  ]);
});

describe('a dead end told as the adverse state of the thing', () => {
  flags('refusal', [
    'The Thursday night bus has been withdrawn.',
    'That sofa fabric isn’t stocked any more.',
    'Sorry, the spa is completely full.',
    'I’ve checked with the depot. The replacement part has been discontinued.',
  ]);
  clean('opening times, a way offered before or after, or a fault of our own', [
    'The museum is closed on Mondays.',
    'Can we try Tuesday instead? Monday is fully booked.',
    'The blue sofa is sold out, but the grey one can be delivered by Friday.',
    'Sorry, the link in our newsletter was broken.',
    'I’ve put the grey armchair aside for you until Monday. The green one is discontinued.',
    'Good news: the car wash is no longer shut, it reopened at nine.',
  ]);
});

describe('chat typed without apostrophes reads as its contractions', () => {
  flags('blame', ['u didnt upload the photo so thats why the claim stalled']);
  clean('the agent owning it, or acting under the customer’s condition', [
    'sorry the photo didnt upload on our side, ive added it to ur claim myself',
    'if u didnt get the code we can send another one now',
    'if you didnt get the receipt ill email it again',
  ]);
});

test('chat spellings fold to the words they stand for; words of their own stay', () => {
  expect(normalise('u didnt tick it, thats cos ur form was old').text).toBe(
    'you did not tick it, that is because your form was old',
  );
  expect(normalise('its lid was ill fitting, were we told?').text).toBe(
    'its lid was ill fitting, were we told?',
  );
});

describe('the customer sent to a third party with a shrug, no handover', () => {
  flags('passing-the-buck', [
    'Visa renewals go to the consulate, try ringing them or whatever.',
    'Boiler servicing is for the landlord, ask them I suppose.',
    'Refund disputes are the bank’s job, drop them an email or whatever.',
  ]);
  clean('with a contact or the agent handing it over', [
    'Visa renewals go to the consulate; let me give you their number, it is 0207 946 0321.',
    'You could try the larger size, maybe?',
  ]);
});

describe('a guess at an easy fix, then the agent leaves', () => {
  flags('dismissal', [
    'Unplug the router for a minute, that normally does the trick. Bye!',
    'It is probably just a flat battery. Anyway, must dash.',
  ]);
  clean('with a way back if it fails, or a close after the agent acted', [
    'Unplug the router for a minute; that usually works, and if it does not, reply here and I will book an engineer. Bye for now!',
    'Your new router was posted this morning. Have a good one!',
  ]);
});

describe('Japanese: doubt, leaving, "are you serious", and a refusal with its other way after が', () => {
  flags('doubt', ['本当にボタンを押しました?皆さんよく押し忘れるんですよ。']);
  flags('dismissal', ['アプリを入れ直せば動きますよ。では、これで。']);
  flags('confrontation', ['三日で仕上げろと?本気ですか?']);
  clean('the other way after が, or a close after the agent acted', [
    '窓側の指定はできかねますが、私にできるのは通路側の前方の席のご用意です。',
    '車内での飲食はできませんが、待合室でしたらどうぞ。',
    'アプリを入れ直していただけますか。それでも動かない場合は、こちらから担当におつなぎします。失礼いたします。',
  ]);
});
