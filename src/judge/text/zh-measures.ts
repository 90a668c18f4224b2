/**
 * Weights, volumes and long distances in Chinese, in normalised (Simplified) text: 两公斤, 1.5千克,
 * 三斤半, 五百克, 二十四磅, 两升, 五百毫升, 三公里; each unit as measures.ts names it, so 四斤 is 两公斤
 * and 两斤 is not. Lengths in metres and below are zh-lengths.ts's.
 */

export interface ZhMeasure {
  unit: string;
  value: number;
  end: number;
}

/** Each unit's word and its name in measures.ts (longer words first: 公斤 before 斤). */
const UNITS: readonly (readonly [string, string])[] = [
  ['公斤', 'kilogram'],
  ['千克', 'kilogram'],
  ['毫升', 'millilitre'],
  ['公升', 'litre'],
  ['公里', 'kilometre'],
  ['千米', 'kilometre'],
  ['斤', '斤'],
  ['克', 'gram'],
  ['磅', 'poundweight'],
  ['升', 'litre'],
];

/** The measure after a number (`value`, ending at `end`) with its half (三斤半), else null. */
export function zhMeasureAt(text: string, end: number, value: number): ZhMeasure | null {
  const unit = UNITS.find(([w]) => text.startsWith(w, end));
  if (!unit) return null;
  const after = end + unit[0].length;
  const half = text[after] === '半' && Number.isInteger(value);
  return { unit: unit[1], value: value + (half ? 0.5 : 0), end: after + (half ? 1 : 0) };
}
