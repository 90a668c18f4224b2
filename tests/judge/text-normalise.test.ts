import { describe, expect, it } from 'vitest';
import {
  DETECTOR_FOLDS,
  normalise,
  originalSlice,
  parseChineseNumeral,
} from '../../src/judge/text/index.js';

function sliceOf(original: string, needle: string): string | null {
  const n = normalise(original);
  const at = n.text.indexOf(needle);
  return at < 0 ? null : originalSlice(n, at, at + needle.length);
}

describe('normalise', () => {
  it('folds width, case and punctuation of every script', () => {
    expect(normalise('ＨＥＬＬＯ，Ｗｏｒｌｄ！').text).toBe('hello,world!');
    expect(normalise('好的。请问？').text).toBe('好的.请问?');
    expect(normalise('はい、そうです〜').text).toBe('はい,そうです~');
    expect(normalise('はい～').text).toBe('はい~');
    expect(normalise('“quoted” ‘x’').text).toBe('"quoted" \'x\'');
  });

  it('folds white space and drops it around CJK text', () => {
    expect(normalise('  a \t\n b  ').text).toBe('a b');
    expect(normalise('我们 会在 3 个工作日').text).toBe('我们会在3个工作日');
    expect(normalise('a\u3000b').text).toBe('a b');
  });

  it('converts Traditional to Simplified but never Japanese', () => {
    expect(normalise('請問您還有什麼需要幫忙的嗎').text).toBe('请问您还有什么需要帮忙的吗');
    const ja = normalise('確認いたします');
    expect(ja.text).toBe('確認いたします');
    expect(ja.japanese).toBe(true);
    expect(ja.converted).toBe(false);
  });

  it('keeps the phrase conversion where a character outside the BMP changes the length', () => {
    // 嗰 converts to 𠮶 (two UTF-16 units); 拉鍊 is still 拉链 (鍊 alone is 炼).
    const n = normalise('嗰條拉鍊爆咗');
    expect(n.text).toBe('𠮶条拉链爆咗');
    expect(sliceOf('嗰條拉鍊爆咗', '拉链')).toBe('拉鍊');
    expect(normalise('我買嗰條項鍊').text).toContain('项链');
  });

  it('turns katakana (full and half width) into hiragana', () => {
    expect(normalise('アリガトウ').text).toBe('ありがとう');
    expect(normalise('ｶﾞｲﾄﾞ').text).toBe('がいど');
  });

  it('expands English contractions, curly apostrophes too', () => {
    expect(normalise("Don't worry, I'm here").text).toBe('do not worry, i am here');
    expect(normalise('It’s fine, you’re right, we’ll see').text).toBe(
      'it is fine, you are right, we will see',
    );
    expect(normalise("can't cannot won't isn't").text).toBe('can not can not will not is not');
    expect(normalise("John's order").text).toBe("john's order");
  });

  it("reads a noun's 's before been as has, the possessive elsewhere", () => {
    expect(normalise("Your lesson's been cancelled").text).toBe('your lesson has been cancelled');
    expect(normalise("The lesson's beenie hat").text).toBe("the lesson's beenie hat");
  });

  it('writes Chinese numerals that name a quantity as digits', () => {
    expect(normalise('二十七卷').text).toBe('27卷');
    expect(normalise('三个工作日').text).toBe('3个工作日');
    expect(normalise('兩天').text).toBe('2天');
    expect(normalise('一起去').text).toBe('一起去');
    expect(parseChineseNumeral('两万三千')).toBe(23000);
    expect(parseChineseNumeral('二〇二四')).toBe(2024);
    expect(parseChineseNumeral('十二')).toBe(12);
  });

  it("adds the phrase detector's folds on request", () => {
    const n = normalise('請妳稍等——您說「我不管」～\n好的', DETECTOR_FOLDS);
    expect(n.text).toBe('请你稍等,,你说“我不管”,\n好的');
    expect(normalise('“a” "b"', { pairedQuotes: true }).text).toBe('“a” "b"');
    expect(normalise('a\n\n b').text).toBe('a b');
    expect(normalise('a\n\n b', { keepNewlines: true }).text).toBe('a\nb');
    expect(normalise("you're gonna have to").text).toBe('you are going to have to');
  });

  it('maps every normalised range back to the original answer', () => {
    expect(sliceOf('ｒｅｆｕｎｄ　ＴＯＤＡＹ', 'refund today')).toBe('ｒｅｆｕｎｄ　ＴＯＤＡＹ');
    expect(sliceOf('我們會在三個工作日內處理', '3个工作日')).toBe('三個工作日');
    expect(sliceOf("Sorry, we can't do that", 'can not do')).toBe("can't do");
    expect(sliceOf('お問い合わせアリガトウ', 'ありがとう')).toBe('アリガトウ');
    expect(sliceOf('見て😀ください', 'ください')).toBe('ください');
  });
});
