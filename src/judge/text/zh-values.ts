/**
 * The Chinese reader of values: numerals with measure words, money, dates, clock times, durations
 * and people in a Chinese text.
 */
import { type NormalisedText, originalSpan } from './normalise.js';
import { parseChineseNumeral } from './numerals.js';
import { clock, inDays, people, type ValueMention, type ValueType } from './value-mentions.js';
import { countsAThing, floorAt, partyAt, piecesAt } from './zh-counts.js';
import { decimalFraction, zhLengthAt } from './zh-lengths.js';
import { zhMeasureAt } from './zh-measures.js';
import { digitPriceAt, spokenUnitAt } from './zh-spoken-units.js';
import { chineseValueForms, roughRange } from './zh-value-forms.js';
import { chineseWeekdays } from './zh-weekdays.js';

/**
 * A Chinese measure word right after a number: 三个, 两次, 六人(份), 四盒, 五扇(窗), 三针, 两根. Words that
 * also make idioms after 一 (一口气, 一门心思, 一眼, 一步) are left out.
 */
export const ZH_MEASURE =
  /^[个位名人件次笔张台部辆箱包瓶盒袋份单岁层楼间套条只双对把支页趟遍回段卷本通寸桌围磅吨升堂节粒颗杯碗盘斤头转入托株盆群拨扇针根片座棵朵封顶幅架艘匹副栋幢枚串捆束罐桶壶项顿批组枝场]/;

/**
 * What follows an hour: 分 minutes, 半, 钟, or bare minutes — unless a digit or a unit follows
 * them, when 点 is a decimal point (一点五公里, 2点5倍) or the hour ends before a number
 * (十点三号码头: pier 3 at ten). Any other word may follow the minutes (七点三十那局, 6点42到).
 */
const CLOCK_MINUTES = new RegExp(
  `^[点點](?:(\\d+)分|(半)|钟|(\\d{1,2}|[一二三四五]?十[一二三四五六七八九]?|零[一二三四五六七八九])(?![\\d零〇一二两兩三四五六七八九十百千万萬亿億公米克元块塊倍成折度号號%％${ZH_MEASURE.source.slice(2, -1)}]))?`,
);

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

const ZH_MONEY = ['块钱', '美元', '英镑', '欧元', '港币', '港元', '元', '块', '蚊'];
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
const ZH_SCALE: Readonly<Record<string, number>> = {
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
};
export const CJK_NUMERAL = /[零〇一二两兩俩仨三四五六七八九十廿卅卌百千万萬亿億]/;

const numberValue = (raw: string) => String(Number(raw.replace(/,/g, '')));

export function chinese(n: NormalisedText, out: ValueMention[]): void {
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
    out.push({ ...f, ...inSteps(inDays(f.type, f.unit, f.value), f.step), start, end });
  }
  // 从周六改到周三, 从早上等到晚上: what 从 / 去 start from is a day or a time there, no place.
  const when = out.filter((v) => WHEN_FROM.has(v.type));
  for (let i = out.length - 1; i >= from; i--) {
    const v = out[i] as ValueMention;
    if (v.type === 'place' && when.some((w) => w.start < v.end && v.start < w.end))
      out.splice(i, 1);
  }
}
/**
 * A length counted in a larger step than its unit (三刻钟 in quarter hours, 四个字 in fives of minutes):
 * the step as read (in days or hours where the length was read in them) times that step. "快三刻钟"
 * is then near forty minutes, as "nearly three quarters of an hour" is.
 */
function inSteps<T extends { step?: number }>(read: T, step: number | undefined): T {
  return step !== undefined && read.step !== undefined ? { ...read, step: read.step * step } : read;
}

/** Values that may stand where a place would after 从: days, dates and times of day. */
const WHEN_FROM = new Set<ValueType>(['weekday', 'date', 'time']);

