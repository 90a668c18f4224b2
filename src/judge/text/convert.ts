import * as OpenCC from 'opencc-js/t2cn';

type ConvertFn = (text: string) => string;

let phraseConverter: ConvertFn | undefined;
let charConverter: ConvertFn | undefined;

/** Traditional → Simplified, phrase-aware (Taiwan usage: 軟體 → 软件). Built on first use. */
export function toSimplified(text: string): string {
  const convert = phraseConverter ?? OpenCC.Converter({ from: 'twp', to: 'cn' });
  phraseConverter = convert;
  return convert(text);
}

/** Traditional → Simplified for one character (or surrogate pair), length-stable. */
export function toSimplifiedChar(ch: string): string {
  const convert = charConverter ?? OpenCC.Converter({ from: 'tw', to: 'cn' });
  charConverter = convert;
  return convert(ch);
}

/** Builds both converters now (their dictionaries take a noticeable moment), not on first use. */
export function prepareConversion(): void {
  toSimplified('');
  toSimplifiedChar('');
}
