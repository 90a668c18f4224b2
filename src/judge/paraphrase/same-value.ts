import type { Criterion } from '../../drills/schema.js';
import { roughlyAsLong } from '../text/approximate.js';
import { sameSense } from '../text/en-senses.js';
import { spokenPrices } from '../text/en-spoken-prices.js';
import { NOT_THE_FIRST } from '../text/en-values.js';
import { isMeasure, sameMeasure } from '../text/measures.js';
import type { ValueMention } from '../text/value-mentions.js';
import { bareChineseNumber, bareChineseNumbersIn, countsTimes, valuesIn } from '../text/values.js';
import type { CriterionResult } from '../types.js';
import { inMinutes } from './offset-times.js';
import { totalByEach } from './price-each.js';
import { restOfTotal } from './rest-of-total.js';
import { boundNear } from './rough-values.js';
import { monthEndSaid } from './zh-month-ends.js';
import { pairsOf } from './zh-pairs.js';

/**
 * Kinds of value a fact is restated by whatever the script or wording (and the hour of a clock:
 * 15:00 for 下午三点, 18:00 for "6 in the evening"); a count by the general measure word 个 alone
 * says too little of what it counts (一个新账户 is no 一个月).
 */
const RESTATABLE = new Set(['money', 'quantity', 'duration', 'number']);
const restatable = (v: ValueMention) =>
  (RESTATABLE.has(v.type) && v.unit !== '个') || (v.type === 'time' && v.unit === 'clock');

/** The values a fact's own phrases name ("called 3 times", 两万, 一个半小时), read once per criterion. */
const valuesOf = new WeakMap<Criterion, ValueMention[]>();
function valuesNamed(criterion: Criterion): ValueMention[] {
  let named = valuesOf.get(criterion);
  if (!named) {
    named = criterion.any
      .flatMap((p) => {
        const bare = bareChineseNumber(p.trim());
        return bare ? [bare] : valuesIn(p);
      })
      .filter(restatable);
    valuesOf.set(criterion, named);
  }
  return named;
}

/** The counts a fact's own phrases name, 个 included (五个键), read once per criterion. */
const countsOfFact = new WeakMap<Criterion, ValueMention[]>();
function countsNamed(criterion: Criterion): ValueMention[] {
  let named = countsOfFact.get(criterion);
  if (!named) {
    named = criterion.any.flatMap(valuesIn).filter((v) => v.type === 'quantity');
    countsOfFact.set(criterion, named);
  }
  return named;
}

/**
 * A fact's bare number ("45"), and also the length or amount the customer said it with when they
 * said that number once with a unit or a noun it counts ("Your app said 45 minutes", "3.6 metres",
 * "48 cupcakes"): "three-quarters of an hour" restates it as well as a bare "forty-five", "three
 * metres sixty" "3.6" and "four dozen cupcakes" "48". Not an ordinal: "the third time" is no "3"
 * of "3 May".
 */
const TOLD_UNITS = new Set(['duration', 'money']);
/**
 * A count of a noun or a unit of measure named in English ("cupcake", "metre") or by a Chinese
 * measure word (二十四片), not 个 or 第三次.
 */
const toldUnit = (t: ValueMention) =>
  TOLD_UNITS.has(t.type) ||
  (t.type === 'quantity' &&
    (/^[a-z]+$/.test(t.unit) || /^[\u3400-\u9fff]$/.test(t.unit)) &&
    t.unit !== '个');
function withToldUnit(v: ValueMention, told: readonly ValueMention[]): ValueMention[] {
  if (v.type === 'money') return [piecesAsTold(v, told) ?? v];
  if (v.type !== 'number') return [v];
  const withIt = told.filter((t) => Number(t.value) === Number(v.value));
  const [only] = withIt;
  return withIt.length === 1 && only && toldUnit(only)
    ? [v, { ...v, type: only.type, unit: only.unit }]
    : [v];
}

/**
 * A fact's 二十四块 read alone is yuan; where the customer said it only of a thing (二十四块旧硬盘)
 * it counts pieces, and is restated as a count (两打硬盘), never as ¥24.
 */
