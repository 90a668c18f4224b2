// Work normalise saves (counted, never timed): no script conversion for text that has nothing
// to convert.
import { describe, expect, it } from 'vitest';
import {
  FIRST_CONVERTIBLE,
  phraseConversions,
  toSimplified,
  toSimplifiedChar,
} from '../../src/judge/text/convert.js';
import {
  DETECTOR_FOLDS,
  detectorText,
  normalise,
  plainYouText,
} from '../../src/judge/text/normalise.js';

describe('script conversion', () => {
  it('changes no character below FIRST_CONVERTIBLE, alone or in a run', () => {
    const below: string[] = [];
    for (let c = 0x20; c < FIRST_CONVERTIBLE; c++)
      if (c < 0xd800 || c > 0xdfff) below.push(String.fromCodePoint(c));
    for (const ch of below) {
      expect(toSimplified(ch)).toBe(ch);
      expect(toSimplifiedChar(ch)).toBe(ch);
    }
    const run = below.join('');
    expect(toSimplified(run)).toBe(run);
  });

  it('is not asked for text without CJK characters; Traditional text is still converted', () => {
    const before = phraseConversions();
    const plain = normalise('So you waited “twelve” days — is that right? Ms Chen, café №5');
    expect(phraseConversions()).toBe(before);
    expect(plain.text).toBe('so you waited "twelve" days - is that right? ms chen, café no5');
    expect(plain.converted).toBe(true);
    const folded = normalise('I see — “that” is it', DETECTOR_FOLDS);
    expect(folded.text).toBe('i see , “that” is it');
    expect(phraseConversions()).toBe(before);
    expect(normalise('這個軟體不是我的工作').text).toBe('这个软件不是我的工作');
    expect(phraseConversions()).toBe(before + 1);
    // Words of the service desk keep their everyday sense, not the Taiwan computing one.
    expect(normalise('您的行程和資料都收到了，這個物件明天寄出').text).toBe(
      '您的行程和资料都收到了,这个物件明天寄出',
    );
  });
});

describe('the detector and plain-you folds of an answer normalised once', () => {
  const texts = [
    "So you've waited twelve days, is that right?",
    "I CAN'T help — ask “them”",
    'We are full - nothing left, sorry',
    'line one\nline two',
    '您說已經等了兩個星期，對嗎？',
    '妳好「客服」～請稍等',
    'アリガトウ、您',
    'tab\there  and `quotes`',
  ];

  it('are what normalise gives with those options', () => {
    for (const t of texts) {
      expect(detectorText(normalise(t))).toEqual(normalise(t, DETECTOR_FOLDS));
      expect(plainYouText(normalise(t))).toBe(normalise(t, { plainYou: true }).text);
    }
  });

  it('hand back the answer itself when the folds cannot change it', () => {
    const plain = normalise("So you've waited twelve-odd days, is that right?");
    expect(detectorText(plain)).toBe(plain);
    const dashed = normalise('We are full - nothing left');
    expect(detectorText(dashed)).not.toBe(dashed);
    const broken = normalise('two\nlines');
    expect(detectorText(broken)).not.toBe(broken);
    // Chinese text is normalised once when it has nothing the folds change.
    const zh = normalise('您好，這個訂單已經寄出了！明天到。');
    expect(detectorText(zh)).not.toBe(zh);
    const plainZh = normalise('你好，這個訂單已經寄出了！明天到。');
    expect(detectorText(plainZh)).toBe(plainZh);
  });

  it('agree with normalise for every character from U+2000 on, alone and between words', () => {
    const wrong: string[] = [];
    for (let c = 0x2000; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const t of [ch, `我们${ch}你们`, `it ${ch} is`]) {
        const once = detectorText(normalise(t));
        const own = normalise(t, DETECTOR_FOLDS);
        if (once.text !== own.text || once.starts.join() !== own.starts.join()) wrong.push(t);
      }
    }
    expect(wrong).toEqual([]);
  });
});
