import { describe, expect, test } from 'vitest';
import { replyProblems } from '../../src/judge/reply-problems.js';
import { flagsAs, resources, staysClean } from './phrases-helpers.js';

// Session 21 (English, Japanese): acts read by what follows them, from the misses of rounds
// 12ac–12af, pinned here in other words and domains.

const checked = (text: string, lang: 'en' | 'ja') =>
  replyProblems(text, resources.phraseLists, resources.replyModel, lang).map((h) => h.act);

describe('not knowing, then someone undertaking to reach the customer', () => {
  staysClean([
    "I don't know off the top of my head. Priya in our repair bay will, and I'll ask her to call you before five.",
    "I'm not sure offhand whether the grant covers lofts; Tom in surveys does, I'll get him to email you today.",
    "I don't know that offhand — our vet Dr Okafor will phone you this evening to go through it.",
  ]);
  flagsAs('refusal', [
    "I don't know whether the engineer will ring you.",
    "I don't know. Nobody will call you about it.",
    "I don't know, you can call them yourself.",
  ]);
});

describe('a "no" joined to a protecting one, about the same thing', () => {
  staysClean(['We never share your recordings, and we never play them in training sessions.']);
  flagsAs('dismissal', ['We never sell your data, and we never refund late orders.']);
});

describe('an imperative joined by "and" to what the agent\'s side will then do', () => {
  staysClean([
    'Drop the drone at the counter and our engineer will look at the gimbal while you wait.',
    'Send the photos over and we will check them this afternoon.',
  ]);
  flagsAs('order', ['Bring it in and wait there.']);
});

describe("the customer's own policy said not to end", () => {
  staysClean(["No, the policy won't expire while the claim is open; it runs to March."]);
  flagsAs('policy-shield', ["No, the policy won't allow that."]);
});

describe('after an answering "no", a need denied', () => {
  test.each([
    ["Nope, the boards are all waterproof, so you won't need a cover.", 'en'],
    ['いいえ、ケーキは冷蔵でお届けしますので、温度を気にする必要はありません。', 'ja'],
  ] as const)('%s stays clean', (text, lang) => {
    expect(checked(text, lang)).toEqual([]);
  });
});

describe('a refusal said as a noun: "X is not something we are able to do"', () => {
  flagsAs('refusal', [
    "Re-stringing a harp that old isn't something we're able to do.",
    'A weekend delivery is not something that can be booked.',
  ]);
  staysClean(["That isn't something we can do today, but I can book you in for Monday."]);
});

describe('an imperative of lowering with "it" or the volume as object: calm down in other words', () => {
  flagsAs('dismissal', ['Right, tone it down a little, please.', 'Whoa, wind it down a notch.']);
  staysClean(['Take it down to the depot and they will weigh it.', "We'll turn it down for you."]);
});

describe('Japanese: the customer sent to the boss with a verb of addressing in the て-form', () => {
  flagsAs('send-to-manager', ['交換のことは、店長に直接交渉してください。']);
  staysClean(['店長に掛け合ってみますので、少々お待ちください。']);
});

describe("Japanese: the customer's request given back as a bare imperative and asked", () => {
  flagsAs('confrontation', [
    'え、明日までに全部作り直せってことですか？',
    '今すぐ返金しろってことですか？',
  ]);
  staysClean([
    '来週ってことですか？',
    '色を変えるってことですか？',
    'これだけってことですか？',
    'それってことですか？',
  ]);
});
