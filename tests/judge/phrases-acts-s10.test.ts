import { describe } from 'vitest';
import { flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Rules of session 10 (the misses of blind round 2026-12i and eval/probe-phen-s10.jsonl), one
// structural rule per class. Every sentence is written for this test, never a probe's or a set's.
describe('the exchange ended by calling the next person as the closing clause', () => {
  flagsAs('impatience', [
    'Yep, jotted down. Next customer, please.',
    'Uh-huh, recorded. Who is next?',
    'かしこまりました。次の方、どうぞ。',
  ]);
  staysClean([
    'Recorded. Next, I’ll ask the depot to send a new charger.',
    'Next, please tell me the serial number on the back of the box.',
    'メモしました。次のお客様にもご案内しておきます。',
  ]);
});

describe('our own side the subject of a bad verdict', () => {
  flagsAs('unprofessional', [
    'Honestly, the canteen at this branch has always been dreadful.',
    'Yeah, our technicians are pretty useless.',
  ]);
  staysClean([
    'Our technicians have been slow this week and I’m sorry; one will call you at nine.',
    'The reviews of this branch are mostly about the parking.',
  ]);
});

describe('no change, ever, as the answer', () => {
  flagsAs('dismissal', [
    'The locker fee has been two pounds forever, and that’s how it stays.',
    'Dogs go on the lead in the café, and it’s staying that way.',
  ]);
  staysClean(['The rate has been the same since April, so the invoice is right.']);
});

describe('the agent mid-way through another task, the customer pushed to another day', () => {
  flagsAs('dismissal', [
    'I’m halfway through a delivery for another shop, so let’s talk next week.',
  ]);
  staysClean([
    'I’m in the middle of printing your boarding pass, so bear with me.',
    'I’m halfway through someone else’s order, give me two minutes and I’ll come back to you.',
  ]);
});

describe('the customer’s wish echoed as a question against a time or a trifle', () => {
  flagsAs('impatience', [
    'What, you expect the whole garden cleared by tonight?',
    'So you want a new sofa for one little stain?',
  ]);
  staysClean([
    'Do you need it by tonight, or is Monday fine?',
    'What colour would you like for the new sofa?',
  ]);
});

describe('doubt and blame as a verdict on the customer’s account or work', () => {
  flagsAs('doubt', ['Are you sure you’re not mixing us up with the other garage?']);
  flagsAs('blame', [
    'I think you’re misreading the meter.',
    'You’ve plainly filled the customs declaration in wrong.',
    'I’m afraid it’s your own fault the card was blocked.',
  ]);
  staysClean([
    'Sorry, I fitted the filter wrong on your last service; I’ll redo it free.',
    'I’m afraid it’s our fault the card was blocked, and I’ve unblocked it now.',
  ]);
});

describe('the customer’s thing gone to another customer as the last act', () => {
  flagsAs('refusal', ['sorry ur seat got sold to someone else yesterday']);
  staysClean(['ur seat got sold to someone else, but row F has two free next to each other']);
});

describe('a price set against what the customer expects; the customer sent to the boss (ja)', () => {
  flagsAs('confrontation', ['千円のプランで何を期待されていたんですか？']);
  flagsAs('send-to-manager', ['納得できないなら本部の責任者にお電話ください。']);
  staysClean(['千円のプランでは、写真の補正は含まれておりません。']);
});

describe('a "no" that corrects by adding or relieves the customer is no refusal', () => {
  modelClean('lists and model', [
    'Nope, not just the red one, the blue mug comes in that size as well.',
    'All good, there’s no need to bring the paper receipt.',
  ]);
});

describe('a bare farewell right after only noting what was said', () => {
  flagsAs('impatience', ['Okay. Logged. Bye now.']);
  staysClean([
    'Your parcel is booked for Monday. Bye now.',
    'Got it. I’ll email the label tonight. Bye!',
  ]);
});

describe('the last one gone to another customer; an echo checked before the agent acts', () => {
  flagsAs('refusal', ['the only spare key went to another tenant this morning']);
  staysClean(['You need it by Thursday? Then I’ll book the courier for Wednesday.']);
});

describe('Japanese: a bad outcome closed by 以上です, a lifetime certainty, the boss asked directly', () => {
  flagsAs('refusal', ['お送りいただいた写真は、誤って削除してしまいました。以上です。']);
  flagsAs('false-reaction', ['ご心配なく、この塗装なら一生はがれませんよ。']);
  flagsAs('send-to-manager', ['そのお話は本部に直接ご連絡ください。']);
  staysClean([
    'ご予約は完了しました。以上です。',
    '他のお客様からもお問い合わせの多い商品ですので、在庫を確認いたします。',
  ]);
});
