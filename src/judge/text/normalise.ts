import type { Span } from '../types.js';
import { copyUnit, emptyMapped, type MappedText, push } from './buffer.js';
import { isCjk } from './chars.js';
import { expandContractions } from './contractions.js';
import { FIRST_CONVERTIBLE, toSimplified, toSimplifiedChar } from './convert.js';
import { rewriteNumerals } from './numerals.js';

/** Text prepared for matching, with a map from every unit back to the original. */
export interface NormalisedText {
  /** The answer as given. */
  readonly original: string;
  /** The normalised text. */
  readonly text: string;
  /** For each unit of `text`, the original offset it starts at. */
  readonly starts: readonly number[];
  /** For each unit of `text`, the original offset (exclusive) it ends at. */
  readonly ends: readonly number[];
  /** Hiragana or katakana found: treated as Japanese, so not converted to Simplified. */
  readonly japanese: boolean;
  /** Traditional → Simplified conversion was applied. */
  readonly converted: boolean;
}

export interface NormaliseOptions {
  /**
   * Convert Traditional to Simplified Chinese. Default: yes unless the text has kana.
   * `false` keeps kanji as written (used to match patterns against Japanese answers).
   */
  convert?: boolean;
  /** 您/妳/祢 → 你: polite and gendered "you" match the plain form. */
  plainYou?: boolean;
  /**
   * Keep opening and closing quotes apart: “「『﹁﹃〝 → “ and ”」』﹂﹄〞 → ” (a straight " stays
   * "), so a quotation can be found. By default every quote mark becomes ".
   */
  pairedQuotes?: boolean;
  /** Dashes (— – ―) and wave dashes (〜 ～) break a clause: folded to "," (default "-", "~"). */
  dashAsComma?: boolean;
  /** A run of white space with a line break becomes "\n" (a sentence end), not a space. */
  keepNewlines?: boolean;
}

/** The extra folds the phrase detector uses (see NormaliseOptions). */
export const DETECTOR_FOLDS: Readonly<NormaliseOptions> = {
  plainYou: true,
  pairedQuotes: true,
  dashAsComma: true,
  keepNewlines: true,
};

const PLAIN_YOU: Readonly<Record<string, string>> = { 您: '你', 妳: '你', 祢: '你' };
const PAIRED_QUOTES: Readonly<Record<string, string>> = {
  '“': '“',
  '「': '“',
  '『': '“',
  '﹁': '“',
  '﹃': '“',
  '〝': '“',
  '”': '”',
  '」': '”',
  '』': '”',
  '﹂': '”',
  '﹄': '”',
  '〞': '”',
};
const DASH_AS_COMMA: Readonly<Record<string, string>> = {
  '—': ',',
  '–': ',',
  '―': ',',
  '〜': ',',
  '～': ',',
};

const FOLD_TABLES = new Map<number, Readonly<Record<string, string>>>();

/** The character folds `options` ask for on top of PUNCT, applied before NFKC (built once). */
function extraFolds(options: NormaliseOptions): Readonly<Record<string, string>> {
  const key =
    (options.plainYou ? 1 : 0) | (options.pairedQuotes ? 2 : 0) | (options.dashAsComma ? 4 : 0);
  const known = FOLD_TABLES.get(key);
  if (known) return known;
  const table = {
    ...(options.plainYou ? PLAIN_YOU : {}),
    ...(options.pairedQuotes ? PAIRED_QUOTES : {}),
    ...(options.dashAsComma ? DASH_AS_COMMA : {}),
  };
  FOLD_TABLES.set(key, table);
  return table;
}

/** Punctuation that NFKC leaves alone, folded to one ASCII form for every script. */
const PUNCT: Readonly<Record<string, string>> = {
  '。': '.',
  '｡': '.',
  '、': ',',
  '､': ',',
  '〜': '~',
  '〰': '~',
  '⋯': '...',
  '‥': '..',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '′': "'",
  '`': "'",
  '´': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '〝': '"',
  '〞': '"',
  '《': '"',
  '》': '"',
  '〈': '"',
  '〉': '"',
  '【': '[',
  '】': ']',
  '〔': '(',
  '〕': ')',
  '—': '-',
  '–': '-',
  '―': '-',
  '‐': '-',
  '‑': '-',
  '﹣': '-',
};

