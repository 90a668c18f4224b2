import { describe, expect, test } from 'vitest';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { reproachQuestionJa } from '../../src/judge/phrases/ja-reproach-question.js';
import { ruleCitedJa } from '../../src/judge/phrases/ja-rule-cited.js';
import { foldForPhrases } from '../../src/judge/phrases/phrase-patterns.js';
import { resources } from './phrases-helpers.js';

// Japanese read by structure (session 23): a yes/no question about the customer's own past act
// marked as their handling (ja-reproach-question.ts), a written rule cited with only a refusal after
// it (ja-rule-cited.ts), and "really?" answered by what we know left hanging on けど
// (ja-doubt-account.ts). Questions that gather a fact, rules given as information and the same
// with the agent's act or an alternative after stay clean.

const flagged = (text: string) =>
  detectPhrases(text, resources.phraseLists, resources.replyModel).length > 0;
const ja = resources.phraseLists.find((l) => l.lang === 'ja');
if (!ja) throw new Error('no Japanese list');
const reproach = (text: string) => reproachQuestionJa(foldForPhrases(text).text, ja, new Set());
const cited = (text: string) => ruleCitedJa(foldForPhrases(text).text, ja, new Set());

describe('the customer reproached by a question about their own past act', () => {
  test.each([
    '取扱説明書をお読みにならなかったんですか?',
    '配達の人に受領印を押す前に箱を開けなかったんですか？',
    '防水スプレーもかけずに雨の中で使ったんですか？',
    '炊飯器を保温のまま一晩置いていたんですか?',
    '充電器を差しっぱなしにしていたんですか？',
    'ベランダに出しておいたんですか？どうしてそんなことを。',
  ])('%s', (text) => {
    expect(reproach(text)).toBeDefined();
    expect(flagged(text)).toBe(true);
  });
});

describe('questions about the past that gather a fact or lead to our act', () => {
  test.each([
    'いつ頃お受け取りになったんですか？',
    'どちらのお店でお買い求めになったんですか？',
    'もう届いたんですか？',
    'お荷物が届かなかったんですか？',
    'お電話をいただけなかったんですか？',
    '乾燥機を使わずに干されたんですか？それなら生地の不良ですので、交換いたします。',
    '箱に入れたまま保管されたんですか？新しいものをお送りします。',
  ])('%s', (text) => {
    expect(reproach(text)).toBeUndefined();
  });
});

describe('a written rule cited as the whole answer', () => {
  test.each([
    '会社の方針で、名入れ済みのグラスは交換不可です。',
    '約款の第八条に書いてあります。お読みください。',
    '規定により、開封後の返品はお受けしておりません。',
    '規約に記載がありますので、ご了承ください。',
  ])('%s', (text) => {
    expect(cited(text)).toBeDefined();
    expect(flagged(text)).toBe(true);
  });
});

describe('a rule given as information, or with a way forward after it', () => {
  test.each([
    '規約では、購入から十四日以内なら返品できます。',
    '規定により当日の払い戻しはいたしかねますが、振替のチケットをご用意できます。',
    '約款に記載のとおり、初回の点検は無料です。',
    '方針で決まっておりますが、店長の判断で例外も可能です。',
  ])('%s', (text) => {
    expect(cited(text)).toBeUndefined();
  });
});

test('"really?" answered by what we know, left hanging on けど, doubts the account', () => {
  expect(
    flagged('本当に開けた時点で割れていたんですか?配送員は置く前に写真を撮っていますけど。'),
  ).toBe(true);
  expect(flagged('本当にご不便をおかけしました。すぐに代わりの品をお送りします。')).toBe(false);
});

test('a refusal told as a decision, with nothing offered, is a refusal; a requirement in that frame is not', () => {
  expect(
    flagged('お待たせいたしました。ご相談の壁紙の張り替えは、お引き受けできないことになりました。'),
  ).toBe(true);
  expect(flagged('恐れ入りますが、今回の出張修理は承れないこととなりました。')).toBe(true);
  expect(
    flagged('出張修理はお受けできないことになりましたが、持ち込みでしたら当日中に修理できます。'),
  ).toBe(false);
  expect(flagged('ご来場の際は、入場券をお持ちいただくことになっております。')).toBe(false);
});
