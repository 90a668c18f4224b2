import { describe } from 'vitest';
import { flagsAs, modelClean, staysClean } from './phrases-helpers.js';

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

describe('order: the written rule form closing the sentence, a と inside a word or a list before it', () => {
  flagsAs('order', [
    '工具はすべてパレットの上にまとめておくこと。',
    '明日の朝までにヘルメットとグローブを返却しておくこと。',
  ]);
  staysClean(['明日の朝までに返却するようにとのこと。']);
});

describe('sent away until the superior is in: come or call again at a time set by the boss', () => {
  flagsAs('send-to-manager', ['部長が在席している時に、もう一度お電話ください。']);
  staysClean(['部長が在席している時に、私からお電話いたします。']);
});

describe('a proposal or a caution closing the sentence: an offer and advice, not a refusal or blame', () => {
  modelClean('proposal or caution', [
    'サイズが合わなかったため、一つ上のサイズに交換するのはいかがでしょうか。',
    '工事の都合で当日は伺えないため、翌日の午前に変更するのはいかがでしょうか。',
    'ご来店の際は、予約番号をお間違えのないようご注意ください。',
  ]);
});

describe('doubt: 本当に… put to who served them, a reason left standing after it', () => {
  flagsAs('doubt', ['本当に当店の配達員でしたか。この辺りは似た制服の業者が多いので。']);
  staysClean(['本当にキャンセルしてよろしいですか。三日以内なら元に戻せます。']);
});
