import { hasHan } from './chars.js';
import { compoundLengths } from './en-compound-lengths.js';
import { inFigures } from './en-figures.js';
import { numericDates } from './en-numeric-dates.js';
import { english, enNumberAt, numberWord, type Word, wordsOf } from './en-values.js';
import { missingCounts } from './missing-counts.js';
import { anniversaries, chineseNamedDays, englishNamedDays } from './named-days.js';
import { type NormalisedText, normalise, originalSpan } from './normalise.js';
import { parseChineseNumeral } from './numerals.js';
import { relativeDays } from './relative-days.js';
import { shares } from './shares.js';
import { timeSpans } from './time-spans.js';
import { names, type ValueMention } from './value-mentions.js';
import { chinese } from './zh-values.js';

/** 两万, 三千五: a Chinese number with an order of magnitude. */
const BIG_NUMBER =
  /^[一二两兩三四五六七八九十][零〇一二两兩三四五六七八九十百千万萬亿億]*[百千万萬亿億][零〇一二两兩三四五六七八九十百千]*$/;
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
  const zh = hasHan(n.text);
  if (zh) chinese(n, out);
  else {
    english(inFigures(n), out);
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
  namedDays(zh ? chineseNamedDays(n.original) : englishNamedDays(n.original), out);
  anniversaries(n.original, zh, out);
  timeSpans(n.original, zh, out);
  relativeDays(n, out, zh);
  shares(n, out, zh);
  return out.sort((a, b) => a.start - b.start);
}

/** Days said by their name (see named-days.ts), in place of what was read inside the name (五二零). */
function namedDays(days: readonly ValueMention[], out: ValueMention[]): void {
  for (const d of days) {
    for (let i = out.length - 1; i >= 0; i--) {
      const v = out[i] as ValueMention;
      if (v.start >= d.start && v.end <= d.end) out.splice(i, 1);
    }
  }
  out.push(...days);
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