function piecesAsTold(v: ValueMention, told: readonly ValueMention[]): ValueMention | null {
  const same = told.filter((t) => Number(t.value) === Number(v.value));
  return same.length > 0 && same.every((t) => t.type === 'quantity' && t.unit === '块')
    ? { ...v, type: 'quantity', unit: '块' }
    : null;
}

/** An amount with or without its currency (2万 for 20000元) is one kind of value. */
const kind = (v: ValueMention) => (v.type === 'money' ? 'number' : v.type);

const sameLength = (a: ValueMention, b: ValueMention) =>
  inMinutes(a) !== undefined && inMinutes(a) === inMinutes(b);

/**
 * The same amount of the same thing: counts of times alike whatever they count (calls, 次, 回),
 * counts of things said by words of one sense ("two spots" for "two places"), a length in
 * minutes or hours.
 */
const same = (a: ValueMention, b: ValueMention) =>
  sameLength(a, b) ||
  (kind(a) === kind(b) &&
    (a.type === 'time' ? a.value === b.value : Number(a.value) === Number(b.value)) &&
    (kind(a) === 'number' ||
      a.unit === b.unit ||
      (a.type === 'quantity' && countsTimes(a.unit) && countsTimes(b.unit)) ||
      (a.type === 'quantity' && /^[a-z]+$/.test(a.unit) && sameSense(a.unit, b.unit))));

/** A Chinese measure word (三百只, 五个, 第八次) or a count read from one (三通电话: call, 八位: person). */
const ZH_COUNTED = /^第?[\u3400-\u9fff]$|^(?:call|person)$/;

/**
 * The same count said with another measure word of its kind (三百头 for 三百只, 四转 for 四次, 5只琴键
 * for 五个键, 八位 for 八个): when the customer gave that number as a count by one measure word
 * only (两场 … 两场都取消 is one thing counted twice), it is the one thing counted; a count of times
 * is no count of things (两次 is no 两台), but dozens are either.
 */
const sameCount = (v: ValueMention, m: ValueMention, told: readonly ValueMention[]) =>
  v.type === 'quantity' &&
  m.type === 'quantity' &&
  ZH_COUNTED.test(v.unit) &&
  ZH_COUNTED.test(m.unit) &&
  Number(v.value) === Number(m.value) &&
  // Dozens (打) count whatever the customer counted, things or times (一打课 for 十二节课).
  (countsTimes(v.unit) === countsTimes(m.unit) || v.unit === '打' || m.unit === '打') &&
  new Set(
    told
      .filter((t) => t.type === 'quantity' && Number(t.value) === Number(v.value))
      .map((t) => t.unit),
  ).size === 1;

/**
 * Words that name a count and not what is counted: "two dozen", "the half-dozen", "a pair of",
 * "two score", "threescore", 两打.
 */
const COUNT_WORD = /\b(?:dozen|half-dozen|pair|couple|(?:[a-z]+)?score)\b|打/i;

/**
 * A fact's bare number ("24", 二十四) said by a count word ("two dozen brackets", 两打纸杯蛋糕): the
 * count word says only how many, so the count is the number whatever it counts.
 */
const inCountWord = (v: ValueMention, m: ValueMention, answer: string) =>
  v.type === 'number' &&
  m.type === 'quantity' &&
  Number(v.value) === Number(m.value) &&
  COUNT_WORD.test(answer.slice(m.start, m.end));

/**
 * A count of things (an English noun, not a unit of measure or a count of times) or a bare number:
 * what a count said with another noun may restate.
 */
const thingsOrBare = (v: ValueMention) =>
  v.type === 'number' ||
  (v.type === 'quantity' && /^[a-z]+$/.test(v.unit) && !isMeasure(v.unit) && !countsTimes(v.unit));

/**
 * The answer's count says only how many, not of what: bare ("twenty of them"), a share of a total
 * ("a third"), "ones", or a count word before its noun ("a dozen swim sessions"). "Two funerals"
 * names another thing and restates no "two weddings".
 */
function onlyHowMany(m: ValueMention, answer: string): boolean {
  if (m.type === 'number' || m.unit === 'one') return true;
  const spoken = answer.slice(m.start, m.end).toLowerCase();
  return COUNT_WORD.test(spoken) || !spoken.includes(m.unit);
}

