import type { VALUE_TYPES } from '../../drills/schema.js';
import { compoundLengths } from './en-compound-lengths.js';
import { lengthInParts, lengthValue } from './en-lengths.js';
import { COUPLE_OF_AFTER, EN_NUMBER_WORDS } from './en-number-words.js';
import { numericDates } from './en-numeric-dates.js';
import { keptReadings } from './kept.js';
import { missingCounts } from './missing-counts.js';
import { type NormalisedText, normalise, originalSpan } from './normalise.js';
import { parseChineseNumeral } from './numerals.js';
import { relativeDays } from './relative-days.js';
import { shares } from './shares.js';
import { countsAThing, floorAt, partyAt } from './zh-counts.js';
import { zhLengthAt } from './zh-lengths.js';
import { digitPriceAt, spokenUnitAt } from './zh-spoken-units.js';
import { chineseValueForms, roughRange } from './zh-value-forms.js';
import { chineseWeekdays } from './zh-weekdays.js';

/**
 * A Chinese measure word right after a number: 三个, 两次, 六人(份), 四盒, 五扇(窗), 三针, 两根. Words that
 * also make idioms after 一 (一口气, 一门心思, 一眼, 一步) are left out.
 */
export const ZH_MEASURE =
  /^[个位名人件次笔张台部辆箱包瓶盒袋份单岁层楼间套条只双对把支页趟遍回段卷本通寸桌围磅吨升堂节粒颗杯碗盘斤头转入托株盆群拨扇针根片座棵朵封顶幅架艘匹副栋幢枚串捆束罐桶壶项顿批组枝场]/;

export type ValueType = (typeof VALUE_TYPES)[number];

/**
 * What follows an hour: 分 minutes, 半, 钟, or bare minutes — unless a digit or a unit follows
 * them, when 点 is a decimal point (一点五公里, 2点5倍) or the hour ends before a number
 * (十点三号码头: pier 3 at ten). Any other word may follow the minutes (七点三十那局, 6点42到).
 */
const CLOCK_MINUTES = new RegExp(
  `^[点點](?:(\\d+)分|(半)|钟|(\\d{1,2}|[一二三四五]?十[一二三四五六七八九]?|零[一二三四五六七八九])(?![\\d零〇一二两兩三四五六七八九十百千万萬亿億公米克元块塊倍成折度号號%％${ZH_MEASURE.source.slice(2, -1)}]))?`,
);

/** A value said in a text: its kind, what it counts or names (unit), and where. */
export interface ValueMention {
  type: ValueType;
  /** What the value is of: a unit ("day", "suitcase", 笔), a slot ("from"), "clock", "part". */
  unit: string;
  /** The value, comparable within type and unit ("2", "15:00", "morning", "guangzhou"). */
  value: string;
  /** Range in the original text. */
  start: number;
  end: number;
  /** Said as a part of a whole ("one of your cases"): a complement of the customer's count may be meant. */
  partitive?: boolean;
  /** People counted with the customer among them ("the four of you"). */
  group?: boolean;
  /** The week a weekday is said in ("next Thursday", "this Thursday", "last Thursday"). */
  week?: 'last' | 'this' | 'next';
  /** A length's unit as said, in the unit of `value`: 7 for "three weeks" read as 21 days. */
  step?: number;
  /** The value under the other reading of a date said in figures that reads either way ("3/12"). */
  other?: string;
}

const EN_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries([
  ...EN_NUMBER_WORDS,
  ['a', 1],
  ['an', 1],
  ['hundred', 100],
]);

const EN_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
};

const EN_DURATION: Readonly<Record<string, string>> = {
  second: 'second',
  minute: 'minute',
  hour: 'hour',
  day: 'day',
  week: 'week',
  fortnight: 'fortnight',
  month: 'month',
  year: 'year',
};
/** Lengths of time said as one with "a"/"an" ("an hour", "a week"); "a minute" is a moment. */
const ONE_LENGTH = new Set(['hour', 'day', 'week', 'fortnight', 'month', 'year']);
const ZH_DURATION: readonly (readonly [string, string])[] = [
  ['个工作日', 'workday'],
  ['个工作天', 'workday'],
  ['工作天', 'workday'],
  ['个营业日', 'workday'],
  ['营业日', 'workday'],
  ['个办公日', 'workday'],
  ['办公日', 'workday'],
  ['工作日', 'workday'],
  ['个小时', 'hour'],
  ['小时', 'hour'],
  ['个钟头', 'hour'],
  ['钟头', 'hour'],
  // Written Cantonese: 两个钟, 两粒钟 ("two hours").
  ['个钟', 'hour'],
  ['粒钟', 'hour'],
  ['分钟', 'minute'],
  ['个星期', 'week'],
  ['个礼拜', 'week'],
  ['星期', 'week'],
  ['礼拜', 'week'],
  ['个月', 'month'],
  // 一个季度 is three months; 一季度 without 个 is the first quarter of the year, a date.
  ['个季度', 'quarter'],
  ['天', 'day'],
  ['周', 'week'],
  ['年', 'year'],
];

/** The length unit said at `at` and where it ends; `counted`: its 个 was said already (一个半月). */
function durationAt(
  text: string,
  at: number,
  counted: boolean,
): { unit: string; end: number } | null {
  for (const [w, unit] of ZH_DURATION) {
    const word = counted && w.startsWith('个') ? w.slice(1) : w;
    if (text.startsWith(word, at)) return { unit, end: at + word.length };
  }
  return null;
}

/** Days in a week, a fortnight and a month, so lengths of time said in either compare. */
const DAYS_IN: Readonly<Record<string, number>> = {
  week: 7,
  workweek: 5,
  fortnight: 14,
  month: 30,
  quarter: 90,
};

/**
 * A length of weeks or months as days: 两周 is 十四天, and "a month" is a longer wait than "two
 * weeks" (a restatement that swaps them swaps two values of one kind). Whole days of hours and
 * half hours of minutes likewise: 七十二小时 is 三天, 九十分钟 is 一个半小时.
 */
function inDays(
  type: ValueType,
  unit: string,
  value: string,
): { unit: string; value: string; step?: number } {
  const days = DAYS_IN[unit];
  if (type !== 'duration') return { unit, value };
  const n = Number(value);
  if (days !== undefined) return { unit: 'day', value: String(n * days), step: days };
  if (unit === 'hour' && n >= 24 && n % 24 === 0)
    return { unit: 'day', value: String(n / 24), step: 1 / 24 };
  if (unit === 'minute' && n >= 60 && n % 30 === 0)
    return { unit: 'hour', value: String(n / 60), step: 1 / 60 };
  return { unit, value, step: 1 };
}

