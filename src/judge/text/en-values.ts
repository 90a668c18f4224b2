/**
 * The English reader of values: numbers, money, dates, clock times, durations, counts and people
 * in an English text.
 */
import { lengthInParts, lengthValue } from './en-lengths.js';
import { COUPLE_OF_AFTER, EN_NUMBER_WORDS } from './en-number-words.js';
import { keptReadings } from './kept.js';
import { isMeasure, saidAsOne } from './measures.js';
import { type NormalisedText, originalSpan } from './normalise.js';
import {
  clock,
  inDays,
  MONTHS,
  span,
  type ValueMention,
  type ValueType,
  WEEKDAYS,
} from './value-mentions.js';

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
/** Whose stay a week or a fortnight was, and where it was spent: "your week in the caravan". */
const STAYED = /^(?:your|our|my|his|her|their)$/;
const STAYED_FOR = new Set(['week', 'fortnight']);
const STAY_AFTER = /^(?:in|at|on|away|abroad|with)$/;
/** Lengths of time said as one with "a"/"an" ("an hour", "a week"); "a minute" is a moment. */
const ONE_LENGTH = new Set(['hour', 'day', 'week', 'fortnight', 'month', 'year']);
/** Words before "a"/"an" that make a length or measure after it a rate or a half ("£5 a month"). */
const RATE_BEFORE =
  /^(?:\d.*|half|once|twice|times|per|each|every|pounds?|dollars?|euros?|quid|bucks?)$/;
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
/** The month an edge of the year names. */
const YEAR_EDGES: Readonly<Record<string, string>> = { start: '1', beginning: '1', end: '12' };
/** Month names that are also words ("you may", "a march"). */
const EN_MONTH_VERBS = new Set(['may', 'march']);
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
  // The end of a range follows ("from two till six").
  'till',
  'until',
  'til',
]);
/** Units said short, as their names: "8 mm" and "eight mil" (British) are eight millimetres. */
const SHORT_UNITS: Readonly<Record<string, string>> = {
  mm: 'millimetre',
  mil: 'millimetre',
  cm: 'centimetre',
  km: 'kilometre',
  kg: 'kilogram',
  ml: 'millilitre',
  ft: 'foot',
  oz: 'ounce',
  lb: 'poundweight',
};

