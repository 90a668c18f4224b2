import { parseChineseNumeral } from './numerals.js';

/**
 * Chinese ways of saying a value that name it without its plain number, in normalised
 * (Simplified) text after the numeral rewriter (两天前 arrives as 2天前, 差五分三点 as 差5分3点):
 * days counted from today (大前天, 两天前, 前日, 过两天), quarter hours (一刻钟, 三点一刻, 差五分三点),
 * "a month or so" (个把月), percentages (百分之三十, read 100分之三十), the edges of a year (年初 is
 * January, 年底 December) and of a month (月初, 月底, 下旬), and the weeks before this one (上上周,
 * 两个礼拜前), and ages by their names (古稀, 花甲) or in tens (七旬). Each is a closed class of
 * forms, read wherever it is said.
 */

export interface ValueForm {
  type: 'date' | 'time' | 'duration' | 'quantity';
  unit: string;
  value: string;
  start: number;
  end: number;
  /** A length counted in a larger step than its unit: 15 for 三刻钟 (minutes counted in quarters). */
  step?: number;
}

const NUM = '\\d+|[零〇一二两三四五六七八九十]+';
const numberOf = (s: string): number | null =>
  /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);

/** Days before or after today by how far: 前天 is two days back, 大前天 three. */
const DAYS_BACK: Readonly<Record<number, string>> = {
  1: 'yesterday',
  2: 'day-before',
  3: 'three-days-before',
};

/**
 * 大前天 / 大后天 (Cantonese 大前日 / 大后日); Cantonese 前日 / 后日 (前天 / 后天) where a clause or its
 * subject or a verb of timing comes just before (然后日本, 以后日子 are other words); 一天前,
 * 两天前, 三天之前: a day counted back from today (三日前 may be "before the 3rd", left alone).
 */
const RELATIVE = new RegExp(
  `大前[天日]|大后[天日]|(?<=^|[,.!?;:\\s我你他她们佢哋到等在喺是系话讲说约])(?:前日|后日)|(?<![\\d.])(${NUM})天(?:以|之)?前(?![面头边台门])`,
  'g',
);

/** Days ahead of today by how far: 过两天 is the day after tomorrow. */
const DAYS_AHEAD: Readonly<Record<number, string>> = {
  1: 'tomorrow',
  2: 'day-after',
  3: 'three-days-after',
};

/**
 * 过两天, 再过三天: a day counted on from today (过了两天, 经过两天 and 超过两天 tell a length, left
 * alone).
 */
const AHEAD = new RegExp(`(?<![\\d.经超度越熬挨捱])过(${NUM})天(?![\\d])`, 'g');

function relative(text: string, out: ValueForm[]): void {
  for (const m of text.matchAll(AHEAD)) {
    const value = DAYS_AHEAD[numberOf(m[1] as string) ?? 0];
    if (value) out.push(at(m, 'date', 'relative', value));
  }
  for (const m of text.matchAll(RELATIVE)) {
    const said = m[0];
    let value: string | undefined;
    if (said.startsWith('大前')) value = DAYS_BACK[3];
    else if (said.startsWith('大后')) value = 'three-days-after';
    else if (said === '前日') value = DAYS_BACK[2];
    else if (said === '后日') value = 'day-after';
    else value = DAYS_BACK[numberOf(m[1] as string) ?? 0];
    if (value) out.push(at(m, 'date', 'relative', value));
  }
}

/** 上上周, 上上个礼拜, 两周前, 两个星期以前: the week before last, counted back from this one. */
const WEEKS_BACK =
  /上上(?:个)?(?:周|星期|礼拜)|(?<![\d.])(2|两)(?:个)?(?:周|星期|礼拜)(?:以|之)?前(?![面头边台门])/g;

function weeksBack(text: string, out: ValueForm[]): void {
  for (const m of text.matchAll(WEEKS_BACK)) out.push(at(m, 'date', 'weeks-back', '2'));
}

/**
 * 一刻钟 (a quarter of an hour), 三刻钟; a clock's quarters: 三点一刻 (3:15), 三点三刻 (3:45); a clock
 * short of the hour: 差五分三点 and 三点差五分 (2:55), 差一刻三点 (2:45). Cantonese counts a clock's
 * minutes in fives (字): 三点三个字 is 3:15.
 */