/**
 * A fact's count said by a count word, bare or as a share ("a dozen swim sessions" for twelve
 * lessons, "room for only a dozen" for 12 seats, "a third of them" of 120 shirts for "40"): where
 * the customer said that number once and the answer says it once, it counts the one thing (a
 * number the customer never said, "30 missing" of 150 and 120, is told by its words) — unless the answer's noun is one the customer counted only with other numbers ("a dozen
 * people" where they said 16 people and 12 seats).
 */
function countByAnotherNoun(
  v: ValueMention,
  m: ValueMention,
  said: readonly ValueMention[],
  told: readonly ValueMention[],
  answer: string,
): boolean {
  const n = Number(v.value);
  if (v === m || !Number.isInteger(n) || n < 2 || Number(m.value) !== n) return false;
  if (!thingsOrBare(v) || !thingsOrBare(m) || (v.type === 'number' && m.type === 'number'))
    return false;
  if (!onlyHowMany(m, answer)) return false;
  const withIt = (values: readonly ValueMention[]) =>
    values.filter((t) => Number(t.value) === n && t.type !== 'time' && t.type !== 'date');
  if (withIt(said).length !== 1 || withIt(told).length !== 1) return false;
  if (withIt(told).some((t) => !thingsOrBare(t))) return false;
  const byNoun = told.filter(
    (t) =>
      t.type === 'quantity' &&
      m.type === 'quantity' &&
      (t.unit === m.unit || sameSense(t.unit, m.unit)),
  );
  return byNoun.length === 0 || byNoun.some((t) => Number(t.value) === n);
}

/** Most items a total may count (两张 × 三百八): more is no count of things bought. */
const MAX_COUNT = 99;

/** The customer's counts of things that a price or amount may be for each of (两张, 三个人). */
export const countsOf = (told: readonly ValueMention[]): number[] =>
  told
    .filter((t) => t.type === 'quantity')
    .map((t) => Number(t.value))
    .filter((n) => Number.isInteger(n) && n >= 2 && n <= MAX_COUNT);

/** A word that says the amount after it is a total: 一共, 總共, 合共, "in total". */
const TOTAL_BEFORE = /(?:一共|总共|合共|共|加起来|合计|总计|total(?: of)?|altogether)[\s:：]*$/i;

/**
 * `total` is `each` times one of the counts, said as a total (一共七百六 for 三百八 each of 两张);
 * `answer` is the text `total` was read from.
 */
export const totalOf = (
  each: ValueMention,
  total: ValueMention,
  counts: readonly number[],
  answer: string,
) =>
  total.type !== 'quantity' &&
  kind(each) === kind(total) &&
  TOTAL_BEFORE.test(answer.slice(Math.max(0, total.start - 12), total.start)) &&
  counts.some((n) => Math.abs(Number(each.value) * n - Number(total.value)) < 1e-9);

/**
 * A fact that is an amount, a count or a length of time is restated by the same value said any
 * way: "rang us three times", "that's three calls" and "twice" for "two times"; 2万 for 两万,
 * 六百九十九块 for 699元, 1.5个小时 for 一个半小时, 三个电话 for 三次; a price for each by the
 * total for a count of the customer's (`told`: the values the customer said). A missed fact whose phrases name such a value is met
 * where the answer says it.
 */
