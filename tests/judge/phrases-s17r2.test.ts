import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Session 17, second round (issue 11, English): classes read on the misses of blind rounds
// 2026-12u/12v — each pinned here in other words and domains.

describe('a trouble said to pass of itself, "anyway" waving the concern away', () => {
  flagsAs('dismissal', [
    'The dye looks a bit patchy, it will wash out in a fortnight anyway.',
    'The bruise from the harness will heal up in a few days anyway, honestly.',
  ]);
  staysClean([
    'The varnish smell will fade by the weekend; I will leave the windows open for you today.',
    'The clay stains will wash out if you soak them overnight.',
  ]);
});

describe('the fault put on the customer’s side or on people of theirs', () => {
  flagsAs('blame', [
    'The rust on the gate is down to your side, I am afraid.',
    'The paint blistered because your builders sanded it wet.',
    'The ice melted because your driver left the van door open.',
  ]);
});

describe('the agent’s system named as what refuses', () => {
  flagsAs('refusal', [
    'Printing two sizes on one order is not possible on our platform.',
    'Our system will not allow a second discount code.',
  ]);
  staysClean([
    'Printing two sizes is not possible on our platform, but I can split it into two orders for you at no extra cost.',
  ]);
});

describe('a dead end with no "can’t": nothing could be done, the thing gone to another, gone missing', () => {
  flagsAs('refusal', [
    'Nothing on the old drive could be saved.',
    'The council has gone with another bidder for the kiosk.',
    'The hamper has gone missing from our storeroom.',
  ]);
  staysClean([
    'Nothing more could be saved, but our partner lab can try again for free.',
    'The council went with another bidder, but I have put you first on the list for the spring lease.',
  ]);
});

describe('mocking questions at the customer', () => {
  flagsAs('confrontation', [
    'Didn’t anybody ever tell you to check the tyre pressure?',
    'What do you expect, a trophy for turning up on time?',
  ]);
  staysClean(['What do you want, a single or a return?']);
});

describe('busy, the customer sent to some other time; an outcome vouched for; the choice left alone', () => {
  flagsAs('dismissal', [
    'Look, I have got a queue out the door, call some other time.',
    'The deposit is your problem to sort out, pal. I only do what the invoice says.',
  ]);
  flagsAs('false-reaction', [
    'The boiler will pay for itself within two years, I promise you that.',
  ]);
});

describe('near misses: an offer after "I don’t know", the step of a remedy the agent promised', () => {
  staysClean([
    'I don’t know offhand, but Ravi runs the pottery orders and he is in at three, shall I ask him to ring you?',
    'We will replace the lamp — bring the old one back and keep the receipt.',
    'We will refund the fitting — send me a photo of the invoice.',
  ]);
});

// Japanese, on the misses of blind rounds 2026-12u/12v.

describe('Japanese: the customer sent to the party named in the clause before, no handover', () => {
  flagsAs('passing-the-buck', [
    'エアコンの設置は家電量販店の担当ですので、そちらに問い合わせてください。',
    '修理は工務店の責任なので、直接連絡してください。',
  ]);
  staysClean(['修理は工務店の担当なので、私からそちらに連絡しておきます。']);
});

describe('Japanese: why the customer did "such a thing"; a hedged doubt of their account', () => {
  flagsAs('confrontation', ['どうしてそんなことをしたんですか？']);
  staysClean(['どうしてそんなことになったんですか？']);
  flagsAs('doubt', ['三十分で終わったというのは、ちょっと考えにくいですね。']);
  staysClean(['お届けまで三日かかるというのは考えにくいので、すぐに配送状況をお調べします。']);
});

describe('Japanese: the thing given to another customer; a trouble made small; it will pass of itself', () => {
  flagsAs('refusal', ['ご希望の区画は、別のお客様に決められました。']);
  staysClean(['ご希望の区画は別のお客様に決まりましたが、隣の区画でしたらご用意できます。']);
  flagsAs('dismissal', ['傷が少し目立つくらい、気にしなくて平気ですよ。']);
  flagsAs('false-reaction', ['大丈夫ですよ、かゆみは自然に治まりますから。']);
  staysClean(['大丈夫です、担当者が本日中に修理に伺います。']);
});

describe('the customer’s own thing in a present state, a "can’t" with no subject, arrival as a deadline', () => {
  flagsAs('refusal', [
    'Morning Ana, just letting you know your seat on the glacier walk is cancelled.',
    'I am on my own in the shop, can’t deal with your boiler this week.',
  ]);
  flagsAs('order', ['Take your boots off before you come in.']);
  staysClean([
    'Your seat on the glacier walk is cancelled as you asked, and the refund is on its way.',
    'The oak table is discontinued, but the walnut one is in stock.',
    'Can’t wait to see the finished quilt!',
    'Take a ticket from the machine when you arrive and we will call your number.',
  ]);
});

describe('a cue does not reach past the speaker’s own conclusion (", so")', () => {
  flagsAs('false-reaction', [
    'The roofer says these tiles last a lifetime, so no need to worry.',
    'The mechanic says the new clutch will last forever, so there is nothing to worry about.',
  ]);
  staysClean([
    'The roofer says the tiles were checked yesterday, so nothing to worry about.',
    'The roofer says these tiles last a lifetime, so no need to worry, and I will send you the warranty today.',
  ]);
});