const CURRENCY_WORDS = new Set([
  'dollar',
  'pound',
  'euro',
  'yuan',
  'rmb',
  'buck',
  'quid',
  'cent',
  'yen',
  'hkd',
  'usd',
  'gbp',
  'eur',
]);
const EN_NOTES: Readonly<Record<string, number>> = { fiver: 5, tenner: 10 };
const ZH_MONEY = ['块钱', '美元', '英镑', '欧元', '港币', '港元', '元', '块', '蚊'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** The month an edge of the year names. */
const YEAR_EDGES: Readonly<Record<string, string>> = { start: '1', beginning: '1', end: '12' };
/** Month names that are also words ("you may", "a march"). */
const EN_MONTH_VERBS = new Set(['may', 'march']);
const span = (n: NormalisedText, w: { start: number; end: number }): [number, number] => {
  const o = originalSpan(n, w.start, w.end);
  return [o.start, o.end];
};
const EN_RELATIVE: Readonly<Record<string, readonly [string, string?]>> = {
  yesterday: ['yesterday'],
  today: ['today'],
  tomorrow: ['tomorrow'],
  tonight: ['today', 'evening'],
};
const EN_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Parts of the day that are a time wherever they are said. */
const EN_NOON: Readonly<Record<string, string>> = {
  noon: 'noon',
  midday: 'noon',
  midnight: 'small-hours',
};
const ZH_RELATIVE: readonly (readonly [string, string, string?])[] = [
  ['前天', 'day-before'],
  ['昨天', 'yesterday'],
  ['昨晚', 'yesterday', 'evening'],
  ['昨日', 'yesterday'],
  ['今天', 'today'],
  ['今早', 'today', 'morning'],
  ['今晚', 'today', 'evening'],
  ['明天', 'tomorrow'],
  ['明早', 'tomorrow', 'morning'],
  ['明晚', 'tomorrow', 'evening'],
  ['后天', 'day-after'],
  // Spoken Beijing and written Cantonese (尋日 and 琴日 are 昨天, 今朝 今天早上, 聽日 明天).
  ['昨儿', 'yesterday'],
  ['寻日', 'yesterday'],
  ['琴日', 'yesterday'],
  ['寻晚', 'yesterday', 'evening'],
  ['琴晚', 'yesterday', 'evening'],
  ['今日', 'today'],
  ['今朝', 'today', 'morning'],
  ['听日', 'tomorrow'],
  ['听朝', 'tomorrow', 'morning'],
  ['听晚', 'tomorrow', 'evening'],
];
/** The minutes of a clock time, in digits or Chinese numerals (42, 四十二, 零五); none is 0. */
const minutesOf = (said: string | undefined) =>
  said === undefined ? 0 : /^\d/.test(said) ? Number(said) : (parseChineseNumeral(said) ?? 0);

const ZH_PARTS: readonly (readonly [string, string])[] = [
  ['凌晨', 'small-hours'],
  ['早上', 'morning'],
  ['早晨', 'morning'],
  ['一早', 'morning'],
  ['上午', 'morning'],
  ['中午', 'noon'],
  ['下午', 'afternoon'],
  ['傍晚', 'evening'],
  ['晚上', 'evening'],
  ['夜里', 'evening'],
  ['朝早', 'morning'],
  ['下昼', 'afternoon'],
  ['夜晚', 'evening'],
];
/** Words after a number that are not what it counts. */
const EN_NOT_UNITS = new Set([
  'and',
  'or',
  'the',
  'to',
  'is',
  'are',
  'was',
  'were',
  'have',
  'has',
  'had',
  'been',
  // Verbs after a count say what its things did ("one came in olive", "two went missing").
  'came',
  'went',
  'got',
  'took',
  'left',
  'broke',
  'fell',
  'sent',
  'cost',
  'lost',
  'spent',
  'kept',
  'made',
  'gave',
  'did',
  'in',
  'on',
  'at',
  'for',
  'with',
  'but',
  'so',
  'that',
  'this',
  'it',
  'you',
  'i',
  'we',
  'they',
  'he',
  'she',
  'more',
  'each',
  'both',
  'all',
  'and',
  'already',
  'now',
  // Adverbs after a number count nothing ("a ticket for the 4th instead").
  'instead',
  'again',
  'too',
  'either',
  'then',
  'though',
  'anyway',
  'yet',
  'still',
]);
/** Words before a capitalised word that make it a place or a name in a slot. */
const NAME_SLOTS = new Set([
  'from',
  'to',
  'in',
  'at',
  'via',
  'near',
  'into',
  'mr',
  'ms',
  'mrs',
  'miss',
  'dr',
]);
const ZH_SCALE: Readonly<Record<string, number>> = {
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
};
/** 两万, 三千五: a Chinese number with an order of magnitude. */
const BIG_NUMBER =
  /^[一二两兩三四五六七八九十][零〇一二两兩三四五六七八九十百千万萬亿億]*[百千万萬亿億][零〇一二两兩三四五六七八九十百千]*$/;
export const CJK_NUMERAL = /[零〇一二两兩俩仨三四五六七八九十廿卅百千万萬亿億]/;

/** Units said short, as their names: "8 mm" and "eight mil" (British) are eight millimetres. */
const SHORT_UNITS: Readonly<Record<string, string>> = {
  mm: 'millimetre',
  mil: 'millimetre',
  cm: 'centimetre',
  km: 'kilometre',
  kg: 'kilogram',
  ml: 'millilitre',
};

const singular = (w: string) =>
  w.length > 3 && w.endsWith('ies')
    ? `${w.slice(0, -3)}y`
    : w.length > 3 && /(ch|sh|x|ss)es$/.test(w)
      ? w.slice(0, -2)
      : w.length > 2 && w.endsWith('s') && !w.endsWith('ss')
        ? w.slice(0, -1)
        : w;

const numberValue = (raw: string) => String(Number(raw.replace(/,/g, '')));

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Words of the normalised text with their ranges; punctuation kept as its own word. */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  // A dash between spaces ends a number ("a hundred and fifty - eighteen hundred").
  const re =
    /[a-z]+(?:-[a-z]+)*|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|am|pm)?|[$£€¥￥%]|[.?!,;:]|(?<= )[-–—](?= )/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Words before a bare "hundred" that make it a number: a determiner or a possessive. */
const OWNED = /^(?:the|this|that|your|my|our|his|her|their)$/;

/** An English number at word k ("3", "twenty-five", "three thousand five hundred"): value and words used. */
function enNumberAt(words: readonly Word[], k: number): [number, number] | null {
  const w = words[k]?.text ?? '';
  if (/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(w)) return [Number(w.replace(/,/g, '')), 1];
  let total = 0;
  let group = 0;
  let used = 0;
  for (let j = k; j < words.length; j++) {
    const word = words[j]?.text ?? '';
    if (word === 'and' && used > 0 && j + 1 < words.length) {
      const next = words[j + 1]?.text ?? '';
      if (EN_NUMBERS[next.split('-')[0] ?? ''] !== undefined && !/^an?$/.test(next)) continue;
      break;
    }
    if (word === 'thousand' && used > 0) {
      total += (group || 1) * 1000;
      group = 0;
    } else if (word === 'hundred' && (used > 0 || OWNED.test(words[k - 1]?.text ?? ''))) {
      // "the hundred and twenty pounds", "your hundred-and-fifty-pound deposit": a hundred.
      group = (group || 1) * 100;
    } else {
      const [tens, ones] = word.split('-');
      const t = EN_NUMBERS[tens ?? ''];
      if (t === undefined || t === 100 || ((word === 'a' || word === 'an') && used > 0)) break;
      if ((word === 'a' || word === 'an') && !/^(hundred|thousand)$/.test(words[j + 1]?.text ?? ''))
        break;
      const o = ones === undefined ? 0 : EN_NUMBERS[ones];
      if (o === undefined || (ones !== undefined && (t < 20 || o >= 10))) break;
      // After tens only a unit adds on ("fifty five"); "fifty eighteen" is two numbers.
      if (used > 0 && group % 100 !== 0 && (group % 10 !== 0 || group % 100 < 20 || t + o >= 10))
        break;
      group += t + o;
    }
    used = j - k + 1;
  }
  return used > 0 ? [total + group, used] : null;
}

/**
 * A count said with a count word at word k: "a pair of" and "a couple of" are two, "a trio of"
 * three, "both tickets" two, "a dozen" twelve, "half a dozen" and "the half-dozen" six, "a score
 * of" twenty. Its value and words used (with "of").
 */
function countWordAt(words: readonly Word[], k: number): [number, number] | null {
  const w = words[k]?.text;
  const next = words[k + 1]?.text ?? '';
  const before = words[k - 1]?.text;
  // "a couple of", "the last couple of", "your first pair of".
  if ((w === 'pair' || w === 'couple') && COUPLE_OF_AFTER.has(before ?? '') && next === 'of')
    return [2, 2];
  if (w === 'trio' && before === 'a' && next === 'of') return [3, 2];
  // "the half-dozen chairs", "a half-dozen eggs".
  if (w === 'half-dozen') return [6, 1];
  // "on both Monday and Tuesday" names days, it counts no thing.
  const named = WEEKDAYS.includes(next) || MONTHS.includes(next);
  if (w === 'both' && /^[a-z]{3,}$/.test(next) && !EN_NOT_UNITS.has(next) && !named) return [2, 1];
  if (w === 'dozen' && before === 'a') return [words[k - 2]?.text === 'half' ? 6 : 12, 1];
  // "a score of children"; "a score of 7" is a mark.
  const markAfter = words[k + 2]?.text ?? '';
  if (w === 'score' && before === 'a' && next === 'of' && !/^\d/.test(markAfter)) {
    return markAfter in EN_NUMBERS ? null : [20, 2];
  }
  return null;
}

const DIGIT_WORDS = 'zero one two three four five six seven eight nine'.split(' ');
/** The digits of single-digit number words in a row from word k ("four five two" → "452"). */
function digitRun(words: readonly Word[], k: number): string {
  let out = '';
  for (let j = k; j < words.length; j++) {
    const d = DIGIT_WORDS.indexOf(words[j]?.text ?? '');
    if (d < 0) break;
    out += String(d);
  }
  return out;
}

/** Words before an hour said alone that make it a time: "at 10", "until nine fifteen". */
const CLOCK_BEFORE = new Set(['at', 'by', 'until', 'till', 'around']);
/** What may follow "at 10" when it is a time ("at 10, and …", "at 1 they'd …", "at 9 sharp"). */
const CLOCK_AFTER = new Set(
  'and but so with for to at when then because before after sharp exactly yesterday today tomorrow last i you he she we they it'.split(
    ' ',
  ),
);
const clockAfter = (unit: string) =>
  /^(this|in|tonight|on|$)/.test(unit) ||
  CLOCK_AFTER.has(unit) ||
  WEEKDAYS.includes(unit) ||
  /^[.?!,;:–—-]$|^[a-z]{3,}ly$/.test(unit);