export function sameValue(
  result: CriterionResult,
  criterion: Criterion,
  said: readonly ValueMention[],
  answer: string,
  told: readonly ValueMention[] = [],
): CriterionResult {
  if (result.status !== 'missed') return result;
  const named = valuesNamed(criterion).flatMap((v) => withToldUnit(v, told));
  const counts = countsOf(told);
  const hit =
    said.find((m) => named.some((v) => same(v, m))) ??
    // A measure in another unit of its kind ("thirteen feet" for 4 metres, "half a metre" for 50 cm).
    said.find((m) => named.some((v) => sameMeasure(v, m, told))) ??
    said.find((m) =>
      [...countsNamed(criterion), ...named].some((v) => sameCount(v, m, told) || pairsOf(v, m)),
    ) ??
    said.find((m) => named.some((v) => inCountWord(v, m, answer))) ??
    said.find((m) => named.some((v) => countByAnotherNoun(v, m, said, told, answer))) ??
    // A price for each said as the total for all (一共七百六 for 两张, 每张三百八).
    said.find((m) => named.some((v) => totalOf(v, m, counts, answer))) ??
    // A total said as the price for each ("twenty pounds apiece" for the three of them).
    said.find((m) => named.some((v) => totalByEach(v, m, counts, answer))) ??
    sameDays(criterion, said, answer) ??
    monthEndSaid(daysNamed(criterion), said) ??
    // A total said as a count the customer gave and the rest ("four lessons … the other eight").
    named
      .filter((v) => v.type === 'quantity' || v.type === 'number')
      .map((v) => restOfTotal(Number(v.value), said, told, answer))
      .find((span) => span !== null) ??
    aboutAsLong(criterion, said, answer) ??
    // An amount, a count or a length in other units said near it ("nearly five hundred pounds").
    said.find((m) => named.some((v) => boundNear(v, m, answer))) ??
    said.find((m) => named.some((v) => daysAsDate(v, m, answer))) ??
    notTheFirst(criterion, answer) ??
    said.find((m) => anniversaryNamed(criterion).includes(m.value) && m.unit === ANNIVERSARY) ??
    twelveOClock(criterion, said, answer) ??
    said.find(
      (m) => m.type === 'date' && m.unit === 'month' && monthsNamed(criterion).includes(m.value),
    ) ??
    // "cost you three-sixty" for £360 (or £3.60): either amount a spoken price may be.
    spokenPrices(answer).find((p) =>
      named.some((v) => kind(v) === 'number' && p.amounts.includes(Number(v.value))),
    ) ??
    // A bare number the fact names said as a bare number too (一千两百 for 一千二).
    bareChineseNumbersIn(answer).find((m) => named.some((v) => same(v, m)));
  if (!hit) return result;
  const span = { start: hit.start, end: hit.end };
  return {
    ...result,
    met: true,
    status: 'met',
    span,
    detail: `=${answer.slice(span.start, span.end)}`,
  };
}

const ANNIVERSARY = 'ordinal anniversary';
const anniversariesOf = new WeakMap<Criterion, string[]>();
/**
 * The anniversaries a fact names by its ordinal alone ("40th", "fortieth", read as the year of
 * an anniversary): said by the year, the ordinal or the gift ("ruby wedding"), read once per
 * criterion.
 */
function anniversaryNamed(criterion: Criterion): string[] {
  let years = anniversariesOf.get(criterion);
  if (!years) {
    years = criterion.any.flatMap((p) =>
      /^\s*[a-z0-9-]+\s*$/i.test(p)
        ? valuesIn(`${p.trim()} anniversary`)
            .filter((v) => v.unit === ANNIVERSARY)
            .map((v) => v.value)
        : [],
    );
    anniversariesOf.set(criterion, years);
  }
  return years;
}

/** Words a month may have before it in a fact that is only that month ("since March"). */
const BEFORE_MONTH = /^(?:in|since|from|by|until|till)\s+/i;

const monthsOf = new WeakMap<Criterion, string[]>();
/**
 * The months a fact is ("January", "since March"), said the same in any words ("the start of the
 * year" for January), read once per criterion.
 */
function monthsNamed(criterion: Criterion): string[] {
  let months = monthsOf.get(criterion);
  if (!months) {
    months = phraseValues(criterion).flatMap(([phrase, values]) => {
      const [only] = values;
      const bare = phrase.trim().replace(BEFORE_MONTH, '');
      return values.length === 1 &&
        only?.type === 'date' &&
        only.unit === 'month' &&
        saysOnly(bare, valuesIn(bare))
        ? [only.value]
        : [];
    });
    monthsOf.set(criterion, months);
  }
  return months;
}

/** The points of the day named by a word: each is twelve on the clock. */
const TWELVE_NAMES = /\b(?:noon|midday|midnight)\b/i;
/** Twelve on a clock as values.ts reads it (hours on a 12-hour dial). */
const TWELVE = '0:00';