const singular = (w: string) =>
  w.length > 3 && w.endsWith('ies')
    ? `${w.slice(0, -3)}y`
    : w.length > 3 && /(ch|sh|x|ss)es$/.test(w)
      ? w.slice(0, -2)
      : w.length > 2 && w.endsWith('s') && !w.endsWith('ss')
        ? w.slice(0, -1)
        : w;

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Words of the normalised text with their ranges; punctuation kept as its own word. */
export function wordsOf(text: string): Word[] {
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
export function enNumberAt(words: readonly Word[], k: number): [number, number] | null {
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

/** The word that joins the two ends of a range ("from 2 to 6", "from two till half past four"). */
const RANGE_TO = /^(?:to|till|until|til)$/;
/** What may open a time said in words: "half past four", "quarter to six", "noon". */
const CLOCK_WORD = /^(?:half|quarter|noon|midday|midnight)$/;

/**
 * An hour said alone at one end of a range of hours: "from 2 to 6 for the party", "from two till
 * half past four", "Saturday, 10 till 12". The other end is an hour alone or a time said in
 * words, and nothing is counted after the range ("from 2 to 6 weeks" counts weeks).
 */
function rangeOfHours(words: readonly Word[], k: number, used: number): boolean {
  const before = words[k - 1]?.text ?? '';
  const at = (j: number) => words[j]?.text ?? '';
  const hour = (j: number) => {
    const n = numberWord(at(j));
    return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 12;
  };
  // What follows the range must be said: "from five to ten" closing a text may count anything.
  const ends = (j: number) => at(j) !== '' && clockAfter(at(j));
  // The first end: "from N to M" or "N till M" ("ten to six" alone is a time of its own), M an
  // hour alone followed by no count, or a time in words.
  const to = at(k + used);
  if (RANGE_TO.test(to) && (before === 'from' || to !== 'to'))
    return (hour(k + used + 1) && ends(k + used + 2)) || CLOCK_WORD.test(at(k + used + 1));
  // The second end: "from N to M", N an hour alone.
  return RANGE_TO.test(before) && at(k - 3) === 'from' && hour(k - 2) && ends(k + used);
}

/** A number said as one word or in digits ("three", "an", "12"), for lengths said in parts. */
export const numberWord = (w: string) => (/^\d+$/.test(w) ? Number(w) : EN_NUMBERS[w]);

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
  'week',
  'fortnight',
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

export function english(n: NormalisedText, out: ValueMention[]): void {
  // "the ten-past-eight train": the clock's words, spaced out (same length, same offsets).
  const words = wordsOf(spacedCounts(n.text.replace(/([a-z])-(past|to)-([a-z])/g, '$1 $2 $3')));
  const push = (type: ValueType, unit: string, value: string, from: number, to: number) => {
    const span = originalSpan(n, from, to);
    out.push({ type, ...inDays(type, unit, value), start: span.start, end: span.end });
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    const t = w.text;
    const fromEnd = FROM_END_FIRST.has(t) ? dayFromMonthEnd(n.text, w.start) : null;
    if (fromEnd) {
      push('date', 'dom', String(fromEnd.day), w.start, fromEnd.end);
      while ((words[k + 1]?.end ?? Number.POSITIVE_INFINITY) <= fromEnd.end) k++;
      continue;
    }
    if (quiet(t)) continue;
    wordsRead++;
    const prev = words[k - 1]?.text ?? '';
    // "your week in the caravan", "our fortnight away": a stay of that length.
    if (STAYED_FOR.has(t) && STAYED.test(prev) && STAY_AFTER.test(words[k + 1]?.text ?? '')) {
      push('duration', EN_DURATION[t] as string, '1', w.start, w.end);
      continue;
    }
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
      !RATE_BEFORE.test(prev) &&
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
    // "an inch", "a foot", "half a metre": one or half of a unit of measure; not a rate ("£12 a
    // metre", "10p a litre").
    const half = t === 'half' && words[k + 1]?.text === 'a';
    const measure = half ? words[k + 2] : t === 'a' || t === 'an' ? words[k + 1] : undefined;
    if (
      measure &&
      saidAsOne(measure.text) &&
      !RATE_BEFORE.test(prev) &&
      EN_NUMBERS[prev] === undefined
    ) {
      push('quantity', measure.text, half ? '0.5' : '1', w.start, measure.end);
      k += half ? 2 : 1;
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
        rangeOfHours(words, k, used) ||
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
    // "six-foot posts", "1.8-metre posts": the size of each, not a count of them.
    !isMeasure(unit) &&
    !EN_PEOPLE.has(unit) &&
    !EN_NOT_UNITS.has(unit) &&
    /^[a-z]{3,}s$/.test(next) &&
    singular(next) !== next &&
    !NOT_PLURAL.test(next) &&
    !EN_NOT_UNITS.has(next)
  );
}

/** Days in each month of a year that is not a leap year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** "the last day of April", "the second-to-last day of October", "the penultimate day of June". */
const FROM_MONTH_END =
  /^(?:(?:(second|third|2nd|3rd)[\s-]+(?:to|from)[\s-]+)?last|(penultimate))\s+day\s+of\s+([a-z]+)/;
const STEPS_BACK: Readonly<Record<string, number>> = { second: 1, '2nd': 1, third: 2, '3rd': 2 };
const FROM_END_FIRST = new Set(['last', 'penultimate', ...Object.keys(STEPS_BACK)]);

/**
 * A day of the month counted from its end, at `from` of the normalised text: the day it is by the
 * month's length (the last day of April is the 30th), and where its words end (before the month,
 * which is read on its own).
 */
function dayFromMonthEnd(text: string, from: number): { day: number; end: number } | null {
  const m = FROM_MONTH_END.exec(text.slice(from));
  const month = MONTHS.indexOf(m?.[3] ?? '');
  if (!m || month < 0) return null;
  const back = m[2] ? 1 : (STEPS_BACK[m[1] ?? ''] ?? 0);
  return {
    day: (MONTH_DAYS[month] as number) - back,
    end: from + m[0].search(/day\s+of\s+[a-z]+$/) + 3,
  };
}

/** The hours named for twelve, which a clock in words may be read from. */
const TWELVE = new Set(['midnight', 'noon', 'midday']);

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
  // "twenty to midnight", "quarter past noon": the twelve the day turns at, by its name.
  const hour = TWELVE.has(words[hourAt]?.text ?? '')
    ? ([12, 1] as const)
    : enNumberAt(words, hourAt);
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

/** Chinese numbers (digits or numerals) with what follows them. */
/** Nouns that count people: "ten colleagues" is "ten people". */
const EN_PEOPLE = new Set(
  'person people colleague coworker guest passenger child kid friend customer worker student adult staff employee member client pupil volunteer'.split(
    ' ',
  ),
);
/** Groups of people that "three of your …" counts the people of ("three of your team"). */
const EN_PEOPLE_GROUPS = new Set(['team', 'crew', 'workforce', 'group', 'class', 'family']);
