import { describe } from 'vitest';
import { flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Session 13 (issue 11): classes of the English misses of blind round 2026-12l and probe s13.

describe('the thing ruined, told as the reply’s last act, is a dead end', () => {
  flagsAs('refusal', [
    'The memory card you sent is completely unreadable.',
    'The curtains came back torn from the cleaners.',
    'Your invoice template’s corrupted.',
    'All the canoes went out first thing this morning.',
  ]);
  staysClean([
    'The memory card is unreadable, but our recovery partner can try it — shall I send it over?',
    'The curtains arrived torn, so I’ve ordered a new pair for Thursday.',
    'If the card is damaged, we’ll replace it free of charge.',
    'I’m so sorry the lamp was damaged — a replacement is on its way today.',
  ]);
});

describe('the agent’s search come to nothing, with nothing after, is a dead end', () => {
  flagsAs('refusal', [
    'We went through the lost-property log and found nothing matching your scarf.',
    'I couldn’t trace any payment from that card.',
  ]);
  staysClean([
    'I ran a full test on the router and found no faults.',
    'I couldn’t find a booking under that name — could you give me the email you used?',
    'I couldn’t find a vegan bakery nearby is there another kind of shop you’d like?',
  ]);
});

describe('an outcome out of the agent’s hands vouched for is false reassurance', () => {
  flagsAs('false-reaction', [
    'The visa will come through in time, no doubt about it.',
    'Your shoes will 100% be repaired by Monday.',
    'Nothing to worry about, you have my word.',
    'Don’t worry, the heating won’t break down again.',
  ]);
  staysClean([
    'I’ll have the quote with you by Friday, guaranteed.',
    'Your refund will arrive within five working days.',
    'Rest assured, we won’t charge you again.',
    'I’ve replaced the fuse, so rest assured it won’t trip again.',
  ]);
});

describe('the choice handed back as a whole clause, or the customer told to settle it alone', () => {
  flagsAs('dismissal', ['Your decision, honestly.', 'Which bank? You figure it out.']);
  staysClean([
    'Entirely up to you — I can hold both rooms until noon while you decide.',
    'Your choice of colour has been saved.',
    'You decide which date suits you and I’ll book it.',
  ]);
});

describe('the customer sent to take it up with someone else on their own, even under their wish', () => {
  flagsAs('passing-the-buck', [
    'If you want your deposit back, write to the letting agent yourself.',
    'If you need the invoice changed, you’ll have to ring the accountant yourself.',
  ]);
  staysClean([
    'If you’d like a discount, I’ll ask the landlord for you this afternoon.',
    'I’ll call the garage now, or you’re welcome to call them yourself.',
    'If it leaks again, just ring the plumber yourself on 0161 496 0000.',
  ]);
});

describe('the agent counting how often it has explained, with the object between', () => {
  flagsAs('impatience', ['I’ve already been through the whole returns procedure with you twice.']);
  staysClean(['I’ve been through the whole returns procedure with my manager twice and we agree.']);
});

describe('the trouble called small and its effect denied', () => {
  flagsAs('dismissal', ['It’s only a hairline crack, it won’t make any difference.']);
  staysClean([
    'It makes no difference to the price whether you come on Monday or Tuesday.',
    'It’s only a small dent, nobody will notice, but I can take 10% off if you’d like.',
  ]);
});

describe('ja: no prospect of the thing coming back, or its ended state, with nothing after', () => {
  flagsAs('refusal', [
    'お探しの絵の具は再入荷の予定がございません。',
    'そちらの色は廃盤となっております。',
  ]);
  staysClean([
    'お探しの絵の具は再入荷の予定がございませんが、同じ色味の別ブランドをご用意できます。',
    'そちらの色は廃盤となっておりますので、近い色を三つお持ちいたします。',
  ]);
});

describe('ja: the matter called another section’s, the customer told to ask there', () => {
  flagsAs('passing-the-buck', ['駐車券の件は別の窓口なので、一階で聞いてください。']);
  staysClean(['駐車券の件は別の窓口ですので、担当者におつなぎいたします。']);
});

describe('ja: the customer’s reading or checking not done, asked back at them', () => {
  flagsAs('confrontation', ['案内の紙、見てないんですか？']);
  staysClean(['案内の紙をまだご覧になっていないんですか？すぐにお送りしますね。']);
});

describe('ja: the customer’s account doubted as the reply’s last act, or against our own check', () => {
  flagsAs('doubt', [
    '本当に三日前にお申し込みになりました？',
    '本当にエアコンが止まっていたんですか？今朝点検したばかりですけど。',
  ]);
  staysClean(['本当にお振り込みは済みましたか？念のため、こちらで確認いたします。']);
});

describe('ja: why the customer acted against the odds', () => {
  flagsAs('confrontation', ['なぜ満潮なのにわざわざ岩場に行ったんですか？']);
});

// Session 13, second round: classes of the misses of probe s13b.

describe('our own tools named with "the" and given a bad verdict run the company down', () => {
  flagsAs('unprofessional', ['To be fair, the phone line has been hopeless all week.']);
  staysClean([
    'The booking system is down this morning, so I’ll take your details by hand.',
    'Sorry, the website was awful last week — we’ve fixed the login page now.',
  ]);
});

describe('a sentence that is only a requirement told ahead informs, whatever act the model guessed', () => {
  modelClean('a thing needed for the customer’s next step', [
    'You’ll need the voucher code to collect the hamper.',
    'You’ll need to show the email you booked with when you pick up the bikes.',
  ]);
});

describe('ja: the customer’s thing gone to another customer, as the reply’s last act', () => {
  flagsAs('refusal', ['ご希望の区画は別のお客様に決まってしまいました。']);
  staysClean([
    'ご希望の区画は別のお客様に決まってしまいましたが、隣の区画でしたらご案内できます。',
  ]);
});

// Session 13, third round: classes of the misses of probe s13c.

describe('the agent forced to get rid of the customer’s thing, as the last act', () => {
  flagsAs('refusal', ['We had to scrap the whole print run of your flyers.']);
  staysClean([
    'We had to scrap the print run, but I’ve reprinted the flyers and they’ll be with you tomorrow.',
  ]);
});

describe('a send-off worded as the customer’s best course', () => {
  flagsAs('passing-the-buck', ['You’re better off asking the council about the bins.']);
  staysClean(['Best to call ahead to check the pool is open.']);
});

describe('the agent’s load of other work, back only when it can', () => {
  flagsAs('dismissal', ['We’ve got a backlog of returns, we’ll get to yours when we can.']);
  staysClean(['I’ve got a queue of people waiting, but I’ll be with you in two minutes.']);
});

describe('ja: intake closed told as done, and the agent’s telling before held against the customer', () => {
  flagsAs('refusal', ['夏期講習の申し込みはもう締め切りました。']);
  flagsAs('impatience', ['以前にもお伝えしましたが、駐車場はありません。']);
  staysClean(['夏期講習の申し込みは締め切りましたが、秋期講習でしたら今お申し込みいただけます。']);
});
