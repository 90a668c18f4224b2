import { describe } from 'vitest';
import { flagsAs, modelClean, staysClean } from './phrases-helpers.js';

// Japanese acts of session 32 (issue 11), each in sentences written for this test.
describe('refusal told as a decision: a verb of turning down or a verdict noun, then なりました', () => {
  flagsAs('refusal', [
    'ご依頼の追加撮影ですが、本部で不可という判断になりました。',
    '値引きのご相談は、今回は見送らせていただくことになりました。',
    '延長のお申し出は、上の者の判断で認めないということになりました。',
  ]);
  staysClean([
    '手数料はかからないことになりました。',
    '身分証をお持ちいただくことになっております。',
  ]);
  // でしたら + a positive potential after the refusal: what the customer can do instead.
  modelClean('refusal with an alternative', [
    '分割払いはお受けできないことになりましたが、銀行振込でしたら二回に分けられます。',
  ]);
});

describe("the customer's request echoed back as a bare order in a question", () => {
  flagsAs('confrontation', [
    '今週中に全部作り直せと?',
    '配送料もうちで持てとおっしゃるんですか。',
    '一晩で全部翻訳しろということですか?',
  ]);
  staysClean(['それと?', '明日までに仕上げろということですか?すぐに工房に確認いたします。']);
});

describe("blame by a cleft of cause: the outcome put down to the customer's slip", () => {
  flagsAs('blame', [
    '鍵が開かなかったのは、お客様がお送りくださった暗証番号が違っていたからです。',
    '写真がぼやけたのは、レンズの拭き方が甘かったからですね。',
    'ご注文が届かなかったのは、ご住所の部屋番号が抜けていたためです。',
  ]);
  staysClean([
    '荷物が遅れたのは、台風で便が欠航したからです。',
    '請求が二重になったのは、こちらの入力漏れが原因です。',
    '請求が二重になったのは、ご入力の番号が違っていたからです。すぐに一件分を返金いたします。',
  ]);
});

describe('a question reproaching what the customer did not think of or look up', () => {
  flagsAs('confrontation', [
    '旅行の前に保険のことは調べなかったんですか。',
    'キャンセル料のことは考えなかったんですか?',
  ]);
  staysClean(['いつ頃お気づきになったんですか。', '昨日はお店に来られたんですか。']);
});

describe('dead end: a potential lost (…なくなりました) with nothing after', () => {
  flagsAs('refusal', [
    'ご予約の貸し切りバスですが、運転手の急病で当日は出せなくなりました。',
    'ご注文の限定版は、出版社の都合でお届けできなくなりました。',
  ]);
  staysClean([
    'ご予約の会場は工事のため使えなくなりました。同じ日に隣の会場をご用意できます。',
    '画面が見えなくなりました。',
  ]);
});

describe("the customer's slip named: a verb stem + 違い, an honorific お間違え asked back", () => {
  flagsAs('blame', [
    'それはお客様の聞き違いですね。',
    'お客様の書き違いではないでしょうか。',
    '別の日付とお間違えではないですか。',
  ]);
});

describe('not our desk, then the answer trails off or the customer is sent there', () => {
  flagsAs('passing-the-buck', [
    '返金の件は私の担当外なんで、何とも。',
    'それは窓口が違うので、私にはちょっと。',
    '傷は配送業者の責任ですので、そちらに直接おっしゃってください。',
  ]);
  staysClean([
    '返金の件は私の担当外なので、担当の者におつなぎいたします。',
    '傷は配送業者の責任ですので、私から先方に確認いたします。',
  ]);
});
