import { copyUnit, emptyMapped, type MappedText, replaceUnits } from './buffer.js';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  俩: 2,
  仨: 3,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  // The financial forms written on receipts and cheques (贰块, 叁盒, 伍佰元).
  壹: 1,
  贰: 2,
  貳: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
/** Financial digits that are also surnames and words (伍家, 大陆人): a number only beside another numeral. */
const ALONE_A_WORD = new Set(['伍', '陆', '陸']);
const SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10,
  百: 100,
  千: 1000,
  拾: 10,
  佰: 100,
  仟: 1000,
};
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Tens written as one character, in Cantonese and in dates: 廿一日 is 二十一日, 卅号 三十号, 卌五 四十五. */
const TENS_IN_ONE: Readonly<Record<string, string>> = { 廿: '二十', 卅: '三十', 卌: '四十' };

function isNumeralChar(ch: string): boolean {
  // Every numeral is a CJK character: Latin text is answered without a lookup.
  if (ch.charCodeAt(0) < 0x3000) return false;
  return ch in DIGITS || ch in SMALL_UNITS || ch in BIG_UNITS || ch in TENS_IN_ONE;
}

/**
 * Measure words and counters (Simplified Chinese after conversion, and Japanese, which is
 * never converted): a numeral directly before one of these names a quantity.
 * Longest first so "工作日" wins over "工".
 */
const MEASURES = [
  '工作日',
  '个月',
  '小时',
  '钟头',
  '分钟',
  '星期',
  '礼拜',
  '公斤',
  '千克',
  '公里',
  '厘米',
  '毫米',
  '毫升',
  '公分',
  '公尺',
  '周年',
  '週間',
  'か月',
  'ヶ月',
  'かげつ',
  ...'个位名件次天日号月年周分秒点元块角毛卷本张台部辆箱包瓶盒袋份单笔岁克斤米层楼倍成折间套条只双对把支页趟遍栋户人家個円時階歳才枚回週冊つ度寸桌围磅吨升堂节粒颗杯碗盘蚊羽',
].sort((a, b) => b.length - a.length);

