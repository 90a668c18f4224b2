import type { DictGroup } from 'opencc-js/t2cn';
import * as OpenCC from 'opencc-js/t2cn';

type ConvertFn = (text: string) => string;

let phraseConverter: ConvertFn | undefined;
let charConverter: ConvertFn | undefined;
let conversions = 0;

/** How many texts went through the phrase converter: lets tests bound the work, not time it. */
export const phraseConversions = (): number => conversions;

/**
 * The first code point either converter changes, alone or as the start of a phrase (checked
 * against the opencc-js t2cn dictionaries): text below it is the same in both scripts.
 */
export const FIRST_CONVERTIBLE = 0x2e80;

/**
 * Taiwan computing terms that are everyday words at a service desk, where the mainland says the
 * same word: 行程 is the customer's itinerary (not 进程, a process), 資料 their documents (not
 * 数据), 物件 an item (not 对象). Put first, they win over the Taiwan phrase dictionary.
 */
const SERVICE_WORDS = '行程 行程|資料 資料|物件 物件';

/** Traditional → Simplified, phrase-aware (Taiwan usage: 軟體 → 软件). Built on first use. */
export function toSimplified(text: string): string {
  const convert =
    phraseConverter ??
    OpenCC.ConverterFactory(
      (OpenCC.Locale.from.twp ?? []).map((stage: DictGroup) => [SERVICE_WORDS, ...stage]),
      OpenCC.Locale.to.cn,
    );
  phraseConverter = convert;
  conversions++;
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
