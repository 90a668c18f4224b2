import { describe, expect, test } from 'vitest';
import { requirementAhead } from '../../src/judge/phrases/acts.js';
import { detectPhrases, foldForPhrases } from '../../src/judge/phrases/index.js';
import { detect, resources } from './phrases-helpers.js';

const acts = (text: string) => detect(text).map((h) => h.act);

// Classes added on a probe of new wordings (eval/probe-phren-1.jsonl) and the development rows
// of an independent writer. Every sentence is written for this test, never a probe's or a
// set's own: each class flags in new words, and its near miss stays clean.
const flags = (act: string, rows: string[]) =>
  test.each(rows.map((r) => [r]))(`${act}: %s`, (text) => {
    expect(acts(text)).toContain(act);
  });
const clean = (why: string, rows: string[]) =>
  test.each(rows.map((r) => [r]))(`${why}: %s`, (text) => {
    expect(acts(text)).toEqual([]);
  });

describe('precedent as what the others do or have always done', () => {
  flags('dismissal', [
    'Every other tenant on the floor has managed with the shared bins.',
    'Dozens of riders have taken that route without a single complaint.',
    'None of the other parents have had any trouble with the new app.',
    'That is how the club has charged for lockers since it opened.',
    '他のお客様は普通にお使いになっていますよ。',
  ]);
  clean('others named with help, or no precedent at all', [
    'Every other room on that floor has been fine, so let me move you to one of them now.',
    'Most of our members book online, but I can take your booking over the phone.',
    'The café has baked its own bread since 1990.',
    '他の方法でしたら問題なくお使いいただけます。',
  ]);
});

describe('the customer sent to a third party on a hope', () => {
  flags('passing-the-buck', [
    'Try asking the letting agent, they may be able to sort it.',
    'You might ask the school office, someone there might know.',
  ]);
  clean('a concrete way or the agent asking', [
    'Try the ticket machine by the exit, it takes cards.',
    'I will ask the depot, they might know where the van is.',
    'Try the council, they might know — their number is 0300 123 4567.',
  ]);
});

describe('doubt, hostility and the customer’s tone', () => {
  flags('doubt', [
    'Are you positive you left it at the front desk? The log shows no umbrella handed in.',
    'We hear that all the time from people who forgot to cancel.',
  ]);
  clean('a confirming question', [
    'Are you sure you want to close the account? The system shows a credit of £12 on it.',
  ]);
  flags('confrontation', [
    'How are we supposed to fix a boiler we have never seen?',
    'Why would we refund a ticket that was already used?',
    'No need for that tone, thank you.',
    '取扱説明書、ちゃんと読みましたか?',
    'なんで箱を捨てちゃったんですか?',
  ]);
  clean('a real question about a thing', ['荷物はちゃんと届きましたか?']);
});

describe('refusals and dead ends with the last way shut', () => {
  flags('refusal', [
    'The match is sold out and the waiting list is full too.',
    'The last ferry has gone and there is no other sailing tonight.',
    'The bakery cannot backdate the voucher.',
    'Your old messages are deleted for good.',
    'そのサイズのご用意はいたしかねます。',
  ]);
  clean('a schedule, or a way forward', [
    'Registration is closed on Sundays; it opens again at nine on Monday.',
    'There are no other charges on the bill.',
    'そのサイズはご用意できかねますが、ワンサイズ上でしたら本日お送りできます。',
  ]);
});

describe('blame, busy, false reassurance and the rest', () => {
  flags('blame', [
    'This is what happens when the lid is left open overnight.',
    'Had you collected it on the day, the locker would not have released it.',
    'メールを確認しないから、そうなるんですよ。',
  ]);
  flags('dismissal', [
    'It is chaos here this morning, call back after lunch.',
    'We will look into it at some point.',
    'Which plan you pick is your own affair.',
  ]);
  clean('the place described, or a time given', [
    'It is hectic on market days, so come early if you can.',
    'We will look into it today and call you by five.',
  ]);
  flags('false-reaction', [
    'Relax, that washer will never drip again once it is fitted.',
    'この時計は絶対に壊れません。',
  ]);
  clean('a promise that protects the customer', [
    'We will never email you again without asking first.',
  ]);
  flags('impatience', ['As I keep telling you, the gate opens at ten.']);
  flags('policy-shield', ['I do not set the prices, I just apply them.']);
  flags('order', [
    'You should be labelling every box with the room it goes to.',
    'No, you will have to get a new card from the bank.',
    'Hand me the receipt.',
  ]);
  clean('a hold or a forecast', [
    'Give me a minute to pull up your account.',
    'You should be getting the code by text shortly.',
  ]);
});

describe('impatience in echo fragments (echo.ts)', () => {
  flags('impatience', [
    'Tonight? After ten? The kitchen closes at nine.',
    'Friday? You expect the whole kitchen fitted by Friday?',
    'Again? We covered the deposit rules this morning.',
  ]);
  clean('an echo answered, a choice, or options listed later', [
    'Tonight? Yes, we still have a table at eight.',
    'Friday? Saturday? Either suits the fitters.',
    'Would you like a table outside? Terrace? Garden? Just let me know.',
    'Tuesday? Or Wednesday?',
  ]);
});

describe('words in single quotes after a speech verb are someone else’s', () => {
  clean('a colleague quoted and disowned', [
    "The courier told you 'that's your problem' — I'm sorry, it isn't, and I've booked a collection.",
  ]);
  flags('dismissal', ["That's not my problem, I'm afraid."]);
});

