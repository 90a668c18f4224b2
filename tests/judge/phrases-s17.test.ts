import { describe } from 'vitest';
import { flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Session 17 (issue 11): the customer's own case told ended or befallen with nothing after it,
// bare imperatives held to a deadline, notices framed by a greeting, Japanese reasons that are
// not orders and words whose ない negates nothing.

describe('the customer’s own thing lost, broken or ended, told as a plain fact', () => {
  flagsAs('refusal', [
    'The parrot you boarded with us died on Tuesday night.',
    'Your harpsichord arrived cracked from the restorer.',
    'Your allotment tenancy was closed last month because the rent was not paid.',
    'The negatives you handed in were blank, all of them.',
    'お預かりしていた掛け軸は、運搬中に破れてしまいました。',
  ]);
  staysClean([
    'The parrot you boarded with us died on Tuesday night; I am so sorry. Our vet can call you this evening to talk it through.',
    'Your harpsichord arrived cracked, so we will send it back to the restorer tomorrow for a free repair.',
    'Your booking has been cancelled as you asked, and the refund is on its way.',
    'If your parcel is lost, we refund it in full.',
    'お預かりしていた掛け軸は破れてしまいましたが、表具師が無料で修復いたします。',
  ]);
});

describe('a bare imperative holding the customer to a deadline', () => {
  flagsAs('order', [
    'Have the signed lease with us by Wednesday.',
    'Empty the loft before the roofers arrive.',
    'Drop the trailer back before noon.',
  ]);
  staysClean([
    'Please drop the trailer back before noon, the next hire starts at one.',
    'Book by Friday to get the early-bird price.',
    'Bring the frame in by Thursday and we will glaze it the same day.',
    'The rent is due by the first of the month.',
    'Collect it any time before six.',
    'Have a lovely weekend!',
  ]);
});

describe('a notice framed by a greeting is information', () => {
  modelClean('greeting + notice frame', [
    'Hi Ana, just a quick note to say your skis are waxed and ready.',
    'Hi Mia, just a quick note to say the engraving on your trophy is finished.',
  ]);
});

describe('Japanese: a reason that backs advice or an offer, words whose ない negates nothing', () => {
  modelClean('reason, then the agent’s act or advice', [
    '色が合わないとのことですから、無料で作り直します。',
    '動かないとのことですから、明日伺います。',
    '地面がぬかるむので、長靴をおすすめしております。滑りやすいので。',
    'この生地は洗う前に水通ししたほうがいいですよ。少し縮みますので。',
    '他のお客様にもよく選ばれているコースです。',
    '荷物が少ないので、小さい車でも大丈夫です。',
    '午後のほうが空いているかもしれません。',
  ]);
});

describe('what the customer says someone failed to do, or that it was us, doubted', () => {
  flagsAs('doubt', [
    'Are you sure the glazier didn’t turn up? Our van log shows him at your door at nine.',
    'Are you certain it was our trailer? Three hire firms use that yard.',
  ]);
  staysClean([
    'Are you sure the glazier didn’t turn up? I can check the van log for you now.',
    'Are you sure you don’t want me to book the table for you?',
  ]);
});

describe('the matter said to be handled by someone other than me', () => {
  flagsAs('passing-the-buck', ['Boiler servicing isn’t handled by me.']);
  staysClean(['Boiler servicing isn’t handled by me, but I’ll put you through to Ana now.']);
});

describe('a refusal for now, then a later day after the pivot', () => {
  staysClean([
    'We can’t cut the key today, though if you leave the blank with me it’ll be ready by Friday.',
    'こちらでは両替できませんが、駅前の銀行で受けられます。',
  ]);
  flagsAs('refusal', ['We can’t refund it, but the policy changed on Monday.']);
});

describe('Japanese: the customer’s diligence reproached as a question', () => {
  flagsAs('confrontation', [
    '点検の案内、ちゃんと聞いてました?',
    '申込書、読まずに判子を押したんですか?',
  ]);
  staysClean(['説明をよく聞いてから、ご購入いただけますか。']);
});

describe('held-out misses of s17b, generalised', () => {
  flagsAs('refusal', [
    'The kayak you had on order was sold to another club last week.',
    'The rug you dropped off got smoke-damaged in the kitchen fire.',
  ]);
  flagsAs('dismissal', ['I’ve got a lorry to unload here, call me later.']);
  staysClean([
    'Let me fetch someone from the workshop who knows the older models.',
    'Call me later if you want to talk it through.',
  ]);
});
