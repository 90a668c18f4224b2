import { describe } from 'vitest';
import { flagsAs, staysClean } from './phrases-helpers.js';

// Chinese acts of session 14 (issue 11), each in sentences written for this test.
describe('written Cantonese is also read as Mandarin, so the Mandarin wordings reach it', () => {
  // 俾人订咗 is 被人订了, 系 is 是, 啩 guesses as 吧: the Mandarin classes then apply.
  flagsAs('refusal', ['星期六嗰場已經俾人訂咗。', '你揀嗰隻顏色廠方已經停產咗。']);
  flagsAs('blame', ['張單係你自己填錯嘅啩?']);
  // 俾你等 lets you wait (让你等): a promise about the agent's own conduct, as in Mandarin.
  staysClean(['我哋唔會俾你等好耐,技師已經出咗門。', '我哋唔會要你等好耐,師傅離你嗰度五分鐘路啫。']);
});
