import { parseChineseNumeral } from './numerals.js';

/**
 * Lengths in Chinese, in normalised (Simplified) text, as metres: 160厘米, 1.6米, 五毫米, and a
 * metre with its tenths or hundredths said after the unit (一米六 = 1.6米, 一米六五 = 1.65米,
 * 1米60 = 1.6米), so that 一米五 is no 一米四 and 一米六 is 160厘米.
 */

export interface ZhLength {
  /** Metres. */
  value: number;
  end: number;
}

/** Metres in each unit (公尺 and 公分 as Taiwan says 米 and 厘米; 公厘 / 公釐 millimetres). */
const UNITS: readonly (readonly [string, number])[] = [
  ['公尺', 1],
  ['厘米', 0.01],
  ['公分', 0.01],
  ['毫米', 0.001],
  ['公厘', 0.001],
  ['公釐', 0.001],
  ['米', 1],
];

/**
 * The figures after 米 that continue the length (一米六, 一米六五, 1米60): one or two digits with
 * no unit or further numeral after them. Their decimal fraction, and how many characters.
 */
function fractionAfter(text: string, at: number): [number, number] | null {
  const m =
    /^([一二两三四五六七八九]{1,2}|\d{1,2})(?![\d零〇一二两三四五六七八九十百千万米厘毫公分个块元])/.exec(
      text.slice(at, at + 4),
    );
  return m ? [decimalFraction(m[1] as string), (m[1] as string).length] : null;
}

/** Figures said after a decimal point, in digits or numerals (二五, 25): their fraction, .25. */
export function decimalFraction(said: string): number {
  const figures = [...said].map((c) => (/\d/.test(c) ? c : String(parseChineseNumeral(c))));
  return Number(`0.${figures.join('')}`);
}

/** The length after a number (`value`, ending at `end`), or null where no unit of length follows. */
export function zhLengthAt(text: string, end: number, value: number): ZhLength | null {
  const unit = UNITS.find(([w]) => text.startsWith(w, end));
  if (!unit) return null;
  const [word, metres] = unit;
  const after = end + word.length;
  const fraction = metres === 1 && Number.isInteger(value) ? fractionAfter(text, after) : null;
  const length = (value + (fraction?.[0] ?? 0)) * metres;
  return { value: Number(length.toFixed(4)), end: after + (fraction?.[1] ?? 0) };
}
