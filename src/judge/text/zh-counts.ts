import { parseChineseNumeral } from './numerals.js';

/** Chinese counts that say what they count by their shape, in normalised (Simplified) text. */

/**
 * A floor: 3楼, 3层, 3F; below ground 地下一楼, 负一楼, B1 (as negative floors), so 3F is 三楼 and
 * B1 is 地下一楼.
 */
export function floorAt(
  text: string,
  start: number,
  end: number,
  value: number,
): { value: number; start: number; end: number } | null {
  const below = /(?:地下|负)$/.exec(text.slice(Math.max(0, start - 2), start));
  const basement = text[start - 1] === 'b' && !/[a-z]/.test(text[start - 2] ?? '');
  const letter = /^f(?![a-z])/.test(text.slice(end));
  if (basement) return { value: -value, start: start - 1, end };
  if (letter) return { value, start, end: end + 1 };
  if (below && /^[楼层]/.test(text.slice(end)))
    return { value: -value, start: start - below[0].length, end: end + 1 };
  return null;
}

/**
 * 两大一小 (Cantonese 两大一细), 2大1小 after a number ending at `end`: a party of adults (that
 * number) and children; the children and where the party ends.
 */
export function partyAt(text: string, end: number): { children: number; end: number } | null {
  const party = /^大([一二两三四五六七八九]|\d+)[小细]/.exec(text.slice(end, end + 8));
  if (!party) return null;
  const kids = party[1] as string;
  const children = /\d/.test(kids) ? Number(kids) : parseChineseNumeral(kids);
  return children === null ? null : { children, end: end + party[0].length };
}

/**
 * Digits before a measure word of things (4片, 3朵, 2根) count those things as 四片 does, which
 * is not read as a value: neither is a bare amount to hold against the customer's 一千二.
 */
const THING_MEASURE = /^[片朵根棵株枚封首幅架艘栋座项批组串滴头匹尾扇顶]/;
export const countsAThing = (rest: string): boolean => THING_MEASURE.test(rest);
