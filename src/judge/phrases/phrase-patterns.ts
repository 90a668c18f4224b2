import { hasHan } from '../text/chars.js';
import { DETECTOR_FOLDS, isWordChar as isWordCode, normalise } from '../text/index.js';

/** A letter or digit of a space-separated script at this position of the folded text. */
export const isWordChar = (c: string | undefined): boolean =>
  c !== undefined && c.length > 0 && isWordCode(c.codePointAt(0) as number);

/** Text folded for phrase matching: the shared normaliser with the detector's extra folds. */
export const foldForPhrases = (text: string, convert?: boolean) =>
  normalise(text, { ...DETECTOR_FOLDS, ...(convert === false ? { convert } : {}) });

/**
 * Steps of matching work done so far (candidates tried, characters scanned). Tests read its
 * growth from n to 10n characters to bound the detector's work without a clock.
 */
export const work = { steps: 0 };

/** A folded literal pattern; parts joined by bounded gaps ("refund ... today"). */
export interface Pattern {
  source: string;
  parts: string[];
  gap: number;
}

export function compilePattern(source: string, gap: number, simplify = true): Pattern {
  const folded = foldForPhrases(source, simplify ? undefined : false).text;
  const parts = folded
    .split('...')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return { source, parts: parts.length > 0 ? parts : [folded.trim()], gap };
}

/** Sentence ends in folded text (clause marks are a superset). */
export const isSentenceEnd = (c: string | undefined): boolean =>
  c === '.' || c === '!' || c === '?' || c === '\n' || c === ';';
export const isClauseEnd = (c: string | undefined): boolean =>
  isSentenceEnd(c) || c === ',' || c === ':' || c === '“' || c === '”' || c === '"';

/** A dot between digits ("3.5") or inside an abbreviation is not a sentence end. */
export function endsSentenceAt(text: string, i: number): boolean {
  const c = text[i];
  if (!isSentenceEnd(c)) return false;
  if (c === '.' && /[0-9]/.test(text[i - 1] ?? '') && /[0-9]/.test(text[i + 1] ?? '')) return false;
  return true;
}

export function boundaryOk(text: string, s: number, e: number, part: string): boolean {
  if (isWordChar(part[0]) && isWordChar(text[s - 1])) return false;
  if (isWordChar(part[part.length - 1]) && isWordChar(text[e])) return false;
  return true;
}

function noSentenceEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (endsSentenceAt(text, i)) return false;
  return true;
}

/** indexOf that never looks past `hi` (a plain indexOf would scan the whole rest of the text). */
export function indexWithin(text: string, part: string, from: number, hi: number): number {
  // Searching on past `hi` is cheaper than slicing while the rest of the text is short (a
  // reply); in a long text the slice keeps each search within its clause.
  if (hi - from > 512 || text.length - from <= 2048) {
    const i = text.indexOf(part, from);
    work.steps += (i === -1 ? text.length : i) - from;
    return i !== -1 && i + part.length <= hi ? i : -1;
  }
  work.steps += hi - from;
  const i = text.slice(from, hi).indexOf(part);
  return i === -1 ? -1 : from + i;
}

/**
 * The visit of a search that only asks whether a pattern occurs: one shared function, so reading
 * a cue list (a hundred patterns, on every clause) makes no new closure per pattern.
 */
export const anyPlace = (): boolean => true;

/** Does any of the patterns occur within [lo, hi) of `text`? */
export function occursWithin(
  text: string,
  pats: readonly Pattern[],
  lo: number,
  hi: number,
): boolean {
  return pats.some((p) => findPattern(text, p, lo, hi, anyPlace));
}

/**
 * Calls `visit(start, end)` for each occurrence of the pattern lying within [lo, hi), in order
 * of start, until it returns true. Time: one indexOf scan per part, gaps bounded.
 */
export function findPattern(
  text: string,
  p: Pattern,
  lo: number,
  hi: number,
  visit: (start: number, end: number) => boolean,
): boolean {
  const first = p.parts[0] ?? '';
  if (first.length === 0) return false;
  for (
    let s = indexWithin(text, first, lo, hi);
    s !== -1;
    s = indexWithin(text, first, s + 1, hi)
  ) {
    work.steps++;
    if (!boundaryOk(text, s, s + first.length, first)) continue;
    const e = extend(text, p, 1, s + first.length, hi);
    if (e !== -1 && visit(s, e)) return true;
  }
  return false;
}