/**
 * Noon, midday and midnight said as twelve o'clock, and twelve said by their names ("by twelve
 * o'clock" for "by midnight", "at midday" for "12pm"): a clock of twelve is either point.
 */
function twelveOClock(
  criterion: Criterion,
  said: readonly ValueMention[],
  answer: string,
): ValueMention | undefined {
  const isTwelve = (v: ValueMention) =>
    v.type === 'time' && v.unit === 'clock' && v.value === TWELVE;
  const named = (v: ValueMention) =>
    v.type === 'time' && TWELVE_NAMES.test(answer.slice(v.start, v.end));
  if (criterion.any.some((p) => TWELVE_NAMES.test(p)))
    return said.find((m) => isTwelve(m) || named(m));
  if (phraseValues(criterion).some(([, values]) => values.some(isTwelve))) return said.find(named);
  return undefined;
}

/**
 * A second (or later) time said as "not the first time": the ordinal of the fact's noun denied
 * in its first place.
 */
function notTheFirst(
  criterion: Criterion,
  answer: string,
): { start: number; end: number } | undefined {
  const m = NOT_THE_FIRST.exec(answer);
  if (!m) return undefined;
  const noun = (m[1] as string).toLowerCase().replace(/s$/, '');
  const later = valuesIn(criterion.any.join('. ')).some(
    (v) => v.unit === `ordinal ${noun}` && Number(v.value) >= 2,
  );
  return later ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * A length in months said in weeks or days (半个月 for 两个礼拜, 一个月 for 四个星期, 一个半月 for
 * 六个礼拜, "a month and a half" for "six weeks"): a month is no exact number of weeks (4⅓), so
 * two days a month either way is the same length; a week more or less (三个星期 for 一个月) is another.
 */
const SLACK_A_MONTH = 2;
const MONTHS = /月|\bmonths?\b/i;
const monthInWeeks = (a: ValueMention, b: ValueMention, answer: string, customer: string) =>
  a.type === 'duration' &&
  a.unit === 'day' &&
  b.unit === 'day' &&
  MONTHS.test(answer.slice(a.start, a.end)) !== MONTHS.test(customer.slice(b.start, b.end)) &&
  Math.abs(Number(a.value) - Number(b.value)) <=
    SLACK_A_MONTH * Math.max(1, Math.max(Number(a.value), Number(b.value)) / 30);

/**
 * The answer's length `a` is as long as the customer's `b`: months said in weeks (above), a length
 * said roughly that covers it (快三个礼拜 for 二十天, see roughlyAsLong), or a length in the span the
 * customer's rough one gives (四十分钟 for 半个多小时, 五十分钟 for 快一个小时).
 */
export const asLong = (a: ValueMention, b: ValueMention, answer: string, customer: string) =>
  monthInWeeks(a, b, answer, customer) ||
  roughlyAsLong(b, a, answer) ||
  roughlyAsLong(a, b, customer);

/**
 * A number of days said with 日 and no month before it (三日出报告, 已经十四日, 两日送达) is a
 * length as Cantonese and Taiwan Mandarin say it, where it matches a fact's length in days.
 */
const daysAsDate = (v: ValueMention, m: ValueMention, answer: string) =>
  v.type === 'duration' &&
  v.unit === 'day' &&
  m.type === 'date' &&
  m.unit === 'dom' &&
  m.value === v.value &&
  answer[m.end - 1] === '日' &&
  !/[月/]$/.test(answer.slice(0, m.start));

/** A length of the fact's said in other units or roughly (see asLong). */
function aboutAsLong(
  criterion: Criterion,
  said: readonly ValueMention[],
  answer: string,
): ValueMention | undefined {
  for (const [p, values] of phraseValues(criterion))
    for (const v of values) {
      const hit = said.find((m) => asLong(m, v, answer, p));
      if (hit) return hit;
    }
  return undefined;
}

/** Each of a fact's phrases with the values it names, read once per criterion (not per answer). */
const phraseValuesOf = new WeakMap<Criterion, [string, ValueMention[]][]>();
function phraseValues(criterion: Criterion): [string, ValueMention[]][] {
  let read = phraseValuesOf.get(criterion);
  if (!read) {
    read = criterion.any.map((p) => [p, valuesIn(p)]);
    phraseValuesOf.set(criterion, read);
  }
  return read;
}

const WHEN = new Set(['weekday', 'time', 'date']);
/**
 * Values that name a day on their own: a weekday, a day with its month (11月20号 = 11/20), a
 * day named from today (昨天 = 尋日 = 昨儿, 今朝 = 今天早上), a day of the month ("28th" said
 * "the twenty-eighth"); and, in a phrase that says nothing else, a part of a month (月底 = 月末)
 * or the weeks back (上上周 = 两周前).
 */
const aDay = (v: ValueMention) =>
  v.type === 'weekday' ||
  v.unit === 'dom' ||
  v.unit === 'relative' ||
  v.unit === 'month-part' ||
  v.unit === 'weeks-back';

/** A day named in full: a weekday or a day with its month (a day of the month alone stands only for itself). */
const fixedDay = (v: ValueMention) =>
  v.type === 'weekday' || (v.unit === 'dom' && v.value.includes('-'));

/**
 * The phrase is nothing but its values: a day named from today stands for the phrase only when
 * nothing else is in it (昨天半夜 holds a time no value reads, and is no 昨天 alone).
 */
function saysOnly(phrase: string, values: readonly ValueMention[]): boolean {
  const rest = [...phrase].filter((_, i) => !values.some((v) => v.start <= i && i < v.end));
  return !rest.some((c) => /[\p{L}\p{N}]/u.test(c));
}

/** Each of a fact's phrases that names days, as the day and time values it names; read once per criterion. */
const daysOf = new WeakMap<Criterion, ValueMention[][]>();
function daysNamed(criterion: Criterion): ValueMention[][] {
  let named = daysOf.get(criterion);
  if (!named) {
    named = phraseValues(criterion).flatMap(([phrase, values]) => {
      const when = values.filter((v) => WHEN.has(v.type));
      return when.some(aDay) && (when.some(fixedDay) || saysOnly(phrase, when)) ? [when] : [];
    });
    daysOf.set(criterion, named);
  }
  return named;
}

/**
 * The month of a date the customer gave ("3 June") is left out where the answer says its day
 * alone ("on the third"): the month goes without saying, unless another month is said by that day.
 */
function monthLeftOut(
  named: readonly ValueMention[],
  i: number,
  found: readonly (ValueMention | undefined)[],
  said: readonly ValueMention[],
): boolean {
  if (named[i]?.unit !== 'month') return false;
  const day = found.find((m, j) => m !== undefined && named[j]?.unit === 'dom');
  return (
    day !== undefined &&
    !said.some(
      (m) => m.unit === 'month' && Math.max(m.start - day.end, day.start - m.end) < MONTH_BY_DAY,
    )
  );
}
/** Characters between a day and a month said with it ("the 3rd of June", "June the third"). */
const MONTH_BY_DAY = 6;

/**
 * A phrase naming days (周二跟周五, "Tuesday and Friday", 十一月二十号) is said where one
 * sentence of the answer names every day, date and time of day it names (周二、五; 11/20), in any
 * order or wording.
 */
function sameDays(
  criterion: Criterion,
  said: readonly ValueMention[],
  answer: string,
): { start: number; end: number } | null {
  // A date in figures that reads either way ("3/12") is read one way for all of its parts.
  for (const named of daysNamed(criterion))
    for (const either of [false, true]) {
      const found = named.map((v) =>
        said.find(
          (m) =>
            m.type === v.type &&
            m.unit === v.unit &&
            (either ? (m.other ?? m.value) : m.value) === v.value,
        ),
      );
      if (found.some((m, i) => m === undefined && !monthLeftOut(named, i, found, said))) continue;
      const spans = found.filter((m) => m !== undefined);
      const start = Math.min(...spans.map((m) => m.start));
      const end = Math.max(...spans.map((m) => m.end));
      if (!/[.?!。？！]/.test(answer.slice(start, end))) return { start, end };
    }
  return null;
}
