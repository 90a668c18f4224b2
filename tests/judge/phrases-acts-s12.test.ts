import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Session 12 (issue 11): classes of the English and Japanese misses of blind round 2026-12k.

describe('"whatever" said as a clause of its own brushes the matter off, whatever follows', () => {
  flagsAs('dismissal', [
    'yeah whatever, someone will look at the boiler eventually',
    'Whatever, we’ll note it down.',
  ]);
  staysClean([
    'Whatever colour you go for, the fitting is free.',
    'Sure, whatever day works for you, I’ll pencil the engineer in.',
  ]);
});

describe('"why would you" + any act of the customer’s own is a reproach', () => {
  flagsAs('confrontation', [
    'Why would you wash a silk scarf at sixty degrees?',
    'Why would you park a motorhome under a tree full of crows?',
  ]);
  staysClean([
    'Why would you be charged twice? Let me look at the card payments now.',
    'Why would you need to pay the deposit again? I’ll check what happened.',
  ]);
});

describe('the source of the customer’s belief questioned', () => {
  flagsAs('confrontation', ['What made you believe a paper lantern was waterproof?']);
  staysClean(['What made you choose our bakery for the wedding cake?']);
});

describe('the customer said not to understand, the "not" after seem or appear', () => {
  flagsAs('confrontation', [
    'You seem not to understand how the tenancy deposit works.',
    'You don’t appear to get why the lens needs a week.',
  ]);
  staysClean(['It seems the leaflet didn’t explain how the tenancy deposit works — sorry.']);
});

describe('ja: a service or an item come to its end told as done, with no next step', () => {
  flagsAs('refusal', [
    '書道講座の四月分は講師の体調不良により休講となりました。',
    'ご注文いただいた青いマグカップは生産終了になりましたので、再販の予定はございません。',
  ]);
  staysClean([
    '書道講座の四月分は休講となりましたが、五月に振替授業をご用意しております。',
    'ご希望どおり、四月分の受講は取りやめとなりました。',
  ]);
});

describe('ja: why the customer acted without doing something, as a reproach', () => {
  flagsAs('confrontation', ['なぜサイズを測らずに注文されたんですか？']);
  staysClean(['なぜ交換をご希望なのか、お聞かせいただけますか。']);
});

describe('ja: a limit, then a colleague who knows or is coming, or an extension', () => {
  staysClean([
    '申し訳ございません、私では分かりかねますが、係の山本が存じております。',
    '私には分かりかねますが、担当の者がすぐに参ります。',
  ]);
});

describe('a service put outside what the agent’s own premises do, with no handover', () => {
  flagsAs('passing-the-buck', [
    'Engraving trophies isn’t something this store does.',
    'Re-stringing harps is not something we take on.',
  ]);
  staysClean([
    'Re-stringing harps is not something we take on, but I can give you the number of a harp maker.',
  ]);
});

describe('the thing gone, told as a past event, as the reply’s last act', () => {
  flagsAs('refusal', ['Sorry, the pottery taster for Sunday filled up this morning.']);
  staysClean([
    'The taster usually fills up by Friday, so do book soon.',
    'We ran out of the oat loaves at noon, but there will be more tomorrow at eight.',
  ]);
});

describe('the customer’s account of what was done to their thing doubted as a question', () => {
  flagsAs('doubt', ['Are you sure the jacket was dry-cleaned at this branch?']);
  staysClean([
    'Are you sure the jacket was dry-cleaned at this branch? I can check our tickets for it now.',
    'Are you sure you want the jacket shortened?',
  ]);
});

describe('a mishap of the customer’s with “how did you manage to” / “how could you” is a reproach', () => {
  flagsAs('confrontation', [
    'How did you manage to snap the ski pole on day one?',
    'How could you drop the phone in the lake?',
  ]);
  staysClean(['How did you manage to fit the shelf on your own? It looks great.']);
});