function extend(text: string, p: Pattern, k: number, from: number, hi: number): number {
  const part = p.parts[k];
  if (part === undefined) return from;
  const limit = Math.min(hi, from + p.gap + part.length);
  for (
    let i = indexWithin(text, part, from, limit);
    i !== -1;
    i = indexWithin(text, part, i + 1, limit)
  ) {
    work.steps++;
    if (!boundaryOk(text, i, i + part.length, part) || !noSentenceEnd(text, from, i)) continue;
    const e = extend(text, p, k + 1, i + part.length, hi);
    if (e !== -1) return e;
  }
  return -1;
}

/** Does any pattern end at most `within` units before `at`, in the same sentence? */
export function precededBy(
  text: string,
  pats: readonly Pattern[],
  at: number,
  within: number,
): boolean {
  let lo = at;
  // walk back over the window, stopping at a sentence end
  while (lo > 0 && at - lo < within + 80 && !endsSentenceAt(text, lo - 1)) lo--;
  return pats.some((p) => findPattern(text, p, lo, at, (_s, e) => at - e <= within));
}

/** Does any pattern start at most `within` units after `at`? (May cross sentences.) */
export function followedBy(
  text: string,
  pats: readonly Pattern[],
  at: number,
  within: number,
  accept: (start: number, end: number) => boolean = () => true,
): boolean {
  const hi = Math.min(text.length, at + within + 160);
  return pats.some((p) => findPattern(text, p, at, hi, (s, e) => s - at <= within && accept(s, e)));
}

/** The characters that negate a Chinese clause (不, 没, 别, 未, 无, Cantonese 唔 and 冇; Traditional folded or not). */
const ZH_NEGATION = /[不没別别未无無唔冇]/;
/** Words that hold a negation character but negate nothing: 不过 (but), 不如 (better), 无论/不管怎样 (whatever happens), 唔该 (thanks). */
const ZH_NOT_NEGATION = /不过|不如|不妨|无论|無論|不管怎样|不管怎么样|不管如何|不管是|唔该|唔該/g;

/** Does Chinese `text` hold a negation (not counting 不过, 不如 and the like)? */
export function zhNegates(text: string): boolean {
  return ZH_NEGATION.test(text) && ZH_NEGATION.test(text.replace(ZH_NOT_NEGATION, ''));
}

/**
 * 差不多 / 差唔多 (about the same) before an offered thing describes it (两款差唔多嘅色板畀你拣); it
 * refuses nothing. As a whole answer (大家都差不多) it still plays the matter down.
 */
const ABOUT_THE_SAME = /差不多|差唔多/g;

/**
 * Is the phrase at `a`..`b` itself refused ("…也不会帮您问", "…and I won't call you back", "I
 * will not", "yours is no different")? A negation between the start of its clause (not before
 * `lo`) and it, a "no" right before it, or a negation right after it.
 */
export function negated(t: string, a: number, b: number, lo: number): boolean {
  let s = a;
  while (s > lo && !/[,，;；。.!！?？、]/.test(t[s - 1] ?? '')) s--;
  const before = t.slice(s, a);
  return hasHan(t[a] ?? '')
    ? zhNegates(before.replace(ABOUT_THE_SAME, '')) || ZH_NEGATION.test(t[b] ?? '')
    : /\b(?:not|never|no one|nobody|nothing|cannot)\b|\bno\s+$/.test(before) ||
        /^\s*(?:not|never|cannot)\b/.test(t.slice(b, b + 12));
}

/**
 * A grammar sequence: slots matched in order, each one of its folded alternatives, at most
 * `gap` characters apart, never across a clause mark, with none of `notBetween` in a gap.
 */
export interface Sequence {
  source: string;
  slots: string[][];
  gap: number;
  notBetween: string[];
}

/**
 * Calls `visit(start, end)` for occurrences of the sequence within [lo, hi) until it returns
 * true. Time: one indexOf scan per first-slot alternative; each later (slot, position) pair is
 * tried once (memoised), and tries at most gap × alternatives startsWith. `firsts`: the first
 * slot's alternatives worth searching for, in slot order (the caller knows the text's words).
 */
