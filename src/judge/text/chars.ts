/** Character classes shared by normalisation, matching and the question classifier. */

export function isKana(c: number): boolean {
  return (
    (c >= 0x3041 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f)
  );
}

export function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x2ffff) ||
    c === 0x3005 // 々
  );
}

/** Han, kana, or CJK punctuation: text written without spaces between words. */
export function isCjk(c: number): boolean {
  return isHan(c) || isKana(c) || (c >= 0x3000 && c <= 0x303f);
}

/** A letter or digit of a space-separated script (Latin, Greek, Cyrillic, …) or a digit. */
export function isWordChar(c: number): boolean {
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  }
  if (isCjk(c)) return false;
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(c));
}

const KANA_RE = /[\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;
const HAN_RE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const LATIN_RE = /[A-Za-z]/;

/** Text with hiragana or katakana is Japanese: never convert it to Simplified Chinese. */
export function hasKana(text: string): boolean {
  return KANA_RE.test(text);
}

/** Text with a CJK ideograph (of the common blocks). */
export function hasHan(text: string): boolean {
  return HAN_RE.test(text);
}

export type Script = 'ja' | 'zh' | 'en';

/** A rough guess at the language family of a piece of text. */
export function detectScript(text: string): Script {
  if (KANA_RE.test(text)) return 'ja';
  if (HAN_RE.test(text)) return 'zh';
  if (LATIN_RE.test(text)) return 'en';
  return 'en';
}