function startsWithMeasure(units: readonly string[], at: number): boolean {
  for (const m of MEASURES) {
    let ok = true;
    for (let k = 0; k < m.length; k++) {
      if (units[at + k] !== m[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/**
 * Two digits closing a number after 万 say its next two units down, as spoken prices do: 万二八 and
 * 一万二八 are 12,800, 两万三五 23,500 (一 second is left out: 万二一个月 is 12,000 a month).
 */
function shortTail(chars: readonly string[]): boolean {
  const n = chars.length;
  return (
    n >= 3 &&
    (chars[n - 3] === '万' || chars[n - 3] === '萬') &&
    (chars[n - 2] as string) in DIGITS &&
    (chars[n - 1] as string) in DIGITS &&
    DIGITS[chars[n - 2] as string] !== 0 &&
    chars[n - 1] !== '一'
  );
}

/** Value of a run of Chinese numerals ("二十七" → 27, "二〇二四" → 2024, "两万三千" → 23000). */
export function parseChineseNumeral(run: string): number | null {
  if (run.length === 0) return null;
  const chars = [...run].flatMap((c) => [...(TENS_IN_ONE[c] ?? c)]);
  if (shortTail(chars)) {
    const head = chars.slice(0, -2).join('');
    const tens = (DIGITS[chars[chars.length - 2] as string] as number) * 1000;
    return (
      (parseChineseNumeral(head) ?? 0) +
      tens +
      (DIGITS[chars[chars.length - 1] as string] as number) * 100
    );
  }
  if (chars.every((c) => c in DIGITS)) {
    if (chars.length === 1) return DIGITS[chars[0] as string] ?? null;
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let num = 0;
  let sawDigit = false;
  for (const c of chars) {
    const d = DIGITS[c];
    if (d !== undefined) {
      num = d;
      sawDigit = true;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      section += (sawDigit ? num : 1) * small;
      num = 0;
      sawDigit = false;
      continue;
    }
    const big = BIG_UNITS[c];
    if (big !== undefined) {
      total += (section + num || 1) * big;
      section = 0;
      num = 0;
      sawDigit = false;
    }
  }
  // 三万八 = 38000, 两千五 = 2500, 一百二 = 120: a last digit right after its unit counts the
  // next unit down (一万零八 keeps its 零: 10008).
  const last = chars.length >= 2 ? (chars[chars.length - 2] as string) : '';
  const unit = SMALL_UNITS[last] ?? BIG_UNITS[last];
  if (sawDigit && unit !== undefined && unit > 10) num *= unit / 10;
  return total + section + num;
}

/** What a weekday's numeral follows: 周 (週 after conversion), 星期, 礼拜. */
const WEEK_MARKS = new Set(['周', '期', '拜']);

/**
 * Whether the run of numerals from `i` to `j` starts with a weekday's numeral and goes on with a
 * number of its own (周六三点 is Saturday at three, 星期二五箱 Tuesday's five boxes): the next
 * numeral is a digit, or a unit that makes no clock with the weekday's numeral (周三十点 is
 * Wednesday at ten). 周二十箱 stays twenty boxes a week.
 */
function weekdayBefore(units: readonly string[], i: number, j: number): boolean {
  if (!WEEK_MARKS.has(units[i - 1] ?? '')) return false;
  // 星期六周年晚宴: a weekday's numeral before 周年 names the day, not years.
  if (j - i === 1) return units[j] === '周' && units[j + 1] === '年';
  if (j - i < 2) return false;
  const first = units[i] as string;
  if (!(first in DIGITS) || DIGITS[first] === 0) return false;
  if ((units[i + 1] as string) in DIGITS) return true;
  const whole = parseChineseNumeral(units.slice(i, j).join(''));
  return units[j] === '点' && whole !== null && whole > 24;
}

/**
 * How many numerals of a run make one number: a digit after the digit that closes a number with
 * a unit (the 一 of 二千四一个月, "2,400 a month") starts the next one.
 */
function numberLength(run: readonly string[]): number {
  if (shortTail(run)) return run.length;
  let unitSeen = false;
  for (let k = 0; k < run.length; k++) {
    const c = run[k] as string;
    if (!(c in DIGITS)) unitSeen = true;
    else if (unitSeen && k >= 2 && (run[k - 1] as string) in DIGITS && run[k - 1] !== '零')
      return k;
  }
  return run.length;
}

/**
 * 两 right after a digit is no second digit: 五两 is five liang (a weight), 一两天 one or two
 * days. Left in words, so 五两干贝 is not 52 of anything (a weekday's numeral aside).
 */
const liangAt = (units: readonly string[], at: number) =>
  (units[at] === '两' || units[at] === '兩') &&
  /^[\d零〇一二三四五六七八九]$/.test(units[at - 1] ?? '') &&
  // 礼拜五两点: after a weekday's numeral 两 starts the clock time.
  !WEEK_MARKS.has(units[at - 2] ?? '');

/**
 * "Some" after a round number: 三十几, 三十来, 三十余 and 三十多 all say thirty-odd, read as 多.
 */
const ABOUT = new Set(['几', '幾', '来', '來', '余', '餘']);
const ROUND = /^[十百千万萬拾佰仟]$/;

/**
 * 一家人, 一家子, 一家老小, 一家五口: the whole family, no count of households (两家人 are two
 * families).
 */
const wholeFamily = (units: readonly string[], run: string, at: number) =>
  run === '一' &&
  /^家(?:人|子|老小|大小|[二两三四五六七八九十\d]口)/.test(units.slice(at, at + 3).join(''));

/**
 * Rewrites Chinese numerals that name a quantity ("二十七卷", "三个工作日", "两天") as Arabic
 * digits, so they match "27卷", "3个工作日", "2天". Numerals not followed by a measure word
 * ("一起", "万一", "统一") are left alone.
 */
export function rewriteNumerals(src: MappedText): MappedText {
  const { units } = src;
  if (!units.some(isNumeralChar)) return src;
  const out = emptyMapped();
  let i = 0;
  while (i < units.length) {
    const ch = units[i] as string;
    if (ABOUT.has(ch) && ROUND.test(units[i - 1] ?? '')) {
      replaceUnits(out, src, i, i + 1, '多');
      i++;
      continue;
    }
    if (!isNumeralChar(ch) || liangAt(units, i)) {
      copyUnit(out, src, i);
      i++;
      continue;
    }
    let j = i;
    while (j < units.length && isNumeralChar(units[j] as string) && !liangAt(units, j)) j++;
    if (weekdayBefore(units, i, j)) {
      copyUnit(out, src, i);
      i++;
    }
    j = i + numberLength(units.slice(i, j));
    const run = units.slice(i, j).join('');
    // Right after digits (85一米: 85 a metre) the numeral is a number of its own, kept in words
    // so that the two do not read as one (851).
    const afterDigits = /\d/.test(units[i - 1] ?? '');
    // 一整年, 两整天: 整 ("whole") between a numeral and its measure goes with the number (1年).
    const whole = !startsWithMeasure(units, j) && units[j] === '整' ? 1 : 0;
    const value =
      startsWithMeasure(units, j + whole) &&
      !ALONE_A_WORD.has(run) &&
      !afterDigits &&
      !wholeFamily(units, run, j)
        ? parseChineseNumeral(run)
        : null;
    if (value !== null && Number.isSafeInteger(value)) {
      replaceUnits(out, src, i, j + whole, String(value));
      j += whole;
    } else {
      for (let k = i; k < j; k++) copyUnit(out, src, k);
    }
    i = j;
  }
  return out;
}