describe('a future requirement to bring or show something is information', () => {
  const present = resources.phraseLists.find((l) => l.lang === 'en')?.acts.present ?? [];
  const ahead = (text: string) => {
    const t = foldForPhrases(text).text;
    return requirementAhead(t, 0, t.length, present);
  };
  test('what the visit takes', () => {
    expect(ahead("You'll need to show the letter we posted when you come in.")).toBe(true);
  });
  test('a task handed over is not', () => {
    expect(ahead("You'll need to sort the ticket out at the station.")).toBe(false);
  });
  test('the model does not read a promise that protects the customer as an act', () => {
    const text = 'Our fitters never cut the water off without your say-so.';
    expect(detectPhrases(text, resources.phraseLists, resources.replyModel)).toEqual([]);
  });
});

// Classes added on the second probe (eval/probe-phren-2.jsonl), again in sentences of their own.
describe('blame and doubt without a "you did it wrong"', () => {
  flags('blame', [
    'The heel snapped because it was worn in the rain, which we warn against.',
    'If the form had been sent on time, this would never have happened.',
    'The order was held because your payment details were missing.',
  ]);
  clean('the agent owning it, or a way forward', [
    'If we had checked the address, none of this would have happened — I am sending a new one today.',
    'The order was held because your payment details were missing; could you add them here so it ships today?',
  ]);
  flags('doubt', [
    'Really? That does not sound like her at all.',
    'Odd, our records have no trace of a refund request from you.',
  ]);
  flags('dismissal', [
    'Losing a bag now and then comes with the territory.',
    'You are the one who has to live with the colour, so you choose.',
    'I am snowed under, I will look at it when I get a minute.',
  ]);
  clean('a reason to wait with a time', [
    'I am snowed under this morning, but I will call you back by two with the answer.',
  ]);
  flags('refusal', ['The garage will not service a car bought abroad.']);
  clean('a refusal with a colleague free instead', [
    'We cannot fit you in at nine, but Priya has a slot at ten.',
  ]);
  flags('order', ['Tell me your booking reference.', '早く名前を書いてください。']);
  flags('false-reaction', ['ご安心ください、二度と停電することはありません。']);
  clean('a promise to strive', ['二度とこのようなことがないよう、徹底いたします。']);
});

describe('a reporting cue stands in the match’s own sentence', () => {
  test('the customer’s words restated, then doubted in a sentence of its own', () => {
    expect(acts('You are saying the courier never knocked? That does not sound like him.')).toEqual(
      ['doubt'],
    );
  });
  clean('the customer’s words restated in the same sentence', [
    'You said that it is not my problem, and I am sorry it came across that way.',
  ]);
});

// Classes added on the third probe (eval/probe-phren-3.jsonl), in sentences of their own.
describe('a service stopped, the last place gone, a rule kept for years', () => {
  flags('refusal', [
    'The studio no longer runs evening classes.',
    'The tickets went in an hour and there is none left.',
    'このコースは現在受付を終了しております。',
  ]);
  clean('a way forward, or good news', [
    'We no longer print paper tickets, but you can show the one in the app.',
    'There is nothing left to pay on your account.',
  ]);
  flags('dismissal', [
    'We have charged for parking for as long as I have been here.',
    'Any of them will do, they are all the same to me.',
  ]);
  clean('a booking held since a day', ['We have had your booking since Monday.']);
});

describe('doubt, sarcasm and the customer as the cause', () => {
  flags('doubt', ['I would be surprised if our driver said that.']);
  flags('confrontation', ['I cannot work miracles, you know.']);
  flags('blame', [
    'Hundreds of people use that charger, so the charger is not the problem.',
    'お客様がパスワードを忘れられたのが原因です。',
  ]);
  flags('impatience', ['Check the welcome pack, it is all in there.']);
  flags('unprofessional', ['Honestly, our couriers are a bit hit and miss.']);
  clean('a practice that protects the customer', ['We never resell returned mattresses.']);
});

describe('the matter called a third party’s alone, and Japanese orders and causes', () => {
  flags('passing-the-buck', ['Anything left on the coach is the tour company’s problem.']);
  clean('the agent’s own team, or a way forward', [
    'Keeping your card safe is our bank’s responsibility, and it is kept encrypted.',
    'That is the venue’s problem, but I will chase them for you today.',
  ]);
  flags('refusal', ['The gym accepts no liability for valuables left in the changing rooms.']);
  flags('order', ['今日中に申込書を送って。']);
  clean('a request', ['今日中に申込書を送ってください。']);
  flags('blame', ['番号が入力間違えられていたせいで、届かなかったんです。']);
  clean('the company’s own slip', ['当社の入力ミスのせいで、ご迷惑をおかけしました。']);
});

describe('classes found on the development rows of an independent writer', () => {
  flags('confrontation', [
    "Which part of 'final sale' is unclear?",
    'Who told you we would deliver on a Sunday?',
  ]);
  flags('false-reaction', [
    'The paint will not peel, I guarantee it.',
    'I have listened to all that. Moving on, are you paying by card?',
  ]);
  clean('an answer ordered, or the verb going on with its subject', [
    'Moving on to your second point, the refund left our account today.',
    'Keys stay at reception until noon, then go to the back office.',
  ]);
});