/** A number said as one word or in digits ("three", "an", "12"), for lengths said in parts. */
const numberWord = (w: string) => (/^\d+$/.test(w) ? Number(w) : EN_NUMBERS[w]);

/**
 * A count said as one hyphened word before what it counts — "a two-hundred-and-forty-pound
 * bill", "a seven-foot tree", "a ten-visit pass", "a one-hundred-and-fifty-pound deposit" —
 * spaced out (same offsets), as "7-foot" is read. "one-off", "one-way" and the like name no count.
 */
function spacedCounts(text: string): string {
  // "a twelve-by-six rug": a size, read as "12 by 6" is.
  return text
    .replace(/\b([a-z]+)-(by|x)-([a-z]+)\b/g, (word, a: string, by: string, b: string) =>
      EN_NUMBERS[a] !== undefined && EN_NUMBERS[b] !== undefined ? `${a} ${by} ${b}` : word,
    )
    .replace(/\b(?:[a-z]+-)+[a-z]{3,}\b/g, (word) => {
      const parts = word.split('-');
      const numbers = parts.slice(0, -1);
      const first = numbers[0] as string;
      return numbers.every((p) => p === 'and' || EN_NUMBERS[p] !== undefined) &&
        EN_NUMBERS[parts.at(-1) as string] === undefined &&
        EN_NUMBERS[first] !== undefined &&
        (!/^(?:a|an|one)$/.test(first) || /^(?:hundred|thousand)$/.test(numbers[1] ?? ''))
        ? parts.join(' ')
        : word;
    });
}

/**
 * A clock said as one hyphened word, an hour then its minutes: "seven-thirty", "eight-ten",
 * "five-forty-five" (a price is said apart: "twelve ninety-nine").
 */
function hyphenedClock(word: string): string | null {
  const m = /^([a-z]+)-([a-z]+)(?:-([a-z]+))?$/.exec(word);
  if (!m) return null;
  const hour = EN_NUMBERS[m[1] as string];
  const tens = EN_NUMBERS[m[2] as string];
  const ones = m[3] === undefined ? 0 : EN_NUMBERS[m[3]];
  if (hour === undefined || tens === undefined || ones === undefined) return null;
  const minutes = tens + ones;
  const fits = hour >= 1 && hour <= 12 && tens >= 10 && minutes < 60 && (ones === 0 || tens >= 20);
  return fits && (m[3] === undefined || ones < 10) ? clock(`${hour}:${minutes}`) : null;
}

/** Words the readings below start from besides the value tables' own words (see quiet). */
const VALUE_WORDS = new Set([
  'twice',
  'once',
  'half',
  'halves',
  'thirds',
  'quarter',
  'quarters',
  'pair',
  'couple',
  'trio',
  'both',
  'dozen',
  'score',
  'year',
]);

/**
 * A word of letters alone that no reading below starts from: in no value table (the same
 * lookups the readings make) and no weekday, month or VALUE_WORDS word; or a stop, comma or
 * spaced dash, which every reading needs a letter, digit or currency sign to start from. Most
 * words of an answer are such words, and skip a score of tests each.
 */
const quiet: (t: string) => boolean = keptReadings(20_000, readQuiet);

/** Punctuation as wordsOf reads it (sentence marks, commas, a dash between spaces). */
const PUNCTUATION = /^[.?!,;:\-–—]$/;

function readQuiet(t: string): boolean {
  if (PUNCTUATION.test(t)) return true;
  return (
    /^[a-z]+$/.test(t) &&
    EN_NUMBERS[t] === undefined &&
    EN_ORDINALS[t] === undefined &&
    !EN_RELATIVE[t] &&
    !EN_NOON[t] &&
    !EN_PARTS.has(t) &&
    !VALUE_WORDS.has(t) &&
    EN_NOTES[t] === undefined &&
    !MONTHS.includes(t) &&
    !/days?$/.test(t)
  );
}

/** English words read as a possible value so far (the words `quiet` lets by are not): tests count it. */
let wordsRead = 0;
export const valueWordsRead = (): number => wordsRead;

/** Words before "once" that make it a count of one time: "only once", "called them once". */
const ONE_TIME_BEFORE =
  /^(?:only|just|exactly|once|[a-z]+ed|came|went|rang|saw|did|had|was|him|her|them|us|me|it)$/;
