import { isWordChar } from './chars.js';
import { compilePattern } from './criterion-patterns.js';
import type { NormalisedText } from './normalise.js';

/**
 * A fixed list of patterns (a stock list of the judge), each keyed by a word or the opening of
 * its pieces, in both script variants (see keyOf): an answer without a pattern's key cannot
 * hold it. Keyed on first use.
 */
export interface PatternList {
  readonly patterns: readonly string[];
  /** Per key, the patterns (by index, ascending) keyed by it, against converted and unconverted text. */
  keys?: { converted: Map<string, number[]>; unconverted: Map<string, number[]> };
}

/** The end of the run of word characters from `from` (see isWordChar). */
function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return i;
}

/** The whole words of a piece (runs of word characters): each is a whole word of a text it matches. */
function wordsOf(piece: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < piece.length; ) {
    const end = wordEnd(piece, i);
    if (end > i) out.push(piece.slice(i, end));
    i = Math.max(end, i + 1);
  }
  return out;
}

/**
 * A pattern's key: the longest word of its pieces (pieces match on word boundaries, so each of
 * their words is a whole word of the text), else the first one or two units of its first
 * piece. Undefined for no piece (a pattern that never matches).
 */
function keyOf(pieces: readonly { text: string }[]): string | undefined {
  const first = pieces[0]?.text;
  if (!first) return undefined;
  const words = pieces.flatMap((p) => wordsOf(p.text));
  return words.length > 0
    ? words.reduce((a, b) => (b.length > a.length ? b : a))
    : first.slice(0, 2);
}

export const patternList = (patterns: readonly string[]): PatternList => ({ patterns });

function byKey(keys: readonly (string | undefined)[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (k === undefined) return;
    const at = out.get(k);
    if (at) at.push(i);
    else out.set(k, [i]);
  });
  return out;
}

function listKeys(list: PatternList): NonNullable<PatternList['keys']> {
  if (list.keys) return list.keys;
  const compiled = list.patterns.map(compilePattern);
  list.keys = {
    converted: byKey(compiled.map((c) => keyOf(c.converted))),
    unconverted: byKey(compiled.map((c) => keyOf(c.unconverted))),
  };
  return list.keys;
}

/** An answer's keys (see keyOf): its whole words, and its other units alone and with the next. */
const keysOf = new WeakMap<NormalisedText, Set<string>>();
let keyReads = 0;
/** Answers whose keys were read so far: tests count it (once per answer, whatever the lists). */
export const patternKeyReads = (): number => keyReads;

function answerKeys(answer: NormalisedText): Set<string> {
  let keys = keysOf.get(answer);
  if (keys) return keys;
  keyReads++;
  keys = new Set();
  const t = answer.text;
  for (let i = 0; i < t.length; ) {
    const end = wordEnd(t, i);
    if (end > i) {
      keys.add(t.slice(i, end));
      i = end;
    } else {
      keys.add(t[i] as string);
      keys.add(t.slice(i, i + 2));
      i++;
    }
  }
  keysOf.set(answer, keys);
  return keys;
}

/**
 * The patterns of the list that may occur in the answer, in list order: every one that does
 * (and a few that do not), so that matching them gives what matching the whole list gives.
 */
export function possiblePatterns(list: PatternList, answer: NormalisedText): string[] {
  const keys = answerKeys(answer);
  const { converted, unconverted } = listKeys(list);
  const index = answer.converted ? converted : unconverted;
  const found: number[] = [];
  // Each pattern is under one key: walking the smaller side finds the same ones.
  if (keys.size <= index.size) {
    for (const k of keys) {
      const at = index.get(k);
      if (at) for (const i of at) found.push(i);
    }
  } else for (const [k, at] of index) if (keys.has(k)) for (const i of at) found.push(i);
  return found.sort((a, b) => a - b).map((i) => list.patterns[i] as string);
}
