import { describe } from 'vitest';
import { flagsAs, modelClean, modelFlags, staysClean } from './phrases-helpers.js';

// Session 16 (issue 11): guarantees vouched after the outcome, acknowledgements that close the
// matter, precedent with no change, agreeing a bad verdict as a customer would, doubt carried by
// "actually", blame for a rejection; Japanese passive rejections, bare acknowledgements and the
// trouble called normal or a fuss.

describe('an outcome out of the agent’s hands vouched for after it is said', () => {
  flagsAs('false-reaction', [
    'The new skylight won’t leak again, I can promise you that.',
    'Your visa will 100% be approved, I promise you.',
    'The mare will be 100% sound by Sunday, guaranteed.',
  ]);
  staysClean([
    'Your card won’t be charged again, I promise you.',
    'I promise I’ll call you back by five.',
    'The hoist is guaranteed for twelve months, parts and labour.',
    'We will 100% be there at nine, I promise.',
  ]);
});

describe('a bare acknowledgement closed by asking for the next thing', () => {
  flagsAs('false-reaction', ['Yep, noted. Anything else?', 'Okay, fair enough.']);
  staysClean([
    'Noted — I’ve added it to the engineer’s sheet for Tuesday. Anything else?',
    'What a let-down. Is that everything?',
  ]);
});

describe('what we have always done, with no change ever', () => {
  flagsAs('dismissal', ['We’ve always billed the travel time from the yard, that won’t change.']);
  staysClean(['Your booking is confirmed, that won’t change.']);
});

describe('a bad verdict on our service joined as if the agent were the customer', () => {
  flagsAs('unprofessional', ['Honestly the ferry timetable is a joke, I’d be fed up too.']);
  staysClean(['I’d be fed up too — I’ve refunded the crossing and booked you on the 6pm.']);
});

describe('doubt carried by “actually” in an are-you-sure question', () => {
  flagsAs('doubt', ['Are you certain the meter actually ran for an hour?']);
  staysClean([
    'Are you sure you would actually like to cancel the lesson?',
    'Are you sure the meter actually ran? I can check the log for you now.',
  ]);
});

describe('a rejection put down to the customer’s own act', () => {
  flagsAs('blame', ['The registry declined the form because you used the old version.']);
  staysClean(['It was declined because the limit was reached, but I can raise it for you today.']);
});

describe('Japanese: a request turned down in the passive, with no next step', () => {
  flagsAs('refusal', [
    '増築の申請は、市役所で却下されました。',
    'その割引はもう適用できなくなっております。',
  ]);
  staysClean([
    '増築の申請は認められませんでしたが、規模を縮めた案でしたら再申請できます。',
    '申請が却下されないよう、書類を事前に確認いたします。',
  ]);
});

describe('Japanese: a bare acknowledgement as the answer', () => {
  flagsAs('false-reaction', ['了解です。', 'はい、わかりました。他には?']);
  staysClean([
    'かしこまりました。',
    'わかりました。では明日の十時にお伺いします。',
    '承知しました。他に何かございましたらお知らせください。',
    '了解。这个情况不在保修范围内,不过我们可以按成本价帮您维修。',
  ]);
});

describe('Japanese: the trouble made small and called normal or a fuss', () => {
  flagsAs('dismissal', [
    '床が少しきしむのは普通です。他に何か?',
    '五分待ったくらいで、そんなに大げさに言われても。',
    '少し色がにじむくらい、どの染め物でもありますよ。',
  ]);
  staysClean([
    '少しきしむのは普通ですが、気になるようでしたら点検に伺います。',
    'この程度の苦情でも、すぐに対応いたします。',
  ]);
});

describe('the trouble called normal, then the next thing asked for', () => {
  flagsAs('dismissal', ['The gate creaks a little, they all do that. Anything else?']);
  staysClean([
    'The screen flickers a bit when it starts, that is perfectly normal and it settles after a minute.',
  ]);
});

describe('a vow, then what someone else or the thing will always do', () => {
  flagsAs('false-reaction', [
    'Trust me, the council always signs these off, no bother.',
    'I promise you this cream will clear the rash in two days.',
  ]);
  staysClean([
    'Trust me, we always call back within the hour.',
    'Rest assured, I promise you your card will not be charged twice.',
  ]);
});

describe('others who coped, a beginner’s error, sent off to nobody in particular', () => {
  flagsAs('dismissal', ['Other students have managed with the early start just fine.']);
  flagsAs('blame', ['Honestly, that is a rookie mistake with oil paint.']);
  flagsAs('passing-the-buck', [
    'Parking permits are not done at this desk, try somebody else.',
    'No idea who deals with lockers, maybe ask around.',
  ]);
  staysClean(['Other students asked the same, so I have added an evening class on Thursdays.']);
});

describe('customers reproached as a group, an expectation echoed with a sarcastic tag', () => {
  flagsAs('confrontation', [
    'Why does everyone wait until the last day to renew?',
    'So you thought the paint would cover the rust on its own, did you?',
  ]);
  staysClean(['Why do people choose the 10am slot? Because it is quieter.']);
});

describe('the customer’s choice called their business, whatever follows', () => {
  flagsAs('dismissal', ['Which frame you choose is your business, tell me when you have decided.']);
  staysClean(['It is none of our business which frame you choose, but I can show you both.']);
});

describe('Japanese: telling counted from earlier, blame given as the reason', () => {
  flagsAs('impatience', ['さっきから三回言っていますけど、受付は五時までです。']);
  flagsAs('blame', [
    '塗装がはがれたのは、洗車機に入れられたからですよ。',
    '窓を閉め切られたから、カビが生えたんですよ。',
  ]);
  staysClean([
    '予約がキャンセルされたのは、システムの不具合で処理されたからです。申し訳ございません。',
    '先ほどからお待たせしております。',
  ]);
});

describe('held-out round: a choice left on the customer, a matter put off, a word given, a racket', () => {
  flagsAs('dismissal', [
    'Which colour you go for is entirely on you, I am not choosing.',
    'I have got a room full of bidders waiting on me, this will have to keep.',
  ]);
  flagsAs('false-reaction', ['That vase will arrive in one piece, I give you my word.']);
  flagsAs('unprofessional', ['Yeah, our evening ghost walks are a bit of a racket.']);
  staysClean([
    'The fee is entirely on you if you cancel after Friday.',
    'The repair will have to wait until the part arrives on Tuesday.',
  ]);
});

describe('Japanese held-out round: busy, trouble said to happen anywhere, a bare はい', () => {
  flagsAs('dismissal', [
    '今は予約の電話で手いっぱいなので、また今度にしてください。',
    '釣り糸が絡まるのは、どこでも起きることですから。',
  ]);
  flagsAs('false-reaction', ['はい。']);
  staysClean(['よくあることですから、手順書をお送りしますね。', 'はい、そうです。']);
});

// With the reply model: a sentence after a "no" that holds the way forward ("Give me two minutes
// to check…") is not read as a closing formula because it ends on "is that all right?".
modelClean('a figure not to hand, then a minute asked to check it', [
  'I do not have those figures to hand. Give me a minute to check the ledger, is that all right?',
]);
modelFlags('refusal', ['I do not have those figures to hand.']);
