import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { detect, resources } from './phrases-helpers.js';

const acts = (text: string) => detect(text).map((h) => h.act);
const withModel = (text: string) =>
  detectPhrases(text, resources.phraseLists, resources.replyModel);

// Classes added on the misses of blind round 2026-12d: acts with no "no" and no "you" in them.
// Every sentence is written for this test (never the round's own): each class flags in new
// words, and its near miss — the same news with a way forward, or the same words doing another
// act — stays clean.
describe("the customer's own case ended, told as a bare fact (a dead end)", () => {
  test.each([
    ['Your gym membership has been suspended.'],
    ['The airline has listed your suitcase as missing.'],
    ['Sadly the tour you paid for has been cancelled.'],
    ['The insurer has closed your claim.'],
    ['I am afraid your library card has expired.'],
    ['お申し込みの講座は中止となりました。'],
    ['お客様のアカウントは停止されました。'],
  ])('%s', (text) => {
    expect(acts(text)).toContain('refusal');
  });

  test.each([
    ['Your flight was cancelled, so I have rebooked you on the 7:40 tomorrow morning.'],
    [
      'The insurer has closed the claim, so I have asked them to reopen it and will update you by Friday.',
    ],
    ['Your subscription has been paused as you asked; it restarts on 1 March.'],
    ['I have cancelled your table for Saturday.'],
    ['お申し込みの講座は中止となりましたので、全額返金の手続きをいたします。'],
  ])('with a way forward, or done at the customer’s request: %s', (text) => {
    expect(acts(text)).toEqual([]);
  });

  test('an outcome the customer asked for opens no gate for the model', () => {
    const text =
      'Your booking has been cancelled as you asked, and the refund will reach your card within five days.';
    expect(withModel(text)).toEqual([]);
  });
});

describe('the records or a third party held against the customer’s account (doubt)', () => {
  test.each([
    ['The system shows the payment went through, so you must have received the confirmation.'],
    ['According to the tracking it was signed for at 2pm, so it definitely got to you.'],
    ['Our driver’s log shows he rang the bell twice, so you must have been out.'],
    ['I find it a bit hard to believe nobody mentioned the deposit.'],
    ['記録では配達済みになっていますので、届いているはずです。'],
  ])('%s', (text) => {
    expect(acts(text)).toContain('doubt');
  });

  test.each([
    ['The tracking shows it was signed for at 2pm, so I will open a trace with the courier now.'],
    ['Our records show the payment went through, but let me check with the bank to be sure.'],
    ['記録では配達済みですが、念のため配送業者に確認いたします。'],
  ])('with the agent checking: %s', (text) => {
    expect(acts(text)).toEqual([]);
  });
});

describe('the concern played down or made a fuss (brush-off)', () => {
  test.each([
    ['A ten-minute wait is hardly the end of the world.'],
    ['Buses run late all the time, that is life.'],
    ['Come on, it is a scratch on the bumper. No need to make a drama out of it.'],
    ['数百円の差ですし、そんなに怒られることではないですよ。'],
  ])('%s', (text) => {
    expect(acts(text)).toContain('dismissal');
  });

  test.each([
    [
      'I know a ten-minute wait feels long when you are in a hurry; I will ask the driver for a time now.',
    ],
    ['I do not want to make a thing of it, but could you confirm the postcode once more?'],
  ])('%s', (text) => {
    expect(acts(text)).toEqual([]);
  });
});

describe('a certainty nobody can give (false reassurance)', () => {
  test.each([
    ['Rest assured, your refund will be in your account by tomorrow, guaranteed.'],
    ['I guarantee the part will arrive on Monday without fail.'],
    ['Trust me, the bank will refund every penny.'],
    ['ご安心ください、荷物は明日必ず届きます。'],
  ])('%s', (text) => {
    expect(acts(text)).not.toEqual([]);
  });

  test.each([
    ['I will call you back by 4pm today, I promise.'],
    ['Rest assured, I will chase the warehouse myself and call you before five.'],
    ['ご安心ください、明日までに必ずご連絡いたします。'],
  ])('a promise of the agent’s own act: %s', (text) => {
    expect(acts(text)).toEqual([]);
  });
});

describe('the choice left to the customer with the agent’s indifference', () => {
  test.each([
    ['Keep it or send it back, that is your decision; it makes no odds to me.'],
    ['Whatever you pick is your choice, I could not care less.'],
    ['Whether you cancel is your own affair.'],
    ['どうするかはお客様の勝手です。'],
  ])('%s', (text) => {
    expect(acts(text)).toContain('dismissal');
  });

  test.each([
    ['It is your call — shall I put the two options in an email so you can compare?'],
    ['That is your call, of course — I can hold both rooms until tonight while you decide.'],
  ])('%s', (text) => {
    expect(acts(text)).toEqual([]);
  });
});

describe('precedent over a time span, and nobody else ever', () => {
  test.each([
    ['In fifteen years of running this gym, not one member has asked for that.'],
    ['No tenant has ever had a problem with the heating in this block.'],
    ['We have run the car park like this since 2009 and nobody has complained.'],
  ])('%s', (text) => {
    expect(acts(text)).toContain('dismissal');
  });

  test.each([
    ['No customer has ever been charged twice for this, so I will reverse the second payment now.'],
    ['In five years the warranty will still cover the motor.'],
  ])('%s', (text) => {
    expect(withModel(text)).toEqual([]);
  });
});

