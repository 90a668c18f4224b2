/**
 * Weights, volumes and long distances in Chinese, in normalised (Simplified) text: 两公斤, 1.5千克,
 * 三斤半, 五百克, 二十四磅, 两升, 五百毫升, 三公里, 二十里 (里: half a kilometre); each unit as measures.ts
 * names it, so 四斤 is 两公斤 and 两斤 is not, 二十里 is 十公里. Lengths in metres and below are
 * zh-lengths.ts's.
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
  ['里', '里'],
];

/**
 * 里 after a number is a distance only where no place word follows (三天里, 十个里 have a measure
 * between; 十里面 is "inside"), and not in 百里挑一, 千里迢迢, 万里: a lone 百 / 千 / 万 before it.
 */
const NOT_A_DISTANCE = /^里[面头边外内间屋子]/;
const LONE_ROUND = /(?:^|[^\d零〇一二两三四五六七八九十])[百千万]$/;

/** The measure after a number (`value`, ending at `end`) with its half (三斤半), else null. */
export function zhMeasureAt(text: string, end: number, value: number): ZhMeasure | null {
  const unit = UNITS.find(([w]) => text.startsWith(w, end));
  if (!unit) return null;
  if (
    unit[0] === '里' &&
    (NOT_A_DISTANCE.test(text.slice(end, end + 2)) ||
      LONE_ROUND.test(text.slice(Math.max(0, end - 2), end)))
  )
    return null;
  const after = end + unit[0].length;
  const half = text[after] === '半' && Number.isInteger(value);
  return { unit: unit[1], value: value + (half ? 0.5 : 0), end: after + (half ? 1 : 0) };
}