export function findSequence(
  text: string,
  q: Sequence,
  lo: number,
  hi: number,
  visit: (start: number, end: number) => boolean,
  firsts: readonly string[] = q.slots[0] ?? [],
): boolean {
  const memo = new Map<number, number>();
  for (const first of firsts) {
    if (first.length === 0) continue;
    for (
      let s = indexWithin(text, first, lo, hi);
      s !== -1;
      s = indexWithin(text, first, s + 1, hi)
    ) {
      work.steps++;
      if (!boundaryOk(text, s, s + first.length, first)) continue;
      const e = extendSequence(text, q, 1, s + first.length, hi, memo);
      if (e !== -1 && visit(s, e)) return true;
    }
  }
  return false;
}

function extendSequence(
  text: string,
  q: Sequence,
  k: number,
  from: number,
  hi: number,
  memo: Map<number, number>,
): number {
  const alts = q.slots[k];
  if (alts === undefined) return from;
  const key = k * (text.length + 1) + from;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let found = -1;
  const limit = Math.min(hi, from + q.gap);
  const { byFirst, endings } = slotIndex(alts);
  for (let i = from; i <= limit && found === -1; i++) {
    if (i > from && isClauseEnd(text[i - 1])) break;
    for (const alt of byFirst.get(text[i] as string) ?? endings) {
      work.steps++;
      const end = alt.startsWith(ENDING)
        ? wordEnding(text, i, hi, alt)
        : literalAt(text, i, hi, alt);
      if (end === -1) continue;
      if (i > from && !gapClear(text, from, i, q.notBetween)) continue;
      const e = extendSequence(text, q, k + 1, end, hi, memo);
      if (e !== -1) {
        found = e;
        break;
      }
    }
  }
  memo.set(key, found);
  return found;
}

/**
 * A slot's alternatives by the character they open with: at a position, only those opening
 * with its character can match, and the "*ed" word forms; each list keeps the slot's order
 * (the first alternative that leads to a match wins). A position then tries a few of a slot's
 * alternatives instead of all of them (up to 187).
 */
interface SlotIndex {
  byFirst: Map<string, readonly string[]>;
  endings: readonly string[];
}

const slotIndexes = new WeakMap<readonly string[], SlotIndex>();

function slotIndex(alts: readonly string[]): SlotIndex {
  const known = slotIndexes.get(alts);
  if (known) return known;
  const isEnding = (alt: string) => alt.startsWith(ENDING);
  const byFirst = new Map<string, readonly string[]>();
  for (const alt of alts) {
    const c = alt[0];
    if (c === undefined || isEnding(alt) || byFirst.has(c)) continue;
    byFirst.set(
      c,
      alts.filter((a) => a[0] === c || isEnding(a)),
    );
  }
  const made = { byFirst, endings: alts.filter(isEnding) };
  slotIndexes.set(alts, made);
  return made;
}

/**
 * A slot alternative "*ed" is a word class by form: any whole word ending so, with at least
 * three letters before the ending (a regular past participle: "applied", "processed"; not "need").
 */
const ENDING = '*';

function wordEnding(text: string, i: number, hi: number, alt: string): number {
  if (isWordChar(text[i - 1]) || !isWordChar(text[i])) return -1;
  let j = i;
  while (j < hi && isWordChar(text[j])) j++;
  const ending = alt.slice(ENDING.length);
  return j - i >= ending.length + 3 && text.startsWith(ending, j - ending.length) ? j : -1;
}

function literalAt(text: string, i: number, hi: number, alt: string): number {
  if (alt.length === 0 || i + alt.length > hi || !text.startsWith(alt, i)) return -1;
  return boundaryOk(text, i, i + alt.length, alt) ? i + alt.length : -1;
}

/** None of the words stands in text[from, to) (whole words for spaced scripts). */
function gapClear(text: string, from: number, to: number, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const gap = text.slice(from, to);
  return !words.some((w) => {
    for (let i = gap.indexOf(w); i !== -1; i = gap.indexOf(w, i + 1)) {
      if (boundaryOk(gap, i, i + w.length, w)) return true;
    }
    return false;
  });
}
