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

/** A price with an order of magnitude after 块 (一块六千八的手表): the 块 before it counts pieces. */
const LARGE_PRICE_AFTER = /^块[一二两三四五六七八九十\d]+[百千万萬]/;
/** A price with its unit after 一块 (一块八十元): one piece, at that price each. */
const PRICE_AFTER = /^块[一二两三四五六七八九十\d]+(?:元|块|蚊|港币|港元|美元)/;
/** An amount just before 一块 (八十块一块, 八十元一块): a price a piece. */
const AMOUNT_BEFORE = /(?:元|块|块钱|蚊)$/;
/** Money named after 块 (块钱, 三百块押金, 五十块运费, 一百块代金券, 两百块红包). */
const MONEY_AFTER = /^块(?:钱|红包|利是|[\u4e00-\u9fff]{0,2}?[费金款价税租资币薪券])/;
/**
 * What starts no noun after 块: a mark, a numeral (一块八 is ¥1.80), a particle or adverb, a verb
 * the amount is spent on (五十块买, 四百块坐的士) or said with (八十块都, 二十块左右).
 */
const NO_NOUN_AFTER =
  /^块(?:$|[^\u4e00-\u9fff]|[的了啊呀吧呢嘛哦喔啦咯嘞喇啰咗嘅啲就都也还才又只仲亦再总共而不没冇未算先每到嚟来去系是有在喺要过咁咩吗同和跟与或及比被俾畀给付交收退赔赚花用买卖左上下多起一二两三四五六七八九十百千万半整咋啫喎嘢包打搭坐请查办充换玩混叫吃喝看听送寄修洗剪做找拿存借还租订定报开住搞揾睇食搵够差少])/;
/** Most pieces a count by 块 is read for: a larger amount before a noun is money (两万块定期). */
const MOST_PIECES = 99;

/**
 * 块 at `end` counts pieces, not yuan: before a price (一块八十元: each piece's), after one (八十块
 * 一块: a price a piece), or before the thing it counts (四十块地砖, 二十四块旧硬盘, 两块边上受潮).
 */
export function piecesAt(text: string, start: number, end: number, value: number): boolean {
  const rest = text.slice(end, end + 8);
  if (!rest.startsWith('块')) return false;
  if (LARGE_PRICE_AFTER.test(rest) || (value === 1 && PRICE_AFTER.test(rest))) return true;
  if (value === 1 && AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return true;
  return (
    Number.isInteger(value) &&
    value <= MOST_PIECES &&
    !MONEY_AFTER.test(rest) &&
    !NO_NOUN_AFTER.test(rest)
  );
}
