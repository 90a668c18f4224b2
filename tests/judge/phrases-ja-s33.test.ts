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