/** An ordinal denied ("not the first time", "never the first"): see NOT_THE_FIRST. */
const NOT_THE = /\b(?:not|never) the $/;
/** "not the first time", "isn't the first visit": a later one of the noun, the second or after. */
export const NOT_THE_FIRST = /(?:\bnot|\bnever|n['’]t) the first ([a-z]+)/i;

/** "the third of March", "March the third": an ordinal in words said as a day of a month. */
const dayOfMonthWord = (words: readonly Word[], k: number) =>
  (words[k + 1]?.text === 'of' && MONTHS.includes(words[k + 2]?.text ?? '')) ||
  (words[k - 1]?.text === 'the' && MONTHS.includes(words[k - 2]?.text ?? ''));

/**
 * The word after an ordinal is the noun it places ("the third call", "her 21st birthday"): not a
 * grammar word, a month, or a verb in the past ("on the fifth landed", "the 3rd arrived").
 */
const countedAfter = (word: string) => {
  const noun = singular(word);
  return (
    /^[a-z]{3,}$/.test(noun) &&
    !EN_NOT_UNITS.has(noun) &&
    !MONTHS.includes(noun) &&
    !/^[a-z]{3,}[^e]ed$/.test(word)
  );
};

/** Words before "the" that make an ordinal after it a day ("on the third", "since the 21st"). */
const DAY_BEFORE_THE = /^(?:on|since|from|until|till|by)$/;
/**
 * "on the fifth", "since the twenty-first": an ordinal in words after "the" and a word that
 * takes a day, with no noun after it, is a day of the month said without its month.
 */
const dayAfterThe = (words: readonly Word[], k: number) =>
  words[k - 1]?.text === 'the' && DAY_BEFORE_THE.test(words[k - 2]?.text ?? '');

/** "14 and 15 June", "3 to 5 May": the first day of two said with one month after them. */
const dayBeforeDay = (words: readonly Word[], k: number) =>
  /^(?:and|to|or|-|–)$/.test(words[k]?.text ?? '') &&
  /^\d{1,2}(?:st|nd|rd|th)?$/.test(words[k + 1]?.text ?? '') &&
  MONTHS.includes(words[k + 2]?.text ?? '');

/** How many times "double the", "twice the", "triple the" before the number at `k` take it. */
const MULTIPLIERS: Readonly<Record<string, number>> = { double: 2, twice: 2, triple: 3, treble: 3 };
const multiplied = (words: readonly Word[], k: number) =>
  words[k - 1]?.text === 'the' ? (MULTIPLIERS[words[k - 2]?.text ?? ''] ?? 0) : 0;

function english(n: NormalisedText, out: ValueMention[]): void {
  // "the ten-past-eight train": the clock's words, spaced out (same length, same offsets).
  const words = wordsOf(spacedCounts(n.text.replace(/([a-z])-(past|to)-([a-z])/g, '$1 $2 $3')));
  const push = (type: ValueType, unit: string, value: string, from: number, to: number) => {
    const span = originalSpan(n, from, to);
    out.push({ type, ...inDays(type, unit, value), start: span.start, end: span.end });
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    const t = w.text;
    if (quiet(t)) continue;
    wordsRead++;
    const prev = words[k - 1]?.text ?? '';
    const dialled = hyphenedClock(t);
    if (dialled) {
      push('time', 'clock', dialled, w.start, w.end);
      continue;
    }
    const parts = lengthInParts(words, k, numberWord);
    if (parts) {
      const length = lengthValue(parts.minutes);
      push('duration', length.unit, length.value, w.start, (words[k + parts.used - 1] as Word).end);
      k += parts.used - 1;
      continue;
    }
    // "Tuesdays at 7": a weekday said as a habit is that weekday.
    const day = WEEKDAYS.indexOf(t.endsWith('days') ? t.slice(0, -1) : t);
    if (day >= 0) {
      push('weekday', 'day', String(day + 1), w.start, w.end);
      const week = prev === 'coming' ? 'next' : prev;
      if (week === 'last' || week === 'this' || week === 'next')
        (out[out.length - 1] as ValueMention).week = week;
      continue;
    }
    // A month said alone ("in June", "for June and July"); May and March only capitalised.
    const month = MONTHS.indexOf(t);
    if (month >= 0 && (!EN_MONTH_VERBS.has(t) || /^[A-Z]/.test(n.original.slice(...span(n, w))))) {
      push('date', 'month', String(month + 1), w.start, w.end);
      continue;
    }
    // "the start of the year" is January, "the end of the year" December.
    const yearEnd = t === 'year' && prev === 'the' && words[k - 2]?.text === 'of';
    const edge = yearEnd ? YEAR_EDGES[words[k - 3]?.text ?? ''] : undefined;
    if (edge) {
      push('date', 'month', edge, (words[k - 3] as Word).start, w.end);
      continue;
    }
    const rel = EN_RELATIVE[t];
    if (rel) {
      push('date', 'relative', rel[0], w.start, w.end);
      if (rel[1]) push('time', 'part', rel[1], w.start, w.end);
      continue;
    }
    const noon = EN_NOON[t];
    if (noon) {
      push('time', 'part', noon, w.start, w.end);
      continue;
    }
    if (EN_PARTS.has(t)) {
      if (prev === 'this' || prev === 'last') {
        push(
          'date',
          'relative',
          prev === 'this' || t !== 'night' ? 'today' : 'yesterday',
          w.start,
          w.end,
        );
        if (prev === 'last' && t !== 'night') continue;
      }
      // "Friday evening", "on Tuesday morning": a weekday's part of the day is a time too.
      if (
        prev === 'this' ||
        prev === 'last' ||
        prev === 'the' ||
        prev === 'yesterday' ||
        prev === 'tomorrow' ||
        (prev === 'at' && t === 'night') ||
        WEEKDAYS.includes(prev)
      )
        push('time', 'part', t === 'night' ? 'evening' : t, w.start, w.end);
      continue;
    }
    const ordinal = /^\d+(?:st|nd|rd|th)$/.test(t) ? Number.parseInt(t, 10) : EN_ORDINALS[t];
    if (ordinal !== undefined) {
      // "the tenth anniversary", "the 3rd call": an ordinal of the noun after it; "the 12th
      // (of May)" without one is a day of the month.
      if (countedAfter(words[k + 1]?.text ?? '')) {
        const noun = singular((words[k + 1] as Word).text);
        // "not the first time" names no place in the row: only that it came after another.
        if (!NOT_THE.test(n.text.slice(Math.max(0, w.start - 12), w.start)))
          push('number', `ordinal ${noun}`, String(ordinal), w.start, (words[k + 1] as Word).end);
        k++;
      } else if (/^\d/.test(t) || dayOfMonthWord(words, k) || dayAfterThe(words, k)) {
        push('date', 'dom', String(ordinal), w.start, w.end);
      }
      continue;
    }
    if (/^\d+(?::\d\d)?(?:am|pm)$/.test(t) || /^\d+:\d\d$/.test(t)) {
      push('time', 'clock', clock(t), w.start, w.end);
      continue;
    }
    // "10.15am", "at 10.15", "9.30 pm": a clock written the British way, with a point.
    const pointed = /^(\d{1,2})\.([0-5]\d)(am|pm)?$/.exec(t);
    if (
      pointed &&
      Number(pointed[1]) <= 23 &&
      (pointed[3] || CLOCK_BEFORE.has(prev) || /^(?:am|pm)$/.test(words[k + 1]?.text ?? ''))
    ) {
      push('time', 'clock', clock(`${pointed[1]}:${pointed[2]}`), w.start, w.end);
      continue;
    }
    // "came once", "only once": one time; not "once you pay", "at once", "once a week".
    if (
      t === 'once' &&
      ONE_TIME_BEFORE.test(prev) &&
      !/^(?:a|an|per|every)$/.test(words[k + 1]?.text ?? '')
    ) {
      push('quantity', 'time', '1', w.start, w.end);
      continue;
    }
    if (t === 'twice' && !multiplied(words, k + 2)) {
      push('quantity', 'time', '2', w.start, w.end);
      continue;
    }
    // "half a year" is six months, as 半年 is (a restatement says either for the other).
    if (t === 'half' && words[k + 1]?.text === 'a' && words[k + 2]?.text === 'year') {
      push('duration', 'month', '6', w.start, (words[k + 2] as Word).end);
      k += 2;
      continue;
    }
    // "an hour", "a week": one of a length of time; not a rate ("£5 a month", "twice a week"),
    // a half ("half an hour", "an hour and a half"), a rough guess ("a day or two") or a moment.
    // "a working week", "a full day": one of a length with a word of its kind between.
    const kindOf = /^(?:working|business|full|whole|calendar)$/.test(words[k + 1]?.text ?? '')
      ? (words[k + 1] as Word).text
      : '';
    const one = words[k + (kindOf ? 2 : 1)];
    if (
      (t === 'a' || t === 'an') &&
      one &&
      ONE_LENGTH.has(one.text) &&
      !/^(?:\d.*|half|once|twice|times|per|each|every|pounds?|dollars?|euros?|quid|bucks?)$/.test(
        prev,
      ) &&
      EN_NUMBERS[prev] === undefined &&
      !/^(?:or|and)$/.test(words[k + 2]?.text ?? '')
    ) {
      const workweek = one.text === 'week' && /^(?:working|business)$/.test(kindOf);
      push(
        'duration',
        workweek ? 'workweek' : (EN_DURATION[one.text] as string),
        '1',
        w.start,
        one.end,
      );
      k += kindOf ? 2 : 1;
      continue;
    }
    // A clock said in words: "half (past) nine" is 9:30, "quarter past eight" 8:15, "quarter to six" 5:45.
    const dial =
      /^(?:half|quarter)$/.test(t) || /^(?:past|to)$/.test(words[k + 1]?.text ?? '')
        ? dialTime(words, k)
        : null;
    if (dial) {
      push('time', 'clock', dial.time, w.start, (words[k + dial.used - 1] as Word).end);
      k += dial.used - 1;
      continue;
    }
    // "a fiver", "a tenner": British nouns for a note of the currency.
    const note = EN_NOTES[t];
    if (note !== undefined && (prev === 'a' || prev === 'one')) {
      push('money', 'money', String(note), words[k - 1]?.start ?? w.start, w.end);
      continue;
    }
    if (t === '$' || t === '£' || t === '€' || t === '¥' || t === '￥') {
      const num = enNumberAt(words, k + 1);
      if (num) {
        const last = words[k + num[1]] as Word;
        push('money', 'money', String(num[0]), w.start, last.end);
        k += num[1];
      }
      continue;
    }
    if (
      /^[a-z]+\d+[a-z0-9]*$|^[a-z]{1,3}-\d{3,}$/.test(t) ||
      (/^\d{4,}$/.test(t) && !/^(19|20)\d\d$/.test(t))
    ) {
      push('code', 'code', t.replace(/\D/g, ''), w.start, w.end);
      continue;
    }
    // A number read out digit by digit ("four five two one zero") is a reference or a reading.
    const digits = digitRun(words, k);
    if (digits.length >= 4) {
      push('code', 'code', digits, w.start, (words[k + digits.length - 1] as Word).end);
      k += digits.length - 1;
      continue;
    }
    const num = countWordAt(words, k) ?? enNumberAt(words, k);
    if (!num) continue;
    let [value, used] = num;
    // "'67", "the '90s": a year said by its last two digits.
    if (/^\d\d$/.test(t) && /(?:^|\s)['’]$/.test(n.text.slice(Math.max(0, w.start - 2), w.start)))
      value += value >= 30 ? 1900 : 2000;
    // "the twenty-first of May", "on the twenty-eighth": tens and an ordinal in words, a day of
    // the month; "her twenty-first birthday": an ordinal of the noun after it.
    const ones = EN_ORDINALS[words[k + used]?.text ?? ''];
    if ((value === 20 || value === 30) && ones !== undefined && ones < 10) {
      const last = words[k + used] as Word;
      if (countedAfter(words[k + used + 1]?.text ?? '')) {
        const noun = singular((words[k + used + 1] as Word).text);
        const end = (words[k + used + 1] as Word).end;
        push('number', `ordinal ${noun}`, String(value + ones), w.start, end);
        k += used + 1;
        continue;
      }
      if (dayOfMonthWord(words, k + used) || dayAfterThe(words, k)) {
        push('date', 'dom', String(value + ones), w.start, last.end);
        k += used;
        continue;
      }
    }
    // "10-by-8", "twelve by six": a size, the same whichever side is said first.
    const other = /^(?:by|x)$/.test(words[k + used]?.text ?? '')
      ? enNumberAt(words, k + used + 1)
      : null;
    if (other) {
      const sides = [value, other[0]].sort((a, b) => a - b).join('x');
      push('number', 'size', sides, w.start, (words[k + used + other[1]] as Word).end);
      k += used + other[1];
      continue;
    }
    // "double the four bottles" is eight bottles.
    const times = multiplied(words, k);
    if (times) value *= times;
    // "two and a half hours", "a nine and a half": a half more.
    if (
      words[k + used]?.text === 'and' &&
      words[k + used + 1]?.text === 'a' &&
      words[k + used + 2]?.text === 'half' &&
      Number.isInteger(value)
    )
      [value, used] = [value + 0.5, used + 3];
    // "two dozen" is twenty-four, "two score" forty.
    if (words[k + used]?.text === 'dozen') [value, used] = [value * 12, used + 1];
    else if (words[k + used]?.text === 'score') [value, used] = [value * 20, used + 1];
    const end = (words[k + used - 1] as Word).end;
    let unitAt = k + used;
    let unit = words[unitAt]?.text ?? '';
    const monthAfter = MONTHS.indexOf(unit);
    const monthBefore = MONTHS.indexOf(prev);
    if (
      (monthAfter >= 0 || monthBefore >= 0 || dayBeforeDay(words, k + used)) &&
      value >= 1 &&
      value <= 31 &&
      Number.isInteger(value)
    ) {
      push('date', 'dom', String(value), w.start, end);
      k += used - 1;
      continue;
    }
    // Two numbers in words said as one: "twelve ninety-nine" is 12.99, "at eleven twenty" 11:20.
    const tail = /^[a-z]/.test(w.text) && /^[a-z]/.test(unit) ? enNumberAt(words, unitAt) : null;
    if (tail && tail[0] >= 10 && tail[0] <= 99 && Number.isInteger(value) && value <= 99) {
      const last = (words[unitAt + tail[1] - 1] as Word).end;
      if (CLOCK_BEFORE.has(prev) && value <= 12 && tail[0] < 60)
        push('time', 'clock', clock(`${value}:${tail[0]}`), w.start, last);
      else push('number', 'number', String(value + tail[0] / 100), w.start, last);
      k = unitAt + tail[1] - 1;
      continue;
    }
    // "6 in the evening", "nine at night": an hour with its part of the day is a time.
    const partAfter =
      (unit === 'in' && words[unitAt + 1]?.text === 'the' && words[unitAt + 2]?.text) ||
      (unit === 'at' && words[unitAt + 1]?.text === 'night' && 'night');
    if (
      partAfter &&
      /^(?:morning|afternoon|evening|night)$/.test(partAfter) &&
      Number.isInteger(value) &&
      value >= 1 &&
      value <= 12
    ) {
      push('time', 'clock', clock(String(value)), w.start, end);
      continue;
    }
    if (unit === 'o' || unit === 'pm' || unit === 'am' || unit === 'p' || unit === 'a') {
      push(
        'time',
        'clock',
        clock(`${value}${unit === 'p' || unit === 'pm' ? 'pm' : ''}`),
        w.start,
        end,
      );
      continue;
    }
    // "at 10", "at ten, and …", "until 2 yesterday"; "9 Monday": an hour before its day.
    if (
      value <= 12 &&
      Number.isInteger(value) &&
      ((CLOCK_BEFORE.has(prev) && clockAfter(unit)) ||
        // "twelve Saturday sessions" counts sessions.
        (value > 0 &&
          WEEKDAYS.includes(unit) &&
          !countsHeadAfter(unit, words[unitAt + 1]?.text ?? '')))
    ) {
      push('time', 'clock', clock(String(value)), w.start, end);
      continue;
    }
    // "two of our three suitcases": the noun after "of" and its determiner.
    const partitive = unit === 'of';
    let working = false;
    if (partitive && /^(you|us)$/.test(words[unitAt + 1]?.text ?? '')) {
      // "six of you", "four of us": a count of people.
      unitAt++;
      unit = 'people';
    } else if (partitive) {
      let j = unitAt + 1;
      if (/^(the|our|your|my|his|her|their|these|those|them)$/.test(words[j]?.text ?? '')) j++;
      if (EN_NUMBERS[words[j]?.text ?? ''] !== undefined || /^\d/.test(words[j]?.text ?? '')) j++;
      unitAt = j;
      unit = words[j]?.text ?? '';
    } else if (
      /^(working|business|calendar|whole|full|extra|more|separate|different|other|long)$/.test(unit)
    ) {
      working = /^(working|business)$/.test(unit);
      unitAt++;
      unit = words[unitAt]?.text ?? '';
    } else if (value !== 1 && countsHeadAfter(unit, words[unitAt + 1]?.text ?? '')) {
      // "40 prototype brackets": a count of the plural head noun after a modifier.
      unitAt++;
      unit = words[unitAt]?.text ?? '';
    }
    const said = EN_NUMBERS[unit] === undefined ? singular(unit) : '';
    const u = SHORT_UNITS[said] ?? said;
    // "20%", "twenty per cent", "25 percent".
    if (u === '%' || u === 'percent' || (u === 'per' && words[unitAt + 1]?.text === 'cent')) {
      const last = (words[u === 'per' ? unitAt + 1 : unitAt] as Word).end;
      push('quantity', 'percent', String(value), w.start, last);
      k = u === 'per' ? unitAt + 1 : unitAt;
      continue;
    }
    if (EN_DURATION[u]) {
      push(
        'duration',
        // "two working weeks" are ten working days.
        working && u === 'week' ? 'workweek' : (EN_DURATION[u] as string),
        String(value),
        w.start,
        (words[unitAt] as Word).end,
      );
    } else if (u === 'grand') {
      // "twelve grand": thousands of the currency.
      push('money', 'money', String(value * 1000), w.start, (words[unitAt] as Word).end);
    } else if (CURRENCY_WORDS.has(u)) {
      // "14 pounds 50" is £14.50, "eighty pounds twenty" £80.20: the pence or cents said after
      // the currency (unless they count something else: "ten pounds twenty minutes ago").
      const cents = words[unitAt + 1];
      const spelt = /^[a-z]/.test(cents?.text ?? '') ? enNumberAt(words, unitAt + 1) : null;
      const counted = singular(words[unitAt + 2]?.text ?? '');
      if (
        cents &&
        (/^\d{2}$/.test(cents.text) ||
          (spelt?.[1] === 1 &&
            spelt[0] >= 10 &&
            spelt[0] <= 99 &&
            !EN_DURATION[counted] &&
            !EN_PEOPLE.has(counted)))
      ) {
        const pence = spelt ? spelt[0] : Number(cents.text);
        push('money', 'money', String(value + pence / 100), w.start, cents.end);
        k = unitAt + 1;
        continue;
      }
      push('money', 'money', String(value), w.start, (words[unitAt] as Word).end);
    } else if (
      /^[a-z]{3,}$/.test(u) &&
      !EN_NOT_UNITS.has(u) &&
      // A verb after the number says what happened to it ("129 quoted", "a hundred paid").
      !/^[a-z]{2,}[^e]ed$|^paid$/.test(u) &&
      (w.text !== 'one' || unitAt === k + used)
    ) {
      // "one suitcase" is shown whole; "two of our three suitcases" by its number.
      // "on two occasions" is "two times".
      const counted =
        EN_PEOPLE.has(u) || (partitive && EN_PEOPLE_GROUPS.has(u))
          ? 'person'
          : u === 'occasion'
            ? 'time'
            : u;
      push(
        'quantity',
        counted,
        String(value),
        w.start,
        partitive ? end : (words[unitAt] as Word).end,
      );
      if (partitive) (out[out.length - 1] as ValueMention).partitive = true;
      if (unit === 'people') (out[out.length - 1] as ValueMention).group = true;
    } else if (/^\d/.test(w.text) || value > 10) {
      // A number in words past ten names a value ("ninety-six all in"); "one", "two" are words.
      push('number', 'number', String(value), w.start, end);
    }
    k += used - 1;
  }
}

/** Words ending in -s that are no plural noun. */
const NOT_PLURAL =
  /^(?:was|has|does|is|its|this|thus|plus|yes|us|always|perhaps|towards|afterwards|sometimes|whereas|besides|unless)$/;

/**
 * A singular word before a plural noun, the count's modifier ("prototype brackets", "return
 * tickets", "large pizzas"), not a unit of its own (pounds, days, people) nor a number.
 */
function countsHeadAfter(unit: string, next: string): boolean {
  return (
    /^[a-z]{3,}$/.test(unit) &&
    singular(unit) === unit &&
    EN_NUMBERS[unit] === undefined &&
    !CURRENCY_WORDS.has(unit) &&
    !EN_DURATION[unit] &&
    !EN_PEOPLE.has(unit) &&
    !EN_NOT_UNITS.has(unit) &&
    /^[a-z]{3,}s$/.test(next) &&
    singular(next) !== next &&
    !NOT_PLURAL.test(next) &&
    !EN_NOT_UNITS.has(next)
  );
}

/** Minutes a clock is read by in words: "five past", "ten to", "quarter past", "half past". */
const DIAL_MINUTES = new Set([5, 10, 15, 20, 25, 30]);

/**
 * "half nine" (British), "half past nine", "quarter past/to eight", "ten past eight", "twenty to
 * six" at `k`: the clock and words used.
 */
function dialTime(words: readonly Word[], k: number): { time: string; used: number } | null {
  const part = words[k]?.text;
  const rel = words[k + 1]?.text ?? '';
  const by = rel === 'past' || rel === 'to' ? rel : part === 'half' ? '' : null;
  if (by === null) return null;
  // "ten past eight", "twenty to six": the minutes a clock is read by, in words, before past/to
  // ("from two to four" and "two to three people" are ranges).
  const spoken = /^[a-z]/.test(part ?? '') ? enNumberAt(words, k) : null;
  const mins =
    part === 'half' ? 30 : part === 'quarter' ? 15 : spoken?.[1] === 1 ? spoken[0] : null;
  if (mins === null || !DIAL_MINUTES.has(mins)) return null;
  if (/^(?:from|between)$/.test(words[k - 1]?.text ?? '')) return null;
  const hourAt = k + 1 + (by ? 1 : 0);
  const hour = enNumberAt(words, hourAt);
  // "half 12 pounds" is no clock: said without past/to, the hour is a word.
  const spelt = by !== '' || /^[a-z]+$/.test(words[hourAt]?.text ?? '');
  if (!hour || !spelt || hour[1] !== 1 || !Number.isInteger(hour[0]) || hour[0] < 1 || hour[0] > 12)
    return null;
  const after = singular(words[hourAt + 1]?.text ?? '');
  if (EN_DURATION[after] || EN_PEOPLE.has(after)) return null;
  const minutes = by === 'to' ? 60 - mins : mins;
  const h = by === 'to' ? (hour[0] + 11) % 12 : hour[0];
  return { time: clock(`${h}:${String(minutes).padStart(2, '0')}`), used: hourAt - k + 1 };
}

function clock(t: string): string {
  const m = /^(\d+)(?::(\d\d))?(am|pm)?$/.exec(t);
  if (!m) return t;
  // Hours on a 12-hour dial: "3 pm" and 下午三点 against "3:00"; the part of the day is its own value.
  return `${Number(m[1]) % 12}:${m[2] ?? '00'}`;
}

/** Chinese numbers (digits or numerals) with what follows them. */
/** Nouns that count people: "ten colleagues" is "ten people". */
const EN_PEOPLE = new Set(
  'person people colleague coworker guest passenger child kid friend customer worker student adult staff employee member client pupil volunteer'.split(
    ' ',
  ),
);
/** Groups of people that "three of your …" counts the people of ("three of your team"). */
const EN_PEOPLE_GROUPS = new Set(['team', 'crew', 'workforce', 'group', 'class', 'family']);

/** Nouns for people after 个 (十个人 = 十个同事 = 十位). */
const ZH_PEOPLE = /^[个名](?:人|同事|员工|朋友|家人|客人|孩子|小孩|老人|乘客|学生|顾客|工人|师傅)/;

/**
 * Whether a count counts people: 位 always, 人 and 个/名 before a noun for people (十二人 is
 * 十二个人). 一个人 and 一人 are "alone", not a count of people.
 */
function people(rest: string, value: number): boolean {
  if (rest.startsWith('位') || (rest.startsWith('人') && value !== 1)) return true;
  const m = ZH_PEOPLE.exec(rest);
  return m !== null && !(value === 1 && m[0].endsWith('人'));
}

function chinese(n: NormalisedText, out: ValueMention[]): void {
  const from = out.length;
  readChinese(n, out);
  // Forms that say a value without its plain number (两天前, 三点一刻, 百分之三十) replace what the
  // readings made of their parts (两天, 三点, 百 and 三十).
  for (const f of chineseValueForms(n.text)) {
    const { start, end } = originalSpan(n, f.start, f.end);
    for (let i = out.length - 1; i >= from; i--) {
      const v = out[i] as ValueMention;
      if (v.start >= start && v.end <= end) out.splice(i, 1);
    }
    out.push({ ...f, ...inDays(f.type, f.unit, f.value), start, end });
  }
}

function readChinese(n: NormalisedText, out: ValueMention[]): void {
  const text = n.text;
  const push = (type: ValueType, unit: string, value: string, from: number, to: number) => {
    const span = originalSpan(n, from, to);
    out.push({ type, ...inDays(type, unit, value), start: span.start, end: span.end });
  };
  let month: { value: number; from: number; to: number; at: number } | null = null;
  const pushMonth = (value: number, from: number, to: number) => {
    month = { value, from, to, at: out.length };
    push('date', 'month', String(value), from, to);
  };
  // 3月12号, 11/20: a day said with its month is one date ("3-12"), so 4月10号 is no 3月10号.
  const pushDay = (day: number, from: number, to: number) => {
    const m = month as { value: number; from: number; to: number; at: number } | null;
    if (m && m.at === out.length - 1 && from - m.to <= 1) {
      out.pop();
      push('date', 'dom', `${m.value}-${day}`, m.from, to);
    } else push('date', 'dom', String(day), from, to);
  };
  for (const [word, date, part] of ZH_RELATIVE) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      push('date', 'relative', date, at, at + word.length);
      if (part) push('time', 'part', part, at, at + word.length);
    }
  }
  for (const [word, part] of ZH_PARTS)
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
      push('time', 'part', part, at, at + word.length);
  // Places after 从 / 去 / 飞往 (从广州到的, 去成都的): the slot keeps "from" apart from "to";
  // the place ends before a verb of coming (从外地赶过来: 外地) or of moving it (从东门挪到西门: 东门).
  const place =
    /(从|去|飞往)((?![来了过找问看买拿办查接送])[\u4e00-\u9fff]{2,4}?)(?=[到的来飞出回赶过跑坐开寄运改挪换搬调移迁])/g;
  for (let m = place.exec(text); m !== null; m = place.exec(text)) {
    const at = m.index + (m[1] as string).length;
    push('place', m[1] === '从' ? 'from' : 'to', m[2] as string, at, at + (m[2] as string).length);
  }
  // 个半钟, 个半月: an hour or a month and a half with its 一 left out, as Cantonese says it.
  const oneAndHalf =
    /(?<![\d零〇一二两兩俩三四五六七八九十百千万萬])个半(钟头|小时|钟|月|星期|礼拜)/g;
  for (let m = oneAndHalf.exec(text); m !== null; m = oneAndHalf.exec(text)) {
    const unit = ZH_DURATION.find(([w]) => w.endsWith(m?.[1] as string))?.[1];
    if (unit) push('duration', unit, '1.5', m.index, m.index + m[0].length);
  }
  // 半小时, 半个钟头, 半个月, 半年: half a unit with no numeral before it (半天 is also "a long
  // while": left out); half a year is six months (练了半年 ~ 六个月).
  const half = /(?<![\d零〇一二两兩俩三四五六七八九十百千万萬个])半(?:个?(钟头|小时|钟|月)|(年))/g;
  for (let m = half.exec(text); m !== null; m = half.exec(text)) {
    const end = m.index + m[0].length;
    if (m[2]) {
      push('duration', 'month', '6', m.index, end);
      continue;
    }
    const unit = ZH_DURATION.find(([w]) => w.endsWith(m?.[1] as string))?.[1];
    if (unit) push('duration', unit, '0.5', m.index, end);
  }
  // 半打: half a dozen, six of the thing (半打櫈, 半打鸡蛋).
  for (const m of text.matchAll(
    /(?<![\d零〇一二两兩俩仨三四五六七八九十个])半打(?![开算听电扫折])/g,
  ))
    push('quantity', '打', '6', m.index, m.index + 2);
  const days = chineseWeekdays(text);
  for (const d of days) push('weekday', 'day', String(d.day), d.start, d.end);
  // 15:00, 9:30: a clock time written with digits.
  const clockTimes = /(?<![\d:])([01]?\d|2[0-4]):([0-5]\d)(?![\d:])/g;
  const clocks: number[] = [];
  for (let m = clockTimes.exec(text); m !== null; m = clockTimes.exec(text)) {
    push('time', 'clock', clock(m[0]), m.index, m.index + m[0].length);
    clocks.push(m.index, m.index + m[0].length);
  }
  const numbers =
    // A group of three digits after a comma ends the number (CB400，42000 is two numbers).
    /((?:\d{1,3}(?:,\d{3}(?!\d))+|\d+)(?:\.\d+)?(?:[千万萬亿億](?:\d(?![\d.]|,\d)千?)?)?|[零〇一二两兩俩仨三四五六七八九十廿卅百千万萬亿億]+)(多|余|来|几)?/g;
  for (let m = numbers.exec(text); m !== null; m = numbers.exec(text)) {
    const raw = m[1] as string;
    const start = m.index;
    const end = start + m[0].length;
    // Weekdays were read above (周一, the 五 of 周二、五); 一起, 统一 and the like are not numbers.
    if (days.some((d) => d.start <= start && start < d.end)) continue;
    // The hours and minutes of 15:00 were read above as one time.
    if (clocks.some((at, i) => i % 2 === 0 && at <= start && start < (clocks[i + 1] as number)))
      continue;
    // 2万 = 两万 = 20000: digits with a Chinese order of magnitude; a digit after it counts the
    // next unit down, as in 三万六 (3万6 = 3万6千 = 36000).
    const scaled = /^([\d.,]+)([千万萬亿億])(?:(\d)(千)?)?$/.exec(raw);
    const cjk = !scaled && CJK_NUMERAL.test(raw);
    const scale = ZH_SCALE[scaled?.[2] as string] ?? 1;
    let value = scaled
      ? Number((scaled[1] as string).replace(/,/g, '')) * scale +
        Number(scaled[3] ?? 0) * (scaled[4] ? 1e3 : scale / 10)
      : cjk
        ? parseChineseNumeral(raw)
        : Number(raw.replace(/,/g, ''));
    if (value === null || !Number.isFinite(value)) continue;
    // 三四天 arrives as 34天: a range said in numerals a step apart (zh-value-forms.ts).
    const said = originalSpan(n, start, start + raw.length);
    const range = cjk ? null : roughRange(n.original.slice(said.start, said.end));
    if (range !== null) value = range;
    const rest = text.slice(end, end + 4);
    const floor = floorAt(text, start, end, value);
    if (floor) {
      push('quantity', '楼', String(floor.value), floor.start, floor.end);
      continue;
    }
    // B1, K7: a name of letters and digits, not an amount.
    if (!cjk && /[a-z]/.test(text[start - 1] ?? '')) {
      push('code', 'code', raw, start, end);
      continue;
    }
    const spoken = spokenUnitAt(text, start, end, value);
    if (spoken) {
      push(spoken.type, spoken.unit, String(spoken.value), start, spoken.end);
      numbers.lastIndex = spoken.end;
      continue;
    }
    const length = zhLengthAt(text, end, value);
    if (length) {
      push('quantity', 'metre', String(length.value), start, length.end);
      numbers.lastIndex = length.end;
      continue;
    }
    // 一个半小时 = 1.5个小时; 一个半月, with the 个 of 个月 said before the half.
    const half = /^个?半/.exec(rest);
    const halfUnit = half && durationAt(text, end + half[0].length, half[0] === '个半');
    if (half && halfUnit) {
      push('duration', halfUnit.unit, String(value + 0.5), start, halfUnit.end);
      continue;
    }
    // Minutes with 分, or closing the time without it (六点四十二, 6点42).
    const mm = CLOCK_MINUTES.exec(text.slice(end, end + 6));
    // 一点 is "a little" unless a part of the day or minutes make it a time.
    const isClock =
      mm &&
      value <= 24 &&
      (value !== 1 ||
        mm[0].length > 1 ||
        // 一点才到, 一点前, 一点左右: a time that something happens by or at.
        /^(?:才|前|以前|后|後|以后|以後|左右|整)/.test(text.slice(end + mm[0].length)) ||
        ZH_PARTS.some(([w]) => text.startsWith(w, start - w.length)));
    if (mm && isClock) {
      push(
        'time',
        'clock',
        `${value % 12}:${mm[2] ? '30' : String(minutesOf(mm[1] ?? mm[3])).padStart(2, '0')}`,
        start,
        end + mm[0].length,
      );
      // The minutes are part of the time, not a number of their own (七点三十 is not also 30).
      numbers.lastIndex = end + mm[0].length;
      continue;
    }
    if (mm) continue;
    // 11/11, 3/10: month and day.
    if (!cjk && /^\/\d/.test(rest) && value >= 1 && value <= 12) {
      pushMonth(value, start, end);
      continue;
    }
    if (!cjk && text[start - 1] === '/' && /\d/.test(text[start - 2] ?? '')) {
      if (value >= 1 && value <= 31) pushDay(value, start, end);
      continue;
    }
    // 三月 / 3月 (三月十号, 5月份): a month; 三个月 is a duration.
    if (rest.startsWith('月') && Number.isInteger(value) && value >= 1 && value <= 12) {
      pushMonth(value, start, end + 1);
      continue;
    }
    // 第八日 is the eighth day (第八天), not the eighth of the month; so is a count of days said
    // after a verb or 成 / 足 ("a whole", 成廿一日) or before 内/后/就 (用咗三日, 两日就到, 三日之内);
    // after 约好 / 说好 the day agreed is a date (约好14日取). So is a length promised (应承两日还,
    // 话三日有得攞) or closing its clause with a particle (而家十日喇: "it's been ten days now").
    if (
      rest.startsWith('日') &&
      (text[start - 1] === '第' ||
        /[了咗过用等住要就只般成足]/.test(text[start - 1] ?? '') ||
        (text[start - 1] === '好' && !/[约说讲定谈]/.test(text[start - 2] ?? '')) ||
        /(?:应承|答应|承诺|(?<!电)话)$/.test(text.slice(Math.max(0, start - 2), start)) ||
        // 拖到15日才说: a day reached (到, not 迟到 "late by") is a date, whatever follows it.
        (/^日(?:[内后就才都左喇啦咯嘞囉]|之内|了(?!解))/.test(rest) &&
          !/(?<![迟晚])到$/.test(text.slice(Math.max(0, start - 2), start))))
    ) {
      push('duration', 'day', String(value), start, end + 1);
      continue;
    }
    if (/^[号日]/.test(rest)) {
      if (value <= 31) pushDay(value, start, end + 1);
      continue;
    }
    // 一个多月 / 一个来月: about a month.
    const about = /^个[多来]/.test(rest) ? 1 : 0;
    const unitText = about ? `个${rest.slice(2)}` : rest;
    const duration = ZH_DURATION.find(([w]) => unitText.startsWith(w));
    // 3万6年费 (年费, 年薪): an amount a year, not a length of years.
    const aYear = duration?.[1] === 'year' && /^年[费費薪]/.test(unitText);
    if (duration && !aYear && !/[周期拜]/.test(raw)) {
      push('duration', duration[1], String(value), start, end + duration[0].length + about);
      continue;
    }
    // 八成 and 80% are one share (八折 is a price, not a share), as "80 percent" is.
    if (/^[成%]/.test(rest)) {
      push('quantity', 'percent', String(rest[0] === '成' ? value * 10 : value), start, end + 1);
      continue;
    }
    const money = ZH_MONEY.find((w) => rest.startsWith(w));
    // 块 counts pieces where a price follows it (一块六千八的手表: a number with an order of
    // magnitude; 一块六 is still one yuan sixty) or where it is what a thing became (碎成了三块).
    if (
      money === '块' &&
      (/^块[一二两三四五六七八九十\d]+[百千万萬]/.test(text.slice(end, end + 8)) ||
        /成了?$/.test(text.slice(Math.max(0, start - 2), start)))
    ) {
      push('quantity', '块', String(value), start, end + 1);
      continue;
    }
    if (money) {
      push('money', 'money', String(value), start, end + money.length);
      continue;
    }
    if (cjk && digitPriceAt(text, start, raw)) {
      push('money', 'money', String(value), start, end);
      continue;
    }
    const party = partyAt(text, end);
    if (party) {
      push('quantity', 'adult', String(value), start, end + 1);
      push('quantity', 'child', String(party.children), end + 1, party.end);
      numbers.lastIndex = party.end;
      continue;
    }
    const measure = ZH_MEASURE.exec(rest);
    if (measure) {
      // 三个电话 / 三通电话 count calls, as 三次 counts times; 两张成人(票) adults, 一张小童 children.
      const unit = /^[个通]电话/.test(rest)
        ? 'call'
        : /^张(?:成人|大人)/.test(rest)
          ? 'adult'
          : /^张(?:小童|儿童|小孩|小朋友)/.test(rest)
            ? 'child'
            : people(rest, value)
              ? 'person'
              : ((measure[0] as string)[0] as string);
      // An ordinal (第三次) counts something else than a cardinal (两次).
      const ordinal = text[start - 1] === '第' ? '第' : '';
      push('quantity', `${ordinal}${unit}`, String(value), start, end + 1);
      continue;
    }
    // 俩 and 仨 are 两个 and 三个 said as one word (碎了俩, 仨是重复的).
    if (raw === '俩' || raw === '仨') {
      push('quantity', '个', String(value), start, end);
      continue;
    }
    // 三万八, 两万, 四百五, 八十: an amount in running text when it has an order of magnitude after a
    // digit (千万 "by all means" and 万一 "in case" are not amounts).
    if (
      scaled ||
      (cjk && /^[一二两兩三四五六七八九十]+[十百千万萬][一二三四五六七八九]?$/.test(raw)) ||
      // 千五, 千二: a thousand and some hundreds said short.
      /^千[二三四五六七八九]$/.test(raw)
    )
      push('number', 'number', String(value), start, end);
    else if (!cjk && raw.length >= 4 && !/[.,]/.test(raw)) push('code', 'code', raw, start, end);
    else if (!cjk && !countsAThing(rest)) push('number', 'number', numberValue(raw), start, end);
  }
}

/** Capitalised words in a slot ("from Guangzhou", "Ms Chen") in English text: places and names. */
function names(original: string, out: ValueMention[]): void {
  const re = /\b([A-Za-z]+)[ ]+([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\b/g;
  for (let m = re.exec(original); m !== null; m = re.exec(original)) {
    const slot = (m[1] as string).toLowerCase();
    const name = m[2] as string;
    re.lastIndex = m.index + (m[1] as string).length + 1;
    if (!NAME_SLOTS.has(slot)) continue;
    const lower = name.toLowerCase();
    if (WEEKDAYS.includes(lower) || MONTHS.includes(lower.split(' ')[0] as string)) continue;
    const start = m.index + m[0].length - name.length;
    const type: ValueType = /^(mr|ms|mrs|miss|dr)$/.test(slot) ? 'name' : 'place';
    out.push({
      type,
      unit: type === 'name' ? 'person' : slot,
      value: lower,
      start,
      end: start + name.length,
    });
  }
}

const EVENT_UNITS = new Set(['time', 'call', 'visit', 'attempt', 'trip', 'email', 'reminder']);

/**
 * Whether a quantity counts how many times something was done ("three calls", "twice",
 * 三次, 两趟, 四转, 三个电话) rather than how many of a thing; ordinals (第三次) included.
 */
export function countsTimes(unit: string): boolean {
  // 针 counts jabs and stitches: 扎了三针 is 扎了三次; 节 counts lessons as 堂 does (上了两节).
  return EVENT_UNITS.has(unit) || /^第?[次遍趟回堂节转针]$/.test(unit);
}

/**
 * A phrase that is a bare Chinese number with an order of magnitude (两万, 三千五) as a value:
 * not read in running text (千万 "by all means"), only where a rubric names it.
 */
export function bareChineseNumber(phrase: string): ValueMention | null {
  if (!BIG_NUMBER.test(phrase)) return null;
  const value = parseChineseNumeral(phrase);
  return value === null
    ? null
    : { type: 'number', unit: 'number', value: String(value), start: 0, end: phrase.length };
}

/**
 * The bare Chinese numbers with an order of magnitude in a text (付了一千两百, 三万八): what a
 * rubric's bare number (see bareChineseNumber) may be said as. Not values of their own: running
 * text holds them as parts of words too (一千零一夜).
 */
export function bareChineseNumbersIn(text: string): ValueMention[] {
  const out: ValueMention[] = [];
  for (const m of text.matchAll(/[零〇一二两兩三四五六七八九十百千万萬亿億]{2,}/g)) {
    const v = bareChineseNumber(m[0]);
    if (v) out.push({ ...v, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A phrase that is a bare English number ("ten", "10", "twenty-five"): its value, else null. */
export function bareEnglishNumber(phrase: string): number | null {
  const words = wordsOf(phrase.trim().toLowerCase());
  const num = enNumberAt(words, 0);
  return num && num[1] === words.length ? num[0] : null;
}

/** Every typed value said in the text, in order of position. */
export function valuesIn(text: string | NormalisedText): ValueMention[] {
  const n = typeof text === 'string' ? normalise(text) : text;
  const out: ValueMention[] = [];
  if (n.japanese) return out;
  const zh = /[\u3400-\u9fff]/.test(n.text);
  if (zh) chinese(n, out);
  else {
    english(n, out);
    names(n.original, out);
    amountsByContext(n.original, out);
    countsByContext(n, out);
    for (const c of compoundLengths(n)) {
      const inside = out.filter((v) => v.start >= c.start && v.start < c.end);
      for (const v of inside) out.splice(out.indexOf(v), 1);
      out.push({
        type: 'quantity',
        unit: 'metre',
        value: String(c.value),
        start: c.start,
        end: c.end,
      });
    }
    missingCounts(n, out);
    numericDates(n, out);
  }
  relativeDays(n, out, zh);
  shares(n, out, zh);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Words before a bare number that make it a pronoun, a name of its own or a limit ("those two",
 * "page three", "pulls left above 50").
 */
const ELLIPSIS_NOT_AFTER =
  /^(?:the|those|these|all|both|my|your|our|their|his|her|its|each|every|other|last|first|next|no|one|top|chapter|number|page|size|level|grade|year|age|aged|over|above|under|below|past|pass|passing|beyond|than|reach|reaches|reaching|hit|hits|hitting)$/;
/**
 * What may follow a count said without its noun: the clause ends, a new one begins, or its verb
 * ("only four have come", "three arrived", "two left").
 */
const ELLIPSIS_BEFORE =
  /^(?:[.?!,;:–—-]|and|but|or|when|while|instead|rather|so|because|before|after|then|though|although|in|have|has|had|were|was|are|came|arrived|turned|showed|left|remain|remained)$/;
const ONE_DID = /^(?:came|arrived|was|had|turned|showed|in)$/;
/** "four of them": the count's noun said by a pronoun. */
const OF_THEM = /^of (?:them|those|these)\b/;

/**
 * A count said without its noun where a count of a noun came just before it in the sentence
 * ("asked for six feet and they cut it to three", "ten centimetres off and she only took two",
 * "eight sessions were cancelled and he played in four"): a count of the same noun. Only where
 * the clause ends after it, so it can count nothing else.
 */
function countsByContext(n: NormalisedText, out: ValueMention[]): void {
  const words = wordsOf(n.text);
  const found: ValueMention[] = [];
  for (let k = 1; k < words.length; k++) {
    const w = words[k] as Word;
    const value = numberWord(w.text);
    if (value === undefined || !/^(?:\d{1,3}|[a-z]+)$/.test(w.text)) continue;
    // "one" counts only as the subject of its verb ("one came in olive"), not as a pronoun.
    if (value < 2 && (w.text !== 'one' || !ONE_DID.test(words[k + 1]?.text ?? ''))) continue;
    if (ELLIPSIS_NOT_AFTER.test((words[k - 1] as Word).text)) continue;
    const next = `${words[k + 1]?.text ?? '.'} ${words[k + 2]?.text ?? ''}`;
    if (!ELLIPSIS_BEFORE.test(words[k + 1]?.text ?? '.') && !OF_THEM.test(next)) continue;
    const at = originalSpan(n, w.start, w.end);
    // A number past ten is read as a bare number already ("delivered twenty"): it counts too.
    const read = out.filter((v) => v.start < at.end && at.start < v.end);
    const bare = (v: ValueMention) =>
      v.type === 'number' && v.unit === 'number' && v.start === at.start && v.end === at.end;
    if (!read.every(bare)) continue;
    const sentence = n.original.slice(0, at.start).search(/[.!?](?!\d)[^.!?]*$/);
    const count = out
      .filter((v) => v.type === 'quantity' && v.end <= at.start && v.start > sentence)
      .at(-1);
    if (!count || countsTimes(count.unit) || count.unit === 'percent') continue;
    for (const v of read) out.splice(out.indexOf(v), 1);
    found.push({ type: 'quantity', unit: count.unit, value: String(value), ...at });
  }
  out.push(...found);
}

/**
 * A bare number in a sentence that names an amount of money is an amount too ("charged 48
 * dollars when the app estimated 22"): the sentence has already said what it counts.
 */
function amountsByContext(text: string, out: ValueMention[]): void {
  const sentenceOf = (at: number) => {
    const before = text.slice(0, at).search(/[.!?](?!\d)[^.!?]*$/);
    const after = text.slice(at).search(/[.!?](?!\d)/);
    return [Math.max(before, 0), after < 0 ? text.length : at + after];
  };
  const money = out.filter((v) => v.type === 'money');
  if (money.length === 0) return;
  for (const v of out) {
    if (v.type !== 'number' || v.unit !== 'number') continue;
    const [from, to] = sentenceOf(v.start) as [number, number];
    if (money.some((m) => m.start >= from && m.end <= to)) {
      v.type = 'money';
      v.unit = 'money';
    }
  }
}