describe('the agent busy, in other words', () => {
  test.each([
    ['I am absolutely snowed under today, call back tomorrow.'],
    ['We are really tied up at the moment.'],
    ['Could it wait until Monday? I am flat out.'],
    ['ちょっとバタバタしてるので、また後で。'],
  ])('%s', (text) => {
    expect(acts(text)).toContain('dismissal');
  });

  test.each([
    [
      'We are busy today, so the wait is about twenty minutes — I will call you back when a stylist is free.',
    ],
    ['I am just tied up with your claim now; I will ring you back within the hour.'],
    ['ただいま立て込んでおりますので、10分後にこちらからお電話いたします。'],
  ])('with a time or a call back: %s', (text) => {
    expect(acts(text)).toEqual([]);
  });
});

describe('a question at the customer with an intensifier, or a challenge', () => {
  test.each([
    ['Why on earth would you post cash?'],
    ['Why the hell did you not keep the receipt?'],
    ['それで、一体何がしたいんですか？'],
    ['じゃあ、どうしろって言うんですか？'],
  ])('%s', (text) => {
    expect(acts(text)).toContain('confrontation');
  });

  test('an intensifier about a third party sides with the customer', () => {
    expect(
      withModel('Why on earth did they charge you twice? Let me get that refunded now.'),
    ).toEqual([]);
  });
});

describe('Japanese: a bare order, the manager with words between, running the company down', () => {
  test.each([
    ['明日までに書類、送って。', 'order'],
    ['そういう話は上司と直接話してください。', 'passing-the-buck'],
    ['弊社のサイト、本当に使いにくいですよね。', 'unprofessional'],
  ])('%s', (text, act) => {
    expect(acts(text)).toEqual([act]);
  });

  test.each([
    ['明日までに書類を送っていただけますか。'],
    ['上司と直接お話しいただけるよう、今おつなぎします。'],
    ['弊社のサイトが使いにくく、ご不便をおかけして申し訳ございません。'],
  ])('%s', (text) => {
    expect(acts(text)).toEqual([]);
  });
});

describe('the reply model’s gate', () => {
  test.each([
    ['Nope, the parking is free after six.'],
    ['No, the museum opens at ten.'],
    ['Nope, the receipt you got is the only one we send.'],
  ])('a leading "no" answering with the fact is no refusal: %s', (text) => {
    expect(withModel(text)).toEqual([]);
  });

  test('"that is all I can tell you" is no way forward, and its "you" is no actor', () => {
    expect(acts('I am not able to extend the loan, and that is all I can say on it.')).toContain(
      'refusal',
    );
    expect(acts('That is all I can tell you.')).toEqual(['refusal']);
  });
});

describe('a party on the agent’s side unable to act, others who manage, a partner run down', () => {
  test.each([
    ['Sorry, the clinic was unable to move your appointment.', 'refusal'],
    ['All the other members cope with the new app.', 'dismissal'],
    ['Honestly, our cleaning contractor is hopeless.', 'unprofessional'],
    ['It is no skin off my nose which one you choose.', 'dismissal'],
    ['早く住所、書いて。', 'order'],
  ])('%s', (text, act) => {
    expect(acts(text)).toContain(act);
  });

  test.each([
    [
      'The clinic was unable to move the appointment, but they have offered a slot on Thursday at 9.',
    ],
    ['I am sorry our cleaning contractor let you down; I have booked a second visit for Monday.'],
  ])('%s', (text) => {
    expect(acts(text)).toEqual([]);
  });
});

describe('the customer said not to understand, in other words', () => {
  test('flags', () => {
    expect(acts('You are clearly not taking it in.')).toContain('confrontation');
    expect(acts('I do not think you are following what I mean.')).toContain('confrontation');
  });

  test.each([
    ["I'm not sure you're following what I mean, let me put it another way."],
    ["If you don't follow any step, just ask me."],
  ])('%s', (text) => {
    expect(acts(text)).toEqual([]);
  });
});

describe('more outcomes, doubts and brush-offs in new words', () => {
  test.each([
    ['Your road-side cover lapsed in June.', 'refusal'],
    ['Sorry, the optician cannot supply that frame.', 'refusal'],
    ['The figures we hold say otherwise.', 'doubt'],
    ['I doubt the cashier was short with you.', 'doubt'],
    ['We have priced the lockers like this for a decade.', 'dismissal'],
    ['I am pressed for time today, try tomorrow.', 'dismissal'],
    ['一日遅れただけですし、そんなに騒ぐことでもないでしょう。', 'dismissal'],
  ])('%s', (text, act) => {
    expect(acts(text)).toContain(act);
  });

  test.each([
    ['Your road-side cover lapsed in June, but I can restart it today with no gap fee.'],
    ['Only minor changes can be made after the cooling-off period has expired.'],
    ['I doubt the wait will be long — the next slot opens at 3pm.'],
  ])('%s', (text) => {
    expect(acts(text)).toEqual([]);
  });
});

describe('a fifth probe: revoked, barely noticeable, a bare email order, why would anyone', () => {
  test.each([
    ['Your market-stall licence has been revoked.', 'refusal'],
    ['It is a small scuff, barely noticeable.', 'dismissal'],
    ['Email me the signed copy by Friday.', 'order'],
    ['Why would anyone plug a kettle into that socket?', 'confrontation'],
    ['お客様の会員登録は取り消されました。', 'refusal'],
    ['見積書、今日中に送って。', 'order'],
    ['それは保険会社に問い合わせてください。', 'passing-the-buck'],
  ])('%s', (text, act) => {
    expect(acts(text)).toContain(act);
  });

  test.each([
    ['Your market-stall licence has been renewed until next March.'],
    ['Could you email me the signed copy by Friday, please?'],
    ['保険会社には私から問い合わせておきますので、少々お待ちください。'],
  ])('%s', (text) => {
    expect(acts(text)).toEqual([]);
  });
});
