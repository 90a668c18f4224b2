import { emptyMapped, push } from './buffer.js';
import { EN_TENS, EN_UNITS } from './en-number-words.js';
import type { NormalisedText } from './normalise.js';

/**
 * English values said in a shorthand or a figure of speech the value reader has no words for,
 * rewritten in the words it reads, each mapped back to the whole of what was said: "£11.5k" is
 * "£11,500", "a grand" "1,000 pounds", "two point four" "2.4", "threescore" "60", "a baker's
 * dozen" "13", "a decade and a half" "15 years", "a year and a half" "18 months", "three quarters
 * of a year" "9 months", "your trio" "the three of you", "a good hour" "a good 1 hour", "the first
 * of Feb" "the first of february".
 */

const UNIT_WORDS = EN_UNITS.join('|');
const TENS_WORDS = EN_TENS.slice(2).join('|');
/** A whole number below a hundred in words or digits: "four", "twenty-two", "12". */
const WHOLE = `(?:\\d{1,3}|(?:${TENS_WORDS})(?:-(?:${EN_UNITS.slice(1, 10).join('|')}))?|${UNIT_WORDS})`;
const DIGIT = `(?:${EN_UNITS.slice(0, 10).join('|')}|nought|oh)`;

function wholeValue(said: string): number {
  if (/^\d+$/.test(said)) return Number(said);
  const [tens, unit] = said.split('-');
  const t = EN_TENS.indexOf(tens as string);
  if (t >= 2) return t * 10 + (unit === undefined ? 0 : EN_UNITS.indexOf(unit));
  return EN_UNITS.indexOf(said);
}
const digitValue = (said: string) =>
  said === 'nought' || said === 'oh' ? 0 : EN_UNITS.indexOf(said);

/** Thousands with a comma, as amounts are written: 11500 → "11,500". */
const withCommas = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');

const MONTH_SHORT: Readonly<Record<string, string>> = {
  jan: 'january',
  feb: 'february',
  apr: 'april',
  jun: 'june',
  jul: 'july',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
};
const GROUPS: Readonly<Record<string, string>> = {
  trio: 'three',
  quartet: 'four',
  quintet: 'five',
};
const SCORES: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
/** Parts of a year said as a share of it, in months. */
const YEAR_SHARES: Readonly<Record<string, number>> = {
  'a quarter': 3,
  'a third': 4,
  'two thirds': 8,
  'two-thirds': 8,
  'three quarters': 9,
  'three-quarters': 9,
};

type Rewrite = readonly [RegExp, (m: RegExpExecArray) => string | null];

