import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Session 14 (en/ja): classes by what follows and who acts, from blind round 2026-12n's first-run
// misses and probe-phen-s14's first run; the examples here are new wordings.

describe('bad news followed only by closing courtesy is still the last act', () => {
  flagsAs('refusal', [
    'The 7:10 ferry has been withdrawn. Have a good day!',
    'The hall is fully booked. Thank you for calling.',
    'The night tour is fully booked. Is there anything else I can help with?',
    'その便は満席となりました。失礼いたします。',
  ]);
  staysClean([
    "The 7:10 ferry has been withdrawn. Take care, I'll email you the new timetable tonight.",
    'There is full accessible parking at the hotel. Anything else?',
    'その便は満席となりましたが、翌日の便をご用意いたします。',
  ]);
});

describe('"your call" / "your choice" as the subject of its own verb is not the choice handed back', () => {
  staysClean([
    'Your call is important to us, please stay on the line.',
    'Thanks for holding; your call may be recorded for training.',
  ]);
  flagsAs('dismissal', ["That's your call.", 'Your call, not mine.']);
});

describe("a decision against the customer's request, in the passive, refuses", () => {
  flagsAs('refusal', [
    'Your appeal against the parking fine was unsuccessful.',
    'Your application for the June intake has not been approved.',
  ]);
  staysClean([
    'Your claim has not been approved yet.',
    'Your application was successful, welcome aboard!',
  ]);
});

describe('a matter handled by some other unit, with no handover, passes the buck', () => {
  flagsAs('passing-the-buck', [
    'Lost-card claims are handled by a different department.',
    'Boundary disputes go through another office.',
  ]);
  staysClean([
    "Lost-card claims are handled by a different department, so I'm transferring you now.",
    'Refunds normally go through another team, but I can process this one myself.',
  ]);
});

describe('our own side, or what we use, called a rip-off or useless', () => {
  flagsAs('unprofessional', [
    'Honestly, our booking fee is a rip-off.',
    'The couriers we use are hopeless, I know.',
    'うちの配送って本当にぼったくりですよね。',
    'うちの工房は仕事が遅くて、すみません。',
  ]);
  staysClean(['The couriers we use are excellent.', 'Our fee is the same as last year.']);
});

describe('ja: making, selling or lending brought to an end, with no next step', () => {
  flagsAs('refusal', [
    'その型番はメーカーが製造を終了しました。',
    '自転車の貸し出しは先月で終わりました。',
  ]);
  staysClean([
    'この型は生産を終了しましたが、後継機をご用意しております。',
    '点検は終了しました。異常はございません。',
    '申し訳ございません、その柄は販売終了となりましたが、近いものを二点お取り置きしております。',
  ]);
});

describe('ja: no plan for a change, then ご安心ください, reassures', () => {
  staysClean(['料金を値上げする予定はございませんので、ご安心ください。']);
  flagsAs('refusal', ['再入荷の予定はございません。']);
});

describe('a certainty given right after admitting nothing was checked is false reassurance', () => {
  flagsAs('false-reaction', [
    "I haven't looked at the booking yet, but it will definitely be fine.",
    "We haven't heard back from the mill, but the curtains are 100% ready on Monday.",
    'That swelling clears up on its own, nothing to worry about.',
  ]);
  staysClean([
    "I haven't checked the stock yet, but I'll definitely call you back by four.",
    'The part is definitely in stock, I checked this morning.',
  ]);
});

describe("the customer's account set against our own record doubts it", () => {
  flagsAs('doubt', [
    'You say you paid twice, but the system shows one payment.',
    'You claim the fitter never came, but our records show a visit at ten.',
  ]);
  staysClean([
    "You said it never arrived, but the tracker shows it went to the wrong street — I'll resend it today.",
    'You said the box was damaged; our records show it left us intact, so I have opened a claim with the courier.',
  ]);
});

describe("a bad outcome put down to the customer's own act is blame", () => {
  flagsAs('blame', [
    'The glaze cracked because you fired it too quickly.',
    "The seedlings died since you didn't water them.",
  ]);
  staysClean([
    "It broke, but not because you did anything wrong — it's a known fault and I'll replace it.",
    'The payment failed because we sent the wrong link; here is the right one.',
  ]);
});

describe('"you" opening a relative clause after a longer noun phrase names the thing, not the actor', () => {
  flagsAs('refusal', [
    'The set of dining chairs you ordered has been discontinued.',
    'The box of old letters you asked for is in storage until further notice.',
  ]);
  staysClean([
    "The set of dining chairs you ordered has been discontinued, so I've put two similar sets aside for you.",
  ]);
});

describe("confusion caused by something named is a feeling acknowledged, not the customer's error", () => {
  staysClean([
    'You must be confused by all these forms — let me go through them with you.',
    'You must be so confused by the two letters we sent.',
  ]);
  flagsAs('blame', [
    'You must be confused with another shop.',
    'You must be confused, we never sold that.',
  ]);
});

// After probe-phen-s14b's first run (tuned): the same classes a little wider.
describe('s14b: out on hire / no longer made, a degree word before the verdict, bookings closed', () => {
  flagsAs('refusal', [
    'The marquee you booked is out on hire that day.',
    'That printer cartridge is no longer stocked.',
    '年末のご予約は締め切りました。',
  ]);
  flagsAs('unprofessional', [
    'Our helpline is a total joke.',
    'The couriers we have been using are useless.',
  ]);
  staysClean([
    '今後も料金を上げる予定はございません。',
    'The marquee is no longer out on hire, so it is yours on Saturday.',
  ]);
});
