import { describe, expect, test } from 'vitest';
import { detectPhrases, foldForPhrases } from '../../src/judge/phrases/index.js';
import { flagsAs as flags, resources } from './phrases-helpers.js';

/** Lists and reply model together, as `check` judges a reply. */
const withModel = (text: string) =>
  detectPhrases(text, resources.phraseLists, resources.replyModel).map((h) => h.act);

// Rules of the ninth round (eval/probe-phen-s7.jsonl and the misses of blind round 2026-12f).
// Every sentence is written for this test, never a probe's or a set's own.
const clean = (why: string, rows: string[]) =>
  test.each(rows.map((r) => [r]))(`${why}: %s`, (text) => {
    expect(withModel(text)).toEqual([]);
  });

describe('a promise not to harm the customer is no refusal or denial', () => {
  clean('a "no" of will or habit before a harm', [
    'We won’t bill you for the replacement strap.',
    'We never pass your address on to other companies.',
    'You won’t be charged for the missed lesson.',
    '予約の変更に手数料はかかりません。',
  ]);
  flags('doubt', [
    // a hypothetical "would never" denies what the customer reports
    'We’d never overcharge anyone, so that can’t be right.',
  ]);
});

describe('a hyphen between spaces breaks a clause; one inside a word does not', () => {
  test('folds', () => {
    expect(foldForPhrases('The tour is full - sorry').text).toContain('full , sorry');
    expect(foldForPhrases('Please re-upload it').text).toContain('re-upload');
  });
});

describe('an intensifier before the customer’s act in a question (matched with hedges kept)', () => {
  flags('confrontation', [
    'Did you honestly check the spam folder?',
    'You really thought the coupon covered delivery too?',
    'Seriously, you want the whole order redone?',
  ]);
  clean('a neutral check', [
    'Did you manage to check the spam folder?',
    'Have you actually received the invoice yet?',
  ]);
});

describe('busy with the subject dropped', () => {
  flags('dismissal', ['Rather snowed under today, call back tomorrow.']);
  clean('busy, and back soon', ['Bit busy right now, but I’ll be with you in two minutes.']);
});

describe('rules followed, not owned; the remit named with no handover', () => {
  flags('policy-shield', [
    'It’s all in the contract, I only apply it.',
    'We just follow the guidelines.',
  ]);
  flags('passing-the-buck', ['I only deal with renewals, mate.']);
  clean('with a handover or an act for the customer', [
    'I only handle renewals, but I’ll put you through to Sam in claims now.',
    'I just do the booking for you and email you the tickets.',
  ]);
});

describe('our side run down, named by "here"', () => {
  flags('unprofessional', ['The phone system here is a total shambles.']);
  clean('our side named without a verdict', ['The booking system here is new, so bear with me.']);
});

describe('sent to a manager under a condition of the customer’s wish', () => {
  flags('passing-the-buck', [
    'If you want a discount you’ll have to ask the store manager.',
    'If you don’t like the quote you’ll need to call head office yourself.',
  ]);
  clean('the need inside the condition', [
    'Should you need to speak to the store manager, she’s in until five.',
  ]);
});

describe('a certainty on an outcome out of the agent’s hands, vouched for', () => {
  flags('false-reaction', [
    'Your refund will absolutely go through, trust me.',
    '必ず審査に通ります。私が保証いたします。',
  ]);
  clean('the agent’s own act, which the agent can promise', [
    'I’ll definitely ring you back by four, I promise.',
    '必ずお電話いたします。お約束します。',
  ]);
});

describe('advice by the customer’s own good', () => {
  clean('a reason of safety in the sentence', [
    'You should back up your photos first, just to be safe.',
  ]);
});

describe('Japanese: the matter put elsewhere, brushed off, or left to read', () => {
  flags('passing-the-buck', ['それはカード会社の問題ですから。', '弊社に言われても困ります。']);
  flags('blame', ['当社の責任ではないですよ。']);
  flags('dismissal', ['それぐらいのへこみなら気にしなくていいですよ。']);
  flags('order', ['ホームページに全部載っていますので、そちらを読んでください。']);
  clean('the agent acts on it', [
    'カード会社側の問題でしたので、こちらから連絡して手続きを済ませました。',
    '詳しい手順はホームページに載っていますので、一緒に確認しましょうか。',
  ]);
});

describe('vague follow-ups, resignation, reproach and the request called too much', () => {
  flags('dismissal', [
    'The team will look into it at some point.',
    'The last coach is full, and that’s just where things stand.',
    'Never had a single complaint about the heaters before yours.',
  ]);
  flags('confrontation', ['Why didn’t you just ring us first?', 'That’s rather a lot to ask.']);
  flags('passing-the-buck', ['Ring the insurer about it.']);
  clean('a time left to the customer, a request that is fine, a third party with its number', [
    'Feel free to try again whenever suits you.',
    'That’s not too much to ask at all.',
    'Please call the hotel directly about it on 01223 456789.',
  ]);
});

describe('who the "you" after a past act of ours is', () => {
  flags('dismissal', ['Never had one complaint about the wifi until you.']);
  clean('the agent owning an omission towards the customer', [
    'I noticed we never booked you a taxi, let me do that now.',
  ]);
});

describe("a noun's \"'s the\" as a copula; the agent's side acting in Japanese", () => {
  flags('passing-the-buck', ['Wiring’s the electrician’s job.']);
  clean('our side does it (こちらで)', ['運送会社側のミスでしたので、こちらで再発送いたします。']);
});

describe('doubt marked by a kept hedge', () => {
  flags('doubt', ['Really? Our kettles never leak.', 'I’d need proof you really sent it.']);
  clean('surprise with sympathy or action; a plain requirement', [
    'Really? I’m so sorry, that should never happen - let me refund it.',
    'I’ll need proof of purchase, and then I can swap it today.',
  ]);
});

describe('Japanese: the request called unreasonable', () => {
  flags('confrontation', ['そのご依頼はちょっと無理があるのではないでしょうか。']);
  clean('asking after the customer’s burden', ['ご無理のない範囲でお願いします。']);
});

describe('doubt of the state the customer found', () => {
  flags('doubt', [
    'Are you certain it wasn’t scratched before you brought it in?',
    'Are you positive that wasn’t like that already?',
  ]);
  clean('a request confirmed', ['Are you sure you want to move the booking to Friday?']);
});