const REWRITES: readonly Rewrite[] = [
  // "£11.5k", "2.3k": thousands, after a currency or with a decimal ("a 5k run" is a distance);
  // "£1.2m", "$3bn": millions and billions after a currency only ("1.2m"
  // alone is metres).
  [
    /(?<=[£$€])(\d+(?:\.\d+)?)k\b|(?<![\w.£$€])(\d+\.\d+)k\b/gi,
    (m) => withCommas(Number(m[1] ?? m[2]) * 1000),
  ],
  [
    /(?<=[£$€])(\d+(?:\.\d+)?) ?(m|bn)\b/gi,
    (m) => withCommas(Number(m[1]) * ((m[2] as string).toLowerCase() === 'm' ? 1e6 : 1e9)),
  ],
  // "a grand", "half a grand": a thousand of the currency, and half of one.
  [/\b(half )?(?:a|one) grand\b/gi, (m) => (m[1] ? '500 pounds' : '1,000 pounds')],
  // "two point four", "one-point-five": a decimal said in words; not "at one point".
  [
    new RegExp(`(?<!\\b(?:at|that|this) )\\b(${WHOLE})[- ]point((?:[- ]${DIGIT})+)\\b`, 'gi'),
    (m) => {
      const whole = wholeValue((m[1] as string).toLowerCase());
      const digits = (m[2] as string)
        .split(/[- ]/)
        .filter(Boolean)
        .map((d) => digitValue(d.toLowerCase()));
      return whole < 0 || digits.some((d) => d < 0) ? null : `${whole}.${digits.join('')}`;
    },
  ],
  // "a baker's dozen", "a gross of": thirteen and a dozen dozen.
  [/\ba baker['’]s dozen(?: of)?\b/gi, () => '13'],
  [/\ba gross of\b/gi, () => '144'],
  // "threescore", "fourscore and ten": twenties.
  [
    /\b(two|three|four|five|six)score(?: and (ten|five))?\b/gi,
    (m) =>
      String(
        (SCORES[(m[1] as string).toLowerCase()] as number) * 20 +
          (m[2] ? EN_UNITS.indexOf((m[2] as string).toLowerCase()) : 0),
      ),
  ],
  // "a decade and a half", "half a decade", "two decades": years.
  [/\b(?:a )?decade[- ]and[- ]a[- ]half\b/gi, () => '15 years'],
  [/\bhalf a decade\b/gi, () => '5 years'],
  [
    new RegExp(`\\b(a|${UNIT_WORDS}|\\d+)[- ]decades?\\b`, 'gi'),
    (m) => {
      const said = (m[1] as string).toLowerCase();
      const n = said === 'a' ? 1 : wholeValue(said);
      return n > 0 ? `${n * 10} years` : null;
    },
  ],
  // "a year and a half": months, as "18 months" is read.
  [/\b(?:a|one) year and a half\b/gi, () => '18 months'],
  // "three quarters of a year", "a third of a year": months.
  [
    /\b(a quarter|a third|two[- ]thirds|three[- ]quarters) of a year\b/gi,
    (m) => `${YEAR_SHARES[(m[1] as string).toLowerCase()]} months`,
  ],
  // "your trio", "the quartet": a group of people, as "the three of you" is read ("a trio of
  // candlesticks" and "two of your trio" are read as they are).
  [
    /(?<!\bof )\b(?:your|the|our) (trio|quartet|quintet)\b(?! of)/gi,
    (m) => `the ${GROUPS[(m[1] as string).toLowerCase()]} of you`,
  ],
  // "a good hour": one hour, said as at least that ("a good" is read by approximate.ts).
  [/(?<=\ba good )(hour|day|week|fortnight|month|year)\b/gi, (m) => `1 ${m[1]}`],
  // "the first of Feb", "1 Feb", "Feb 14": a month said short, by a day.
  [
    /(?<=\b(?:of|\d{1,2}(?:st|nd|rd|th)?) )(jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?|\b(jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?= \d{1,2}\b)/gi,
    (m) => MONTH_SHORT[((m[1] ?? m[2]) as string).toLowerCase()] ?? null,
  ],
];

/** A cheap test for any word a rewrite starts from, so most texts are returned as they are. */
const ANY =
  /\dk\b|[£$€]\d+(?:\.\d+)? ?(?:m|bn)\b|grand|point|score|baker|gross of|decade|year and a half|of a year|a good|trio|quartet|quintet|\b(?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b/i;

interface Found {
  start: number;
  end: number;
  text: string;
}

/** `n` with the values above rewritten in the words the value reader reads; `n` itself if none. */
export function inFigures(n: NormalisedText): NormalisedText {
  if (!ANY.test(n.text)) return n;
  const found: Found[] = [];
  for (const [re, write] of REWRITES) {
    for (const m of n.text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const text = write(m as unknown as RegExpExecArray);
      if (text !== null) found.push({ start, end, text });
    }
  }
  if (found.length === 0) return n;
  found.sort((a, b) => a.start - b.start);
  const out = emptyMapped();
  let at = 0;
  for (const f of found) {
    for (let i = at; i < f.start; i++)
      push(out, n.text[i] as string, n.starts[i] as number, n.ends[i] as number);
    push(out, f.text, n.starts[f.start] as number, n.ends[f.end - 1] as number);
    at = f.end;
  }
  for (let i = at; i < n.text.length; i++)
    push(out, n.text[i] as string, n.starts[i] as number, n.ends[i] as number);
  return { ...n, text: out.units.join(''), starts: out.starts, ends: out.ends };
}