const QUARTERS = /(?<![\d点])([123一两三])刻钟/g;
const CLOCK_QUARTER = new RegExp(`(${NUM})点([13一三])刻`, 'g');
const SHORT_BEFORE = new RegExp(`差(?:(${NUM})分(?:钟)?|(一)刻)(${NUM})点`, 'g');
const SHORT_AFTER = new RegExp(`(${NUM})点差(?:(${NUM})分(?:钟)?|(一)刻)`, 'g');
const CLOCK_FIVES = new RegExp(`(${NUM})点(${NUM})个字`, 'g');

const clockValue = (hour: number, minutes: number) =>
  `${hour % 12}:${String(minutes).padStart(2, '0')}`;

function quarters(text: string, out: ValueForm[]): void {
  for (const m of text.matchAll(QUARTERS)) {
    const n = numberOf(m[1] as string);
    if (n) out.push({ ...at(m, 'duration', 'minute', String(n * 15)), step: 15 });
  }
  const clock = (m: RegExpMatchArray, hour: number | null, minutes: number | null) => {
    if (
      hour !== null &&
      minutes !== null &&
      hour >= 0 &&
      hour <= 24 &&
      minutes >= 0 &&
      minutes < 60
    )
      out.push(at(m, 'time', 'clock', clockValue(hour, minutes)));
  };
  for (const m of text.matchAll(CLOCK_QUARTER))
    clock(m, numberOf(m[1] as string), (numberOf(m[2] as string) ?? 0) * 15);
  for (const m of text.matchAll(SHORT_BEFORE)) {
    const short = m[2] ? 15 : numberOf(m[1] as string);
    const hour = numberOf(m[3] as string);
    if (short && hour) clock(m, hour - 1, 60 - short);
  }
  for (const m of text.matchAll(SHORT_AFTER)) {
    const short = m[3] ? 15 : numberOf(m[2] as string);
    const hour = numberOf(m[1] as string);
    if (short && hour) clock(m, hour - 1, 60 - short);
  }
  for (const m of text.matchAll(CLOCK_FIVES)) {
    const fives = numberOf(m[2] as string);
    if (fives !== null && fives < 12) clock(m, numberOf(m[1] as string), fives * 5);
  }
}

/**
 * A share of an hour: 三分之一个钟头 (twenty minutes), 四分之三小时, Cantonese 三分一个钟 and 四分三个钟
 * (之 left out, 个 then said). Its numbers are no values of their own: 三分之二个钟头 is no 两个钟头.
 */
const HOUR_SHARE =
  /([二三四五六234])分(?:之([一二三四五12345])个?|([一二三四五12345])个)(?:钟头|小时|钟)/g;

function hourShares(text: string, out: ValueForm[]): void {
  for (const m of text.matchAll(HOUR_SHARE)) {
    const parts = numberOf(m[1] as string);
    const taken = numberOf((m[2] ?? m[3]) as string);
    const minutes = parts && taken && taken < parts ? (60 * taken) / parts : 0;
    if (Number.isInteger(minutes) && minutes > 0)
      out.push(at(m, 'duration', 'minute', String(minutes)));
  }
}

/** 个把月, 个把钟头, 个把星期: one of the unit, said loosely ("a month or so"). */
const ONE_OR_SO = /个把(月|小时|钟头|钟|星期|礼拜)/g;
const ONE_OR_SO_UNIT: Readonly<Record<string, string>> = {
  月: 'month',
  小时: 'hour',
  钟头: 'hour',
  钟: 'hour',
  星期: 'week',
  礼拜: 'week',
};

function oneOrSo(text: string, out: ValueForm[]): void {
  for (const m of text.matchAll(ONE_OR_SO))
    out.push(at(m, 'duration', ONE_OR_SO_UNIT[m[1] as string] as string, '1'));
}

/** 百分之三十 (the rewriter makes its 百 100), 百分之12.5: a percentage, as 三成 and 30% are. */
const PERCENT = /(?:百|100)分之(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)/g;

function percents(text: string, out: ValueForm[]): void {
  for (const m of text.matchAll(PERCENT)) {
    const n = numberOf(m[1] as string) ?? Number(m[1]);
    if (Number.isFinite(n)) out.push(at(m, 'quantity', 'percent', String(n)));
  }
}

/**
 * 年初 is January, 年底 / 年尾 / 年末 December (as "the start of the year" is); 年初一 and
 * 年三十 are days of the lunar new year, no month. 月初, 月底 (月尾, 月末) and 上旬 / 中旬 / 下旬
 * name a part of a month.
 */
