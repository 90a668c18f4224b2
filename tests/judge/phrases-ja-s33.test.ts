import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Japanese acts of session 33 (issue 11), each in sentences written for this test.
describe("blame: a cleft of cause closing on a fault noun, the customer's side named", () => {
  flagsAs('blame', [
    '届かなかったのは、お客様側の住所登録の問題です。',
    '部品が合わなかったのは、そちらの採寸の問題ですね。',
  ]);
  staysClean([
    '届かなかったのは、こちらの手配の問題です。申し訳ございません、本日再発送いたします。',
  ]);
});

describe("dead end: the customer's own thing come off or left out, closing the sentence", () => {
  flagsAs('refusal', [
    'お預かりしていた傘の留め具が、乾燥中に取れてしまいました。',
    'ご寄贈いただいたベンチは、改修工事の際に設置から漏れてしまいました。',
  ]);
  staysClean([
    'お預かりしていた時計のベルトが外れてしまいました。同じ型のベルトを取り寄せ、金曜までにお付けします。',
  ]);
});
