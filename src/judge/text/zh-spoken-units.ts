/**
 * Spoken Chinese units that scale the number before them, in normalised (Simplified) text: 一打人
 * (a dozen people), 两旧水 (Cantonese: two hundred dollars), 四个字 (Cantonese: twenty minutes),
 * 三个骨 (Cantonese: forty-five minutes), and a price read digit by digit after a verb of paying
 * (花一六八: 168).
 */

export interface SpokenValue {
  type: 'quantity' | 'money' | 'duration';
  unit: string;
  value: number;
  end: number;
  /** A length counted in a larger step than its unit: 5 for 四个字 (minutes counted in fives). */
  step?: number;
}

/**
 * Second morphemes of verbs with 打 (打开, 打电话, 打折, 打算), or 就 after it: after a numeral they
 * make 一 the adverb "once" (一打开就响, 一打就松), not a count of dozens.
 */
const DA_VERBS =
  /^打[开算听电给扫折卡包车印工针球架扰招断破通烂到过了完着的起败赢输动造理发交量就]/;

/**
 * 一打蛋挞, 两打便当, 一打人: twelve of the thing for each 打; people where 人 follows; 一打半 a
 * dozen and a half.
 */
function dozenAt(text: string, end: number, value: number): SpokenValue | null {
  const rest = text.slice(end, end + 2);
  if (!rest.startsWith('打') || DA_VERBS.test(rest)) return null;
  const people = rest[1] === '人';
  const half = rest[1] === '半';
  return {
    type: 'quantity',
    unit: people ? 'person' : '打',
    value: value * 12 + (half ? 6 : 0),
    end: end + (people || half ? 2 : 1),
  };
}

/** A verb of paying (花, 付, 交, 收, 畀, 赔, 退, 卖), with 了 / 咗 / 过, right before a number. */
export const PAID = /[花付交收畀俾赔退卖](?:了|咗|过)?$/;

/**
 * 两旧水, 三旧, 三嚿水: a hundred dollars for each 旧 (舊, also written 嚿) in Cantonese. 旧 alone is
 * "old" (旧车), so without 水 it is money only where the clause ends, 半/几/多 rounds it after, or a
 * verb of paying comes before (畀咗五旧订金); 嚿 alone is a lump (一嚿石头), money only with 水.
 */
function hundredsAt(text: string, start: number, end: number, value: number): SpokenValue | null {
  const m =
    /^(?:旧(水|半|几|多|(?=$|[，。！？,.!?；;、]))|嚿水)/.exec(text.slice(end, end + 2)) ??
    (PAID.test(text.slice(Math.max(0, start - 2), start)) ? /^旧()/.exec(text.slice(end)) : null);
  if (!m) return null;
  const half = m[1] === '半' ? 50 : 0;
  return { type: 'money', unit: 'money', value: value * 100 + half, end: end + m[0].length };
}

/**
 * 四个字 is twenty minutes in Cantonese (a 字 is the five minutes between two numbers on a clock
 * face) — only where the count is a length of time: after a verb of waiting, lateness or taking
 * time (等咗四个字, 迟咗两个字, 行多三个字) or before a word that ends a length (三个字之后,
 * 两个字内, 四个字左右). Elsewhere 个字 counts characters (印错咗四个字).
 */
const WAITED = /[等迟晏慢行坐搭揸嘥排拖](?:咗|了|多|埋)?$/;
const LENGTH_ENDS = /^(?:之?后|之?内|左右|就|先)/;
function fiveMinutesAt(
  text: string,
  start: number,
  end: number,
  value: number,
): SpokenValue | null {
  if (!text.startsWith('个字', end)) return null;
  const timed =
    WAITED.test(text.slice(Math.max(0, start - 2), start)) || LENGTH_ENDS.test(text.slice(end + 2));
  return timed
    ? { type: 'duration', unit: 'minute', value: value * 5, end: end + 2, step: 5 }
    : null;
}

/**
 * 三个骨 is forty-five minutes in Cantonese (a 骨 is a quarter of an hour): 等咗三个骨, 迟咗一个骨.
 * Not after 点 (a clock's quarter, read with the clock) nor before a word of bones (一个骨头, 骨折).
 */
const BONE_WORDS = /^[头折架科肉盆质髓灰]/;
function quarterHoursAt(
  text: string,
  start: number,
  end: number,
  value: number,
): SpokenValue | null {
  if (!text.startsWith('个骨', end) || BONE_WORDS.test(text.slice(end + 2))) return null;
  if (text[start - 1] === '点') return null;
  return { type: 'duration', unit: 'minute', value: value * 15, end: end + 2, step: 15 };
}

/** Scaled spoken counts after the number from `start` to `end` (value `value`), else null. */
export function spokenUnitAt(
  text: string,
  start: number,
  end: number,
  value: number,
): SpokenValue | null {
  return (
    dozenAt(text, end, value) ??
    hundredsAt(text, start, end, value) ??
    fiveMinutesAt(text, start, end, value) ??
    quarterHoursAt(text, start, end, value)
  );
}

/**
 * A price read digit by digit (一六八 for 一百六十八, 三八八): three or four digits with no unit
 * between, right after a verb of paying (花, 付, 交, 收, 畀, 赔, 退, 卖, with 了 / 咗 / 过).
 * Elsewhere such digits are a room, a phone or a model number.
 */
export const digitPriceAt = (text: string, start: number, raw: string): boolean =>
  /^[一二三四五六七八九][零〇一二三四五六七八九]{2,3}$/.test(raw) &&
  PAID.test(text.slice(Math.max(0, start - 2), start));