const YEAR_EDGE = /年(初)(?![一二三四五六七八九十\d])|年(底|尾|末)/g;
/** 三个月中 is "within three months" (read below): only a month that is a date has a middle. */
const MONTH_PART = /月(初|头|中|底|尾|末)|([上中下])旬/g;
const MONTH_PARTS: Readonly<Record<string, string>> = {
  初: 'start',
  头: 'start',
  上: 'start',
  中: 'middle',
  底: 'end',
  尾: 'end',
  末: 'end',
  下: 'end',
};

function edges(text: string, out: ValueForm[]): void {
  for (const m of text.matchAll(YEAR_EDGE)) out.push(at(m, 'date', 'month', m[1] ? '1' : '12'));
  for (const m of text.matchAll(MONTH_PART)) {
    if (m[1] === '中' && text[(m.index as number) - 1] === '个') continue;
    // 三月底: the month is read as its own value, and the part is what follows its 月.
    const numbered =
      m[1] !== undefined &&
      /[\d零〇一二三四五六七八九十]/.test(text[(m.index as number) - 1] ?? '');
    const start = (m.index as number) + (numbered ? 1 : 0);
    const part = MONTH_PARTS[(m[1] ?? m[2]) as string] as string;
    out.push({
      type: 'date',
      unit: 'month-part',
      value: part,
      start,
      end: (m.index as number) + m[0].length,
    });
  }
}

/** Ages said by their literary names: 古稀之年 is seventy, 花甲 sixty, 而立 thirty. */
const AGE_NAMES: Readonly<Record<string, number>> = {
  弱冠: 20,
  而立: 30,
  不惑: 40,
  知天命: 50,
  花甲: 60,
  耳顺: 60,
  古稀: 70,
  米寿: 88,
  白寿: 99,
  期颐: 100,
};
const AGE_NAME = new RegExp(Object.keys(AGE_NAMES).join('|'), 'g');
/**
 * 七旬, 年逾八旬: an age in tens of years (上旬, 下旬 are parts of a month, no numeral before them; 一旬
 * is ten days, below).
 */
const AGE_TENS = /([2-9]|[二三四五六七八九])旬/g;
/** 一旬, 一旬之内: ten days, a third of a month (no age is said as one ten). */
const TEN_DAYS = /(?<![\d零〇一二两三四五六七八九十])(?:一|1)旬/g;

/** An age said by its name (古稀 for 七十岁) or in tens (七旬): a count of years of age, as 七十岁 is. */
function ages(text: string, out: ValueForm[]): void {
  for (const m of text.matchAll(AGE_NAME))
    out.push(at(m, 'quantity', '岁', String(AGE_NAMES[m[0]] as number)));
  for (const m of text.matchAll(AGE_TENS))
    out.push(at(m, 'quantity', '岁', String((numberOf(m[1] as string) ?? 0) * 10)));
}

function tenDays(text: string, out: ValueForm[]): void {
  for (const m of text.matchAll(TEN_DAYS)) out.push(at(m, 'duration', 'day', '10'));
}

function at(m: RegExpMatchArray, type: ValueForm['type'], unit: string, value: string): ValueForm {
  const start = m.index as number;
  return { type, unit, value, start, end: start + m[0].length };
}

/** Every such value form in the normalised text, with its range there. */
export function chineseValueForms(text: string): ValueForm[] {
  const out: ValueForm[] = [];
  relative(text, out);
  weeksBack(text, out);
  quarters(text, out);
  hourShares(text, out);
  oneOrSo(text, out);
  percents(text, out);
  edges(text, out);
  ages(text, out);
  tenDays(text, out);
  return out;
}

/**
 * Two numerals a step apart said together count roughly (三四天 "three or four days", 两三个, 五六
 * 个人): the larger is read, as 三到四天 reads four. The numeral rewriter has written them as one
 * number (34天), so the range is told from the words as said.
 */
const STEP_PAIR = /^([一二两兩三四五六七八九])([二三四五六七八九])$/;

export function roughRange(said: string): number | null {
  const m = STEP_PAIR.exec(said);
  if (!m) return null;
  const low = parseChineseNumeral(m[1] as string);
  const high = parseChineseNumeral(m[2] as string);
  return low !== null && high === low + 1 ? high : null;
}