/**
 * Fraction glyphs as the decimals they are: NFKC would make "3½" read "31⁄2" (thirty-one), so the
 * glyph joins the digits before it ("3½" → "3.5") or stands as its own number ("½ hour" → "0.5").
 */
const FRACTIONS: Readonly<Record<string, string>> = { '½': '.5', '¼': '.25', '¾': '.75' };

/** Printable ASCII folded as foldCharacters folds it (lower case, PUNCT), by code. */
const ASCII_FOLDED: readonly string[] = Array.from({ length: 0x7f }, (_, c) => {
  const ch = String.fromCharCode(c).toLowerCase();
  return PUNCT[ch] ?? ch;
});

/** Combining marks and half-width sound marks belong to the character before them. */
function isAttached(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    code === 0x3099 ||
    code === 0x309a ||
    code === 0xff9e ||
    code === 0xff9f ||
    (code >= 0xfe00 && code <= 0xfe0f)
  );
}

/**
 * Characters that change nothing a reader sees but would split a phrase: soft hyphen,
 * zero-width spaces and joiners, word joiner, bidi marks, embeddings, overrides and isolates.
 */
function isInvisible(code: number): boolean {
  return (
    code === 0x00ad ||
    code === 0x061c ||
    code === 0xfeff ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/**
 * A hyphen standing alone between spaces is a dash ("full - nothing we can do"), not the hyphen
 * of "re-upload": the detector's fold breaks the clause there as it does at "—".
 */
function dashStanding(t: string, i: number): boolean {
  return /\s/.test(t[i - 1] ?? '') && /\s/.test(t[i + 1] ?? '');
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v';
}

/**
 * Step 1: NFKC per cluster, lower case, punctuation folded, controls turned into spaces
 * (line breaks kept as "\n" when `keepNewlines`), then `extra` folds.
 */
function foldCharacters(
  text: string,
  extra: Readonly<Record<string, string>>,
  keepNewlines: boolean,
): MappedText {
  const out = emptyMapped();
  let i = 0;
  while (i < text.length) {
    const start = i;
    const first = text.codePointAt(i) as number;
    i += first > 0xffff ? 2 : 1;
    while (i < text.length) {
      const next = text.codePointAt(i) as number;
      if (!isAttached(next)) break;
      i += next > 0xffff ? 2 : 1;
    }
    // Printable ASCII (most of every answer): NFKC leaves it alone and no extra fold names it;
    // only a hyphen standing as a dash takes the dash's fold.
    if (first >= 0x20 && first < 0x7f && i === start + 1) {
      const dash = first === 0x2d && dashStanding(text, start) ? extra['—'] : undefined;
      push(out, dash ?? (ASCII_FOLDED[first] as string), start, i);
      continue;
    }
    if (first < 0x20 || (first >= 0x7f && first < 0xa0) || first === 0x2028 || first === 0x2029) {
      const lineBreak = first === 0x0a || first === 0x0d || first === 0x2028 || first === 0x2029;
      push(out, keepNewlines && lineBreak ? '\n' : ' ', start, i);
      continue;
    }
    if (isInvisible(first)) continue;
    const raw = text.slice(start, i);
    const fraction = FRACTIONS[raw];
    if (fraction !== undefined) {
      push(out, /\d/.test(text[start - 1] ?? '') ? fraction : `0${fraction}`, start, i);
      continue;
    }
    const own = extra[raw];
    if (own !== undefined) {
      push(out, own, start, i);
      continue;
    }
    const folded = raw.normalize('NFKC').toLowerCase();
    for (const ch of folded) push(out, extra[ch] ?? PUNCT[ch] ?? ch, start, i);
  }
  return out;
}

/** Step 2: Traditional → Simplified, keeping the map when the converter changes length. */
function convertScript(src: MappedText, extra: Readonly<Record<string, string>>): MappedText {
  // Latin, digits and punctuation only (most English answers): nothing to convert, and the
  // folds below were applied already by foldCharacters.
  if (src.units.every((u) => u.charCodeAt(0) < FIRST_CONVERTIBLE)) return src;
  const joined = src.units.join('');
  const converted = toSimplified(joined);
  if (converted.length === joined.length) {
    const units = converted
      .split('')
      .map((u) => (extra[u]?.length === 1 ? (extra[u] as string) : u));
    return { units, starts: src.starts, ends: src.ends };
  }
  // A character outside the BMP (嗰 → 𠮶) changes the length, not the count of characters: the
  // phrase conversion (拉鍊 → 拉链, where 鍊 alone is 炼) is kept, character by character.
  const phrased = [...converted];
  const aligned = phrased.length === [...joined].length;
  const out = emptyMapped();
  let i = 0;
  for (let n = 0; i < src.units.length; n++) {
    const code = joined.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    const ch = joined.slice(i, i + width);
    const conv = aligned ? (phrased[n] as string) : toSimplifiedChar(ch);
    if (conv.length === width) {
      for (let k = 0; k < width; k++) {
        out.units.push(conv[k] as string);
        out.starts.push(src.starts[i + k] as number);
        out.ends.push(src.ends[i + k] as number);
      }
    } else {
      push(out, conv, src.starts[i] as number, src.ends[i + width - 1] as number);
    }
    i += width;
  }
  return out;
}

/** Step 3: katakana → hiragana, so "ありがとう" and "アリガトウ" match. */
function katakanaToHiragana(src: MappedText): MappedText {
  const units = src.units.map((u) => {
    const c = u.charCodeAt(0);
    return c >= 0x30a1 && c <= 0x30f6 ? String.fromCharCode(c - 0x60) : u;
  });
  return { units, starts: src.starts, ends: src.ends };
}

/**
 * Last step: runs of white space become one space; spaces next to CJK text, and at the
 * ends, are dropped (Chinese and Japanese do not separate words with spaces).
 */
function foldWhitespace(src: MappedText, keepNewlines: boolean, original: string): MappedText {
  const out = emptyMapped();
  const { units } = src;
  let i = 0;
  while (i < units.length) {
    if (!isSpace(units[i] as string)) {
      copyUnit(out, src, i);
      i++;
      continue;
    }
    let j = i;
    let lineBreaks = 0;
    while (j < units.length && isSpace(units[j] as string)) {
      if (units[j] === '\n') lineBreaks++;
      j++;
    }
    const before = out.units[out.units.length - 1];
    const after = units[j];
    if (
      keepNewlines &&
      lineBreaks > 0 &&
      before !== undefined &&
      after !== undefined &&
      (lineBreaks > 1 || !insideSentence(before, original[src.starts[j] as number] ?? ''))
    ) {
      push(out, '\n', src.starts[i] as number, src.ends[j - 1] as number);
      i = j;
      continue;
    }
    const dropped =
      before === undefined ||
      after === undefined ||
      isCjk(before.charCodeAt(0)) ||
      isCjk(after.charCodeAt(0));
    if (!dropped) push(out, ' ', src.starts[i] as number, src.ends[j - 1] as number);
    i = j;
  }
  return out;
}

const KANA_RE = /[\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;
const LOWER_OR_HAN_RE = /[\p{Ll}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/**
 * A single line break between a word and a lower-case word (or a CJK character) wraps a
 * sentence ("calm\ndown", "I don't\nknow", "没\n办法"); after punctuation, before a capital or
 * as a blank line it ends one. `after` is the original character (case is folded by now).
 */
function insideSentence(before: string, after: string): boolean {
  return LETTER_OR_DIGIT_RE.test(before) && LOWER_OR_HAN_RE.test(after);
}

/**
 * Normalises free text for matching: NFKC (full-width forms), lower case, punctuation of
 * every script folded to ASCII (？→? 。→. ，、→, 〜～→~), Traditional → Simplified Chinese
 * (never for text with kana), katakana → hiragana, English contractions expanded, Chinese
 * numerals before a measure word as digits, white space folded. `options` add the phrase
 * detector's folds (您→你, paired quotes, dashes as commas, line breaks kept).
 */
/** Texts normalised so far: tests count it. */
let normalised = 0;
export const normalisations = (): number => normalised;

export function normalise(text: string, options: NormaliseOptions = {}): NormalisedText {
  normalised++;
  const japanese = KANA_RE.test(text);
  const convert = options.convert ?? !japanese;
  const extra = extraFolds(options);
  const keepNewlines = options.keepNewlines === true;
  let mapped = foldCharacters(text, extra, keepNewlines);
  if (convert) mapped = convertScript(mapped, extra);
  if (japanese) mapped = katakanaToHiragana(mapped);
  mapped = expandContractions(mapped);
  mapped = rewriteNumerals(mapped);
  mapped = foldWhitespace(mapped, keepNewlines, text);
  return {
    original: text,
    text: mapped.units.join(''),
    starts: mapped.starts,
    ends: mapped.ends,
    japanese,
    converted: convert,
  };
}

/**
 * `normalise(n.original, { plainYou: true }).text` for text `n` normalised with the default
 * options: the same text when the original has no character a script fold can reach (您, 妳
 * and 祢, and whatever NFKC makes them from, all lie at FIRST_CONVERTIBLE or above).
 */
export function plainYouText(n: NormalisedText): string {
  for (let i = 0; i < n.original.length; i++)
    if (n.original.charCodeAt(i) >= FIRST_CONVERTIBLE)
      return normalise(n.original, { plainYou: true }).text;
  return n.text;
}

/**
 * `normalise(n.original, DETECTOR_FOLDS)` for text `n` normalised with the default options:
 * `n` itself when the original has no line break, no hyphen standing as a dash (" - "), no
 * character those folds reach (their own keys — quote marks, dashes, 您 — all lie from U+2000 on,
 * and nothing below folds to them), and the script conversion made none of their keys either.
 */
export function detectorText(n: NormalisedText): NormalisedText {
  const t = n.original;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || (c === 0x2d && dashStanding(t, i)))
      return normalise(t, DETECTOR_FOLDS);
    if (c >= 0x2000 && detectorFoldsReach(c)) return normalise(t, DETECTOR_FOLDS);
  }
  if (n.converted && DETECTOR_KEY_RE.test(n.text)) return normalise(t, DETECTOR_FOLDS);
  return n;
}

/** Any key of the detector's own folds (what conversion to Simplified could produce). */
const DETECTOR_KEY_RE = new RegExp(`[${Object.keys(extraFolds(DETECTOR_FOLDS)).join('')}]`, 'u');

/** By UTF-16 unit: 0 not yet known, 1 out of the detector folds' reach, 2 within it. */
const DETECTOR_REACH = new Uint8Array(0x10000);

/**
 * Can the detector's folds change UTF-16 unit `c` (from U+2000 on): a line separator, a key of
 * those folds, or a character NFKC makes one from; surrogates are taken as within reach.
 */
function detectorFoldsReach(c: number): boolean {
  let known = DETECTOR_REACH[c] as number;
  if (known === 0) {
    const ch = String.fromCharCode(c);
    const reached =
      c === 0x2028 ||
      c === 0x2029 ||
      (c >= 0xd800 && c <= 0xdfff) ||
      DETECTOR_KEY_RE.test(ch) ||
      DETECTOR_KEY_RE.test(ch.normalize('NFKC').toLowerCase());
    known = reached ? 2 : 1;
    DETECTOR_REACH[c] = known;
  }
  return known === 2;
}

/** The original range covered by normalised units [start, end). */
export function originalSpan(n: NormalisedText, start: number, end: number): Span {
  if (end <= start) {
    const at = n.starts[start] ?? n.original.length;
    return { start: at, end: at };
  }
  return { start: n.starts[start] as number, end: n.ends[end - 1] as number };
}

/** The original text covered by normalised units [start, end). */
export function originalSlice(n: NormalisedText, start: number, end: number): string {
  const span = originalSpan(n, start, end);
  return n.original.slice(span.start, span.end);
}