function readChinese(n: NormalisedText, out: ValueMention[]): void {
  const text = n.text;
  // `step`: the unit a length is counted in, in `unit`s (15 for 三个骨, counted in quarter hours).
  const push = (
    type: ValueType,
    unit: string,
    value: string,
    from: number,
    to: number,
    step?: number,
  ) => {
    const span = originalSpan(n, from, to);
    out.push({
      type,
      ...inSteps(inDays(type, unit, value), step),
      start: span.start,
      end: span.end,
    });
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
  // 半个多小时 is more than half an hour, by less than another half (counted in halves).
  const half =
    /(?<![\d零〇一二两兩俩三四五六七八九十百千万萬个])半(?:个?(多)?(钟头|小时|钟|月)|(年))/g;
  for (let m = half.exec(text); m !== null; m = half.exec(text)) {
    const end = m.index + m[0].length;
    if (m[3]) {
      push('duration', 'month', '6', m.index, end);
      continue;
    }
    const unit = ZH_DURATION.find(([w]) => w.endsWith(m?.[2] as string))?.[1];
    if (unit) push('duration', unit, '0.5', m.index, end, m[1] ? 0.5 : undefined);
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
    /((?:\d{1,3}(?:,\d{3}(?!\d))+|\d+)(?:\.\d+)?(?:[千万萬亿億](?:\d(?![\d.]|,\d)千?)?)?|[零〇一二两兩俩仨三四五六七八九十廿卅卌百千万萬亿億]+)(多|余|来|几)?/g;
  for (let m = numbers.exec(text); m !== null; m = numbers.exec(text)) {
    const raw = m[1] as string;
    const start = m.index;
    // 七点二米, 一点五公斤: 点 between numerals before a unit is a decimal point, not a clock.
    const point = m[2] === undefined ? decimalAt(text, start + m[0].length) : null;
    const end = point ? point.end : start + m[0].length;
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
    if (point) {
      if (!Number.isInteger(value)) continue;
      value += point.fraction;
      numbers.lastIndex = end;
    }
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
      push(spoken.type, spoken.unit, String(spoken.value), start, spoken.end, spoken.step);
      numbers.lastIndex = spoken.end;
      continue;
    }
    const length = zhLengthAt(text, end, value);
    if (length) {
      push('quantity', 'metre', String(length.value), start, length.end);
      numbers.lastIndex = length.end;
      continue;
    }
    const amount = zhMeasureAt(text, end, value);
    if (amount) {
      push('quantity', amount.unit, String(amount.value), start, amount.end);
      numbers.lastIndex = amount.end;
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
    const year =
      duration?.[1] === 'year' && !about && range === null && !/^年[代费費薪]/.test(unitText)
        ? yearNamed(n.original.slice(said.start, said.end), value)
        : null;
    if (year !== null) {
      push('number', 'number', String(year), start, end + 1);
      continue;
    }
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
    // magnitude; 一块六 is still one yuan sixty), where a thing it counts follows it (四十块地砖) or
    // where it is what a thing became (碎成了三块).
    if (
      money === '块' &&
      (piecesAt(text, start, end, value) ||
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
    // 一家五口, 五口人, 两口子: 口 counts the people of a household (elsewhere 两口 are bites).
    const household = /^口(?:人|子)?/.exec(rest);
    if (
      household &&
      (household[0] !== '口' || /家子?$/.test(text.slice(Math.max(0, start - 3), start)))
    ) {
      push('quantity', 'person', String(value), start, end + household[0].length);
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
      // 千五, 千二: a thousand and some hundreds said short; 万二, 万二八 (12,800) and 一万二千八 ten
      // thousand and more.
      /^千[二三四五六七八九]$/.test(raw) ||
      TENS_OF_THOUSANDS.test(raw)
    )
      push('number', 'number', String(value), start, end);
    else if (!cjk && raw.length >= 4 && !/[.,]/.test(raw)) push('code', 'code', raw, start, end);
    else if (!cjk && !countsAThing(rest))
      push('number', 'number', point ? String(value) : numberValue(raw), start, end);
  }
}

/** 万二, 万二八, 一万二千八, 三万五千: an amount of ten thousand and more in words (万一 is "in case"). */
const TENS_OF_THOUSANDS =
  /^[一二两兩三四五六七八九十]*[万萬](?:[二两兩三四五六七八九][二三四五六七八九]?|[一二两兩三四五六七八九]千(?:[一二两兩三四五六七八九]百?)?)$/;

/**
 * The year a numeral before 年 names, else null: four digits from 1900 to 2099 (2019年, 二零一九年), or
 * two said one by one (一九年, 五八年, 六二年 — a year's last two digits, as "'58" is), each read as
 * the number "2019" and "'19" are in English, not a length of years (十九年 is nineteen years).
 */
function yearNamed(spoken: string, value: number): number | null {
  if (/^(?:\d{4}|[零〇一二三四五六七八九]{4})$/.test(spoken))
    return value >= 1900 && value <= 2099 ? value : null;
  if (/^[零〇一二三四五六七八九]{2}$/.test(spoken))
    return value <= 30 ? 2000 + value : 1900 + value;
  return null;
}

/** Digits after a decimal point 点 and the unit of measure or money they are a part of. */
const DECIMAL = /^[点點]([零〇一二三四五六七八九]+|\d+)(?=[公米斤克升倍吨磅寸尺元块度])/;

/** The fraction a decimal point at `at` says (点二五 is .25) and where its digits end, else null. */
function decimalAt(text: string, at: number): { fraction: number; end: number } | null {
  const m = DECIMAL.exec(text.slice(at, at + 12));
  if (!m) return null;
  const said = m[1] as string;
  return { fraction: decimalFraction(said), end: at + 1 + said.length };
}
