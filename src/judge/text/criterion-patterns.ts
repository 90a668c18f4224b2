import type { Criterion } from '../../drills/schema.js';
import type { CriterionResult, Span } from '../types.js';
import { isCjk, isWordChar } from './chars.js';
import { findContent, unitsOf } from './content.js';
import { toSimplified } from './convert.js';
import { headAlone } from './head-alone.js';
import { keptReadings } from './kept.js';
import { type NormalisedText, normalise, originalSpan } from './normalise.js';
import { affirmativeOf, type Polarity, polarityAt } from './polarity.js';
import { toldAbsent, toldDenied, toldDeniedHere } from './told-absent.js';
import { toldApart } from './told-apart.js';
import { sameSenseWordings } from './zh-same-sense.js';
import { ZH_MEASURE } from './zh-values.js';
import { chineseVerbForms } from './zh-verb-forms.js';

/** Most characters a "..." gap may span in CJK text. */
export const MAX_GAP_CJK_CHARS = 12;
/** Most words a "..." gap may span in space-separated text. */
export const MAX_GAP_WORDS = 5;
/** Hard cap on a gap's length in normalised units, whatever the script. */
const MAX_GAP_UNITS = 60;

/** One literal piece of a pattern, with whether its ends must fall on word boundaries. */
interface Piece {
  text: string;
  boundaryStart: boolean;
  boundaryEnd: boolean;
}

/** A pattern ready for matching: its pieces in both script variants. */
export interface CompiledPattern {
  /** The pattern as the author wrote it. */
  readonly source: string;
  /** Pieces normalised with Traditional → Simplified conversion (for Chinese answers). */
  readonly converted: readonly Piece[];
  /** Pieces normalised without conversion (for Japanese answers: kanji kept as written). */
  readonly unconverted: readonly Piece[];
  /** The whole pattern normalised, with and without conversion (what the pieces came from). */
  readonly convertedText: string;
  readonly unconvertedText: string;
  /** The whole pattern as `normalise(pattern)` gives it (converted unless it has kana). */
  readonly text: string;
}

export interface PatternMatch {
  /** Range in the original answer. */
  span: Span;
  /** Range in the normalised answer. */
  normalisedStart: number;
  normalisedEnd: number;
  /** The pattern that matched, as written. */
  pattern: string;
}

function toPieces(normalised: string): Piece[] {
  const pieces: Piece[] = [];
  for (const raw of normalised.split('...')) {
    const text = raw.replace(/^[\s.]+|[\s.]+$/g, '');
    if (text.length === 0) continue;
    pieces.push({
      text,
      boundaryStart: isWordChar(text.codePointAt(0) as number),
      boundaryEnd: isWordChar(text.charCodeAt(text.length - 1)),
    });
  }
  return pieces;
}

/**
 * Compiles a rubric pattern: a literal phrase, normalised like answers; "..." or "…"
 * is a bounded gap. Compiled patterns are kept per source string.
 */
export const compilePattern: (pattern: string) => CompiledPattern = keptReadings(
  5000,
  (pattern) => {
    const converted = normalise(pattern, { convert: true });
    const convertedText = converted.text;
    const unconvertedText = normalise(pattern, { convert: false }).text;
    return {
      source: pattern,
      converted: toPieces(convertedText),
      unconverted: toPieces(unconvertedText),
      convertedText,
      unconvertedText,
      text: converted.japanese ? unconvertedText : convertedText,
    };
  },
);

/**
 * A pattern normalised as `normalise(pattern, { convert })` gives it, from the compiled
 * pattern: an item's phrases come back with every answer, and are normalised once.
 */
export function normalisedPattern(pattern: string, convert: boolean): string {
  const compiled = compilePattern(pattern);
  return convert ? compiled.convertedText : compiled.unconvertedText;
}

function boundaryOk(text: string, piece: Piece, at: number): boolean {
  if (piece.boundaryStart && at > 0 && isWordChar(text.charCodeAt(at - 1))) return false;
  const end = at + piece.text.length;
  if (piece.boundaryEnd && end < text.length && isWordChar(text.charCodeAt(end))) return false;
  return true;
}

/**
 * Units of matching work done so far (occurrences found, gap characters scanned): lets tests
 * bound the matcher's work on hostile input without reading a clock.
 */
let work = 0;
export const matcherWork = (): number => work;

/** Every position where the piece occurs on acceptable boundaries, ascending. */
function occurrences(text: string, piece: Piece): number[] {
  const found: number[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(piece.text, from);
    work++;
    if (at < 0) return found;
    if (boundaryOk(text, piece, at)) found.push(at);
    from = at + 1;
  }
}

/** A gap may not cross a sentence end and stays within the CJK / word limits. */
function gapOk(text: string, from: number, to: number): boolean {
  if (to - from > MAX_GAP_UNITS) return false;
  work += to - from;
  let cjk = 0;
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x3f || c === 0x21) return false; // . ? !
    if (isCjk(c)) {
      cjk++;
      inWord = false;
    } else if (isWordChar(c)) {
      if (!inWord) words++;
      inWord = true;
    } else {
      inWord = false;
    }
  }
  return cjk <= MAX_GAP_CJK_CHARS && words <= MAX_GAP_WORDS;
}

/** Largest value in ascending `ends` that is <= limit, or -1 (binary search). */
function lastAtMost(ends: readonly number[], limit: number): number {
  let lo = 0;
  let hi = ends.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] as number) <= limit) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}

/**
 * Finds every match of the pieces in order with bounded gaps, ascending by end. Each piece's
 * occurrences are found once; each occurrence is chained to the nearest preceding match of
 * the previous piece (the nearest has the smallest gap, so if any chain fits, it does). Time
 * is about linear in the answer times the pattern length, with no backtracking.
 */
function findPieces(text: string, pieces: readonly Piece[]): [number, number][] {
  const first = pieces[0];
  if (!first) return [];
  let ends: number[] = [];
  let chainStarts: number[] = [];
  for (const at of occurrences(text, first)) {
    ends.push(at + first.text.length);
    chainStarts.push(at);
  }
  for (let p = 1; p < pieces.length && ends.length > 0; p++) {
    const piece = pieces[p] as Piece;
    const nextEnds: number[] = [];
    const nextStarts: number[] = [];
    for (const at of occurrences(text, piece)) {
      const k = lastAtMost(ends, at);
      if (k < 0) continue;
      const prevEnd = ends[k] as number;
      if (!gapOk(text, prevEnd, at)) continue;
      const end = at + piece.text.length;
      // Ends are ascending because occurrences are; keep them strictly increasing.
      if (nextEnds.length > 0 && nextEnds[nextEnds.length - 1] === end) continue;
      nextEnds.push(end);
      nextStarts.push(chainStarts[k] as number);
    }
    ends = nextEnds;
    chainStarts = nextStarts;
  }
  return ends.map((end, i) => [chainStarts[i] as number, end]);
}

/** Normalises an answer once, for matching many patterns against it. */
export function prepareAnswer(answer: string | NormalisedText): NormalisedText {
  return typeof answer === 'string' ? normalise(answer) : answer;
}

/** Every match of a compiled pattern in a normalised answer. */
export function findPatternAll(compiled: CompiledPattern, answer: NormalisedText): PatternMatch[] {
  const pieces = answer.converted ? compiled.converted : compiled.unconverted;
  return findPieces(answer.text, pieces).map(([start, end]) =>
    matchAt(answer, start, end, compiled),
  );
}

/** The first match of a compiled pattern in a normalised answer, or null. */
export function findPattern(
  compiled: CompiledPattern,
  answer: NormalisedText,
): PatternMatch | null {
  const pieces = answer.converted ? compiled.converted : compiled.unconverted;
  // One piece (most patterns): its first occurrence on word boundaries, found without the lists
  // findPieces builds; an answer meets most of a long list nowhere.
  if (pieces.length === 1) {
    const at = firstOccurrence(answer.text, pieces[0] as Piece);
    return at < 0 ? null : matchAt(answer, at, at + (pieces[0] as Piece).text.length, compiled);
  }
  const first = findPieces(answer.text, pieces)[0];
  return first ? matchAt(answer, first[0], first[1], compiled) : null;
}

/** Where the piece first occurs on acceptable boundaries (as `occurrences(…)[0]`), or -1. */
function firstOccurrence(text: string, piece: Piece): number {
  for (let from = 0; ; ) {
    const at = text.indexOf(piece.text, from);
    work++;
    if (at < 0 || boundaryOk(text, piece, at)) return at;
    from = at + 1;
  }
}

function matchAt(
  answer: NormalisedText,
  start: number,
  end: number,
  compiled: CompiledPattern,
): PatternMatch {
  return {
    span: originalSpan(answer, start, end),
    normalisedStart: start,
    normalisedEnd: end,
    pattern: compiled.source,
  };
}

/** The earliest match of any of the patterns, or null. */
export function findAny(
  patterns: readonly string[],
  answer: string | NormalisedText,
): PatternMatch | null {
  const prepared = prepareAnswer(answer);
  let best: PatternMatch | null = null;
  for (const p of patterns) {
    const m = findPattern(compilePattern(p), prepared);
    if (m && (!best || m.normalisedStart < best.normalisedStart)) best = m;
  }
  return best;
}

/**
 * The first "frame ... word" match over every frame × word pair. Only pairs whose both ends
 * occur in the answer are tried, so long lists cost their length, not their product.
 */
export function findPaired(
  frames: readonly string[],
  words: readonly string[],
  answer: string | NormalisedText,
): PatternMatch | null {
  const prepared = prepareAnswer(answer);
  const present = (list: readonly string[]) =>
    list.filter((p) => findPattern(compilePattern(p), prepared));
  const firsts = present(frames);
  if (firsts.length === 0) return null;
  const seconds = present(words);
  if (seconds.length === 0) return null;
  return findAny(
    firsts.flatMap((f) => seconds.map((w) => `${f} ... ${w}`)),
    prepared,
  );
}

/**
 * The polarities a criterion's phrases count with: the author's; or, when the customer said
 * any of its phrases, the polarity of the clauses they said them in (their "nobody told me"
 * restated as "nobody informed you"); or, failing both, as written (positive).
 */
function wantedPolarities(criterion: Criterion, reference?: NormalisedText): Polarity[] {
  if (criterion.polarity === 'any') return ['positive', 'negative'];
  if (criterion.polarity) return [criterion.polarity];
  const said = new Set<Polarity>();
  if (reference)
    for (const p of criterion.any)
      for (const m of findPatternAll(compilePattern(p), reference)) {
        said.add(polarityAt(reference, m.normalisedStart, m.normalisedEnd));
        // "missing the cake", "the cake was missing": the thing said present in a clause that
        // tells it absent, so "no cake" and "without the cake" say it the same way.
        if (
          ABSENT_BEFORE.test(reference.text.slice(0, m.normalisedStart)) ||
          CEASED_BEFORE.test(reference.text.slice(0, m.normalisedStart)) ||
          UNHAD_BEFORE.test(reference.text.slice(0, m.normalisedStart)) ||
          ABSENT_AFTER.test(reference.text.slice(m.normalisedEnd))
        )
          said.add('negative');
      }
  return said.size > 0 ? [...said] : ['positive'];
}

/** A Chinese thing denied by what follows it in its clause: 一根钢梁也没吊成, 兩粒鐘都冇撈返. */
const DENIED_AFTER_ZH = /^[^,.;:!?]{0,6}?[都也](?:没|沒|冇|不|未)/;

/** Words that tell the thing after them absent ("missing the", "without any"). */
const ABSENT_BEFORE =
  /\b(?:missing|without|lacking|minus|short of|no sign of)\s+(?:(?:the|a|an|my|our|your|his|her|their|its|any)\s+)?$/;
/**
 * A verb of ceasing and its gerund before a thing ("stopped printing the kitchen tickets"): the
 * thing is no longer done, so "won't print the tickets" says it too.
 */
const CEASED_BEFORE =
  /\b(?:stopped|stops|quit|ceased)\s+[a-z]+ing\s+(?:(?:the|a|an|my|our|your|his|her|their|its|any)\s+)?$/;
/**
 * A denied verb of having or bringing with its determiner before a thing ("did not have a
 * first-aid kit", "never brought the spare"): the thing was not there, so "no first-aid kit"
 * says it too. The polarity walk stops at the determiner and reads the thing as said.
 */
const UNHAD_BEFORE =
  /\b(?:not|never)\s+(?:(?:even|ever|actually|have|has|had)\s+)?(?:have|has|had|bring|brought|carry|carried|pack|packed|include|included|provide|provided|supply|supplied)\s+(?:a|an|the|any|my|our|your|his|her|their|its)\s+$/;
/**
 * Words after a thing that tell it absent ("… was missing", "… were left out", "… still hasn't
 * arrived", "… never turned up").
 */
const ABSENT_AFTER =
  /^\s+(?:(?:(?:was|were|is|are|went|had gone)\s+)?(?:missing|left out)|(?:still\s+)?(?:(?:has|have|had|did|does|do)n't|(?:has|have|had|did|does|do) not|never)(?:\s+yet)?\s+(?:arrived?|come|came|turned? up|shown up|showed up|show up|appeared?|been (?:sent|delivered|issued|posted))\b)/;

/**
 * Judges one rubric criterion: met when an accepted phrase occurs with the polarity it is
 * meant in — as written (a phrase inside a negation or refusal does not count), as the author
 * declares (`polarity`), or as the customer said it (their "hasn't arrived" restated meets
 * "arrived"). A phrase said the other way round from the customer ("it arrived" for "it
 * hasn't arrived") contradicts the fact. `reference` is the customer's text, for restatements.
 */
export function matchCriterion(
  criterion: Criterion,
  answer: string | NormalisedText,
  reference?: NormalisedText,
): CriterionResult {
  const prepared = prepareAnswer(answer);
  const wanted = wantedPolarities(criterion, reference);
  // Only a customer who said the fact one way can be contradicted by saying it the other.
  const restated = reference !== undefined && !criterion.polarity && wanted.length === 1;
  let met: PatternMatch | null = null;
  let opposite: PatternMatch | null = null;
  for (const list of [criterion.any, variantsOf(criterion.any)]) {
    for (const p of list) {
      if (list !== criterion.any && reference && elsewhere(p, criterion.any, reference)) continue;
      for (const m of findPatternAll(compilePattern(p), prepared)) {
        if (met && m.normalisedStart >= met.normalisedStart) break;
        if (wanted.includes(polarityAt(prepared, m.normalisedStart, m.normalisedEnd))) {
          met = m;
          break;
        }
        // Said the other way round from the customer: a contradiction, not just a miss.
        if (!opposite && restated && reference && findAny(criterion.any, reference)) opposite = m;
      }
    }
    if (met) break;
  }
  // A restatement may say the fact in its own word order and words around it.
  if (!met && reference) {
    // The wide reading (words of one sense, one word denied) may meet a fact; it never
    // contradicts one below.
    // Words of one sense swapped too (准时把车还了 for 按时还车): see sameSenseWordings.
    const own = contentMatch(wideWordings(criterion.any), prepared, wanted, reference, true);
    // A direction said the other way round (高雄到台北 for 台北到高雄) says another fact.
    if (own?.reversed) opposite ??= restated && !toldApart(prepared, own) ? own : null;
    else met = own;
    if (!met && !opposite) {
      const phrases = criterion.any.map((p) => ({
        pattern: p,
        normalised: normalisedPattern(p, prepared.converted),
      }));
      const head = headAlone(phrases, prepared, wanted, reference);
      if (head)
        met = {
          span: originalSpan(prepared, head.start, head.end),
          normalisedStart: head.start,
          normalisedEnd: head.end,
          pattern: head.pattern,
        };
    }
  }
  // The fact's words said together the other way round ("it was delivered" for "never delivered"),
  // where the customer told the fact, as written or in their own order (小厅根本坐不下).
  if (!met && !opposite && restated && reference && toldByCustomer(criterion.any, reference)) {
    const other: Polarity[] = wanted[0] === 'positive' ? ['negative'] : ['positive'];
    // Unless the customer said those words that way too (收…费 of 收我五百块手续费 is no 不收费).
    if (!contentMatch(criterion.any, reference, other, reference))
      opposite = contentMatch(criterion.any, prepared, other, reference);
    if (opposite && toldApart(prepared, opposite)) opposite = null;
  }
  // The customer denied it ("never came", 打不通) and the answer affirms it ("came", 打通).
  if (
    !met &&
    !opposite &&
    restated &&
    wanted[0] === 'positive' &&
    reference &&
    findAny(criterion.any, reference)
  )
    opposite = affirmed(criterion.any, prepared, reference);
  // The customer told it absent in other words ("the photo section missing"): said denied, it
  // is their fact ("no photographs"), not its opposite.
  if (opposite && reference && wanted[0] === 'positive') {
    const told = findAny(criterion.any, reference);
    if (told && toldAbsent(reference, told.normalisedStart, told.normalisedEnd)) opposite = null;
  }
  // The reverse: the customer denied it (佢個賬戶唔見咗) and the answer tells it absent in words that
  // are no negation (戶口消失咗): their fact retold, not its opposite.
  if (
    opposite &&
    reference &&
    toldAbsent(prepared, opposite.normalisedStart, opposite.normalisedEnd)
  ) {
    const told =
      findAny(criterion.any, reference) ??
      contentMatch(criterion.any, reference, ['positive', 'negative'], reference);
    if (told && toldDenied(reference, told.normalisedStart, told.normalisedEnd)) opposite = null;
  }
  // Both clauses deny, the customer's where the walk back from the phrase does not reach ("the
  // champagne we'd paid for wasn't on board", "nobody at booking told me", 一根都没吊上去): the
  // answer's denial ("no bubbly", "booking never warned you") says the fact, not its opposite.
  if (
    opposite &&
    reference &&
    wanted[0] === 'positive' &&
    (polarityAt(prepared, opposite.normalisedStart, opposite.normalisedEnd) === 'negative' ||
      DENIED_AFTER_ZH.test(prepared.text.slice(opposite.normalisedEnd)))
  ) {
    const told =
      findAny(criterion.any, reference) ??
      contentMatch(criterion.any, reference, ['positive', 'negative'], reference);
    if (told && toldDeniedHere(reference, told.normalisedStart, told.normalisedEnd)) {
      met = opposite;
      opposite = null;
    }
  }
  const result: CriterionResult = {
    id: criterion.id,
    label: criterion.label,
    met: met !== null,
    status: met ? 'met' : opposite ? 'contradicted' : 'missed',
    weight: criterion.weight,
  };
  if (met) {
    result.span = met.span;
    result.detail = met.pattern;
  } else if (opposite && reference) {
    result.span = opposite.span;
    result.detail = `opposite:${opposite.pattern}`;
    result.said = clauseOf(prepared, opposite.normalisedStart, opposite.normalisedEnd);
    // The customer may have said the fact only in other words than the accepted ones.
    const told =
      criterion.any.map((p) => findAny([p], reference)).find((m) => m !== null) ??
      contentMatch(criterion.any, reference, ['positive', 'negative'], reference);
    if (told) result.expected = clauseOf(reference, told.normalisedStart, told.normalisedEnd);
  }
  return result;
}

/**
 * Whether the customer said this variant of a fact's phrases only in clauses that hold none of
 * them, while saying the phrases elsewhere: "charged" (I was charged twice) is their word for another part of the story, not an
 * inflection of "charges" (getting fees).
 */
function elsewhere(variant: string, any: readonly string[], customer: NormalisedText): boolean {
  // The same item's customer and phrases come back with every answer: decide each variant once.
  let known = elsewhereCache.get(any);
  if (!known || known.customer !== customer.text || known.answers.size >= 500) {
    known = { customer: customer.text, answers: new Map() };
    elsewhereCache.set(any, known);
  }
  let hit = known.answers.get(variant);
  if (hit === undefined) {
    hit = saidElsewhere(variant, any, customer);
    known.answers.set(variant, hit);
  }
  return hit;
}
const elsewhereCache = new WeakMap<
  readonly string[],
  { customer: string; answers: Map<string, boolean> }
>();

function saidElsewhere(variant: string, any: readonly string[], customer: NormalisedText): boolean {
  const said = findPatternAll(compilePattern(variant), customer);
  if (said.length === 0) return false;
  const own = any.flatMap((p) => findPatternAll(compilePattern(p), customer));
  // The customer said the fact only in this form ("leaking" for the phrase "leak").
  if (own.length === 0) return false;
  return said.every((v) => !own.some((o) => sameClauseAt(customer.text, v, o)));
}

const CLAUSE_STOP = /[.?!,;:。？！，；：]/;
function sameClauseAt(text: string, a: PatternMatch, b: PatternMatch): boolean {
  const from = Math.min(a.normalisedEnd, b.normalisedEnd);
  const to = Math.max(a.normalisedStart, b.normalisedStart);
  return from >= to || !CLAUSE_STOP.test(text.slice(from, to));
}

/**
 * A fact's wordings with their words of one sense swapped (see sameSenseWordings): they depend on
 * the fact alone, which comes back with every answer to its item, and are read once per fact.
 */
const wide = new WeakMap<readonly string[], readonly string[]>();
let wideReads = 0;
/** Facts whose wide wordings were read so far: tests count it. */
export const wideWordingReads = (): number => wideReads;
function wideWordings(any: readonly string[]): readonly string[] {
  let known = wide.get(any);
  if (!known) {
    wideReads++;
    known = [...any, ...any.flatMap((p) => sameSenseWordings(toSimplified(p)))];
    wide.set(any, known);
  }
  return known;
}

/** The customer said one of the fact's wordings, as written or in their own order. */
const toldByCustomer = (any: readonly string[], customer: NormalisedText) =>
  findAny(any, customer) !== null ||
  contentMatch(any, customer, ['positive', 'negative'], customer) !== null;

/** How many different content words a wording has (fillers and negations left out). */
const contentWordCount = (phrase: string) =>
  new Set(unitsOf(phrase).flatMap((u) => (u.filler || u.negator ? [] : [u.key]))).size;

/**
 * A wording that is nothing but a Chinese count (三扇, 12根) or a bare number (五百五) is said with
 * its number next to its measure word, a size word at most between (一大桶): its characters
 * scattered over a clause (八扇窗…三千二, 三百八…收了您六百五) are no count and no number.
 */
const ZH_COUNT = new RegExp(
  `^[\\d零〇一二两兩三四五六七八九十百千万萬]+(?:${ZH_MEASURE.source.slice(1)})?$`,
);

/** The first accepted phrase whose content words the answer says together (see findContent). */
function contentMatch(
  any: readonly string[],
  answer: NormalisedText,
  wanted: readonly Polarity[],
  customer: NormalisedText,
  wide = false,
): (PatternMatch & { reversed?: true }) | null {
  let reversed: (PatternMatch & { reversed?: true }) | null = null;
  for (const p of any) {
    const phrase = normalisedPattern(p, answer.converted);
    const found = findContent(phrase, answer, wanted, customer, wide);
    if (!found) continue;
    if (ZH_COUNT.test(phrase) && found.end - found.start > phrase.length + 1) continue;
    // Another form of one word the customer used elsewhere is not the fact (see `elsewhere`);
    // a wording of several words names its own part of the story.
    if (
      answer !== customer &&
      contentWordCount(phrase) === 1 &&
      elsewhere(answer.text.slice(found.start, found.end), any, customer)
    )
      continue;
    const m = {
      span: originalSpan(answer, found.start, found.end),
      normalisedStart: found.start,
      normalisedEnd: found.end,
      pattern: `~${p}`,
    };
    if (!found.reversed) return m;
    reversed ??= { ...m, reversed: true };
  }
  return reversed;
}

/** The rest of a clause that asks ("Have I got that right?"): it affirms nothing. */
const ASKED = /^[^.!?。！？,;:，；：—–-]*[?？]/;

/**
 * The first of the phrases' affirmatives said in a positive clause (not a question), or null.
 * One said after a Chinese word of arranging in its clause (约了两点上门, 说好周日送到) tells
 * what was planned, not that it happened.
 */
function affirmed(
  any: readonly string[],
  answer: NormalisedText,
  customer: NormalisedText,
): PatternMatch | null {
  for (const p of any) {
    const phrase = compilePattern(p).text;
    const got = received(phrase, answer);
    if (got) return { ...got, pattern: p };
    const yes = affirmativeOf(phrase);
    if (!yes) continue;
    const hit = findPatternAll(compilePattern(yes), answer).find(
      (m) =>
        polarityAt(answer, m.normalisedStart, m.normalisedEnd) === 'positive' &&
        !toldSoToo(answer, m, customer) &&
        !ASKED.test(answer.text.slice(m.normalisedEnd)) &&
        !ARRANGED.test(clauseBefore(answer.text, m.normalisedStart)) &&
        !UNREAL_BEFORE.test(
          answer.text.slice(Math.max(0, m.normalisedStart - 24), m.normalisedStart),
        ) &&
        !UNREAL_BE.test(clauseBefore(answer.text, m.normalisedStart, 48)),
    );
    if (hit) return { ...hit, pattern: p };
  }
  return null;
}

/** Characters after an affirmed word that show it retells the customer's own words. */
const RETOLD_AFTER = 2;
/**
 * The affirmed words with what follows them, said so by the customer too (整理师不可能拿 told
 * back): another part of their story, not the denied fact said the other way round.
 */
function toldSoToo(answer: NormalisedText, m: PatternMatch, customer: NormalisedText): boolean {
  const said = answer.text.slice(m.normalisedStart, m.normalisedEnd + RETOLD_AFTER);
  for (let at = customer.text.indexOf(said); at >= 0; at = customer.text.indexOf(said, at + 1))
    if (polarityAt(customer, at, at + (m.normalisedEnd - m.normalisedStart)) === 'positive')
      return true;
  return false;
}

/** Verbs of getting before a thing ("you got a refund", "were given part of your money back"). */
const GOT =
  /\b(?:got|received|(?:were|was|been) (?:given|offered|sent)|gave you|offered you)\s+(?:(?:a|an|some|the|your|part of|half of|most of|all of)\s+)*$/;

/** Got only in a supposition: "you'd have got a refund", "could have been offered". */
const IF_GOT = /\b(?:would|could|might|should|'d)\s+(?:have\s+)?(?:got|received|been)\b/;
/**
 * A thing the customer never got ("no refund", "no money back") said as got: the thing right
 * after a verb of getting, in a clause that denies nothing.
 */
function received(pattern: string, answer: NormalisedText): PatternMatch | null {
  const thing = /^no ([a-z][a-z ]{2,})$/.exec(pattern)?.[1];
  if (!thing) return null;
  return (
    findPatternAll(compilePattern(thing), answer).find(
      (m) =>
        GOT.test(answer.text.slice(Math.max(0, m.normalisedStart - 40), m.normalisedStart)) &&
        !IF_GOT.test(answer.text.slice(Math.max(0, m.normalisedStart - 40), m.normalisedStart)) &&
        polarityAt(answer, m.normalisedStart, m.normalisedEnd) === 'positive' &&
        !ASKED.test(answer.text.slice(m.normalisedEnd)),
    ) ?? null
  );
}

/**
 * English verbs told as meant, not done: an infinitive or a modal before the verb ("booked a
 * nurse to come", "was supposed to arrive", "would call back") says what was to happen.
 */
const UNREAL_BEFORE = /\b(?:to|would|should|could|might|will|shall)\s+(?:have\s+)?$/;
/**
 * What a thing should have been, or was meant to be ("should have been five-mil stainless", "was
 * supposed to be a king-size in oak"): the words after the modal "be" say what was asked for.
 */
const UNREAL_BE =
  /\b(?:would|should|could|might|must|supposed to|meant to|ought to)\s+(?:have\s+)?be(?:en)?\s+(?:[a-z0-9-]+\s+){0,4}$/;
/** Chinese words of arranging, promising or expecting what then did not happen. */
const ARRANGED = /约|说好|讲好|讲明|承诺|答应|原定|原本|本来|本该|应该|预计|定了/;
const clauseBefore = (text: string, at: number, reach = 24) => {
  const before = text.slice(Math.max(0, at - reach), at);
  return before.slice(before.search(/[^.?!,;:]*$/));
};

/** The phrase with the words just before it that bind it ("has not arrived"), as written. */
function clauseOf(n: NormalisedText, start: number, end: number): string {
  let from = start;
  const stop = /[.?!,;:]/;
  for (let steps = 0; from > 0 && steps < 24; steps++) {
    const c = n.text[from - 1] as string;
    if (stop.test(c)) break;
    from--;
  }
  // Cut by the step limit inside a word ("…acking page your parcel"): start at the next whole one.
  const latin = /[a-z0-9'-]/i;
  if (from > 0 && latin.test(n.text[from - 1] ?? '') && latin.test(n.text[from] ?? '')) {
    const space = n.text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  return n.original.slice(originalSpan(n, from, end).start, originalSpan(n, start, end).end).trim();
}

/** English "won't V" said as a refusal: "won't refund" ~ "refusing to refund", "will not refund". */
function negatedVerbVariants(lower: string): string[] {
  const m =
    /^(?:won't|will not|wouldn't|would not|can't|cannot|can not|doesn't|does not|don't|do not|refuses? to|refused to|refusing to) ([a-z]{3,})$/.exec(
      lower,
    );
  if (!m) return [];
  const verb = m[1] as string;
  return [
    `won't ${verb}`,
    `will not ${verb}`,
    `wouldn't ${verb}`,
    `refuse to ${verb}`,
    `refuses to ${verb}`,
    `refused to ${verb}`,
    `refusing to ${verb}`,
  ];
}

/**
 * One word class: words before a noun that make it another one than the one meant ("another
 * site" ~ "a different site", "someone else's name" ~ "a stranger's name").
 */
const OTHER_ONE = [
  'another',
  'a different',
  'some other',
  "someone else's",
  "somebody else's",
  "a stranger's",
];
function otherOneVariants(lower: string): string[] {
  const q = OTHER_ONE.find((c) => lower.startsWith(`${c} `));
  if (!q) return [];
  const rest = lower.slice(q.length);
  return OTHER_ONE.filter((c) => c !== q).map((c) => `${c}${rest}`);
}

/** An auxiliary and its form for another person or number: "haven't got it" ~ "hasn't got it". */
const AGREEMENT: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ['have', 'has'],
    ["haven't", "hasn't"],
    ['do', 'does'],
    ["don't", "doesn't"],
    ['was', 'were'],
    ["wasn't", "weren't"],
    ['is', 'are'],
    ["isn't", "aren't"],
  ].flatMap(([a, b]) => [
    [a, b],
    [b, a],
  ]),
);
function agreementVariants(words: readonly string[]): string[] {
  const at = words.findIndex((w) => AGREEMENT[w] !== undefined);
  if (at < 0) return [];
  return [words.map((w, k) => (k === at ? (AGREEMENT[w] as string) : w)).join(' ')];
}

/** Vague counts said another way: "several times" ~ "a few times" ~ "multiple times". */
const VAGUE_COUNTS = ['several', 'a few', 'multiple', 'a number of', 'many'];
function quantityVariants(lower: string): string[] {
  const q = VAGUE_COUNTS.find((c) => lower.startsWith(`${c} `));
  if (!q) return [];
  const rest = lower.slice(q.length);
  return VAGUE_COUNTS.filter((c) => c !== q).map((c) => `${c}${rest}`);
}

/** Chinese synonyms of time units, swapped inside an alternative: 小时 ~ 钟头, 星期 ~ 周 ~ 礼拜. */
const UNIT_SYNONYMS: readonly (readonly string[])[] = [
  ['个小时', '个钟头', '个钟'],
  ['小时', '钟头'],
  // A week said with or without its measure word (下周 ~ 下礼拜 ~ 下个星期).
  ['个星期', '周', '个礼拜', '礼拜', '星期'],
];

/** Generic objects of Chinese verb-object compounds (退货, 退款, 挂号, 请假, 下单, 买票). */
const VO_OBJECTS = '货款钱费号假单票';

/**
 * Chinese word-order and aspect variants of a rubric verb: a verb-object compound with
 * its aspect between (退货 ~ 退了货 ~ 退过货) or its object moved before it with 把
 * (退货 ~ 把货退了 ~ 把它退了); a result complement 掉/完 said with 了 (退掉 ~ 退了);
 * a negated verb with its subject between (没通知 ~ 没人通知 ~ 没有人通知), its object
 * fronted (没说对不起 ~ 连一句对不起都没说) or without its adverb of time (一直没来 ~ 没来); degree words swapped (很烫 ~ 太烫); time units
 * said another way (一个多小时 ~ 一个多钟头).
 */
function chineseVerbVariants(alt: string): string[] {
  const out: string[] = [];
  const vo = /^([\u4e00-\u9fff])([\u4e00-\u9fff])$/.exec(alt);
  if (vo && VO_OBJECTS.includes(vo[2] as string)) {
    const [, v, o] = vo;
    out.push(`${v}了${o}`, `${v}过${o}`, `把 ... ${v}了`, `把 ... ${v}掉`, `${o}${v}了`);
  }
  const complement = /^([\u4e00-\u9fff])[掉完]$/.exec(alt);
  if (complement) out.push(`${complement[1]}了`);
  const neg = /^没(有)?([^有人].*)$/.exec(alt);
  if (neg && /^[\u4e00-\u9fff]/.test(neg[2] as string))
    out.push(`没人${neg[2]}`, `没有人${neg[2]}`);
  if (alt.startsWith('没人')) out.push(`没有人${alt.slice(2)}`);
  // An adverb of time before the negation is not the fact (一直没来 ~ 一个都没来 ~ 还没来 ~ 仲未到).
  const still =
    /^(?:一直|还是|还|都|也|根本|从来|始终|仍然|至今)(没有?|不|未)([\u4e00-\u9fff]+)$/.exec(alt);
  if (still) out.push(`${still[1]}${still[2]}`);
  // The object fronted with 连…都/也 (没说对不起 ~ 连一句对不起都没说).
  const said = /^没有?(说|给|打|发|回|接)([\u4e00-\u9fff]{2,})$/.exec(alt);
  if (said) {
    const [, v, o] = said;
    out.push(`${o} ... 都没${v}`, `${o} ... 也没${v}`, `${o} ... 都没有${v}`);
  }
  // Degree words swapped on a one-character adjective (很烫 ~ 太烫 ~ 特别烫).
  const degree = /^(很|太|好|挺|非常|特别|发)([\u4e00-\u9fff])$/.exec(alt);
  if (degree) {
    const x = degree[2] as string;
    for (const d of ['很', '太', '好', '挺', '非常', '特别'])
      if (d !== degree[1]) out.push(`${d}${x}`);
  }
  out.push(...chineseVerbForms(alt), ...sameSenseWordings(alt));
  for (const group of UNIT_SYNONYMS) {
    const from = group.find((u) => alt.includes(u));
    if (!from) continue;
    for (const to of group) if (to !== from) out.push(alt.replace(from, to));
    break;
  }
  return out;
}

/** English particles of separable phrasal verbs: "sent back" is also "sent the shoes back". */
const PARTICLES = new Set(['back', 'up', 'out', 'off', 'away', 'down', 'over']);
/** A proper name before a common noun: "Pharaoh room", "Pine Hollow campsite". */
const NAMED_HEAD = /^((?:[A-Z][a-z]+ )*[A-Z][a-z]{2,}) [a-z]+$/;
const CALENDAR =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)\b/;
/** A thing and its negated verb: "email never arrived", "the refund hasn't come". */
const ABSENT =
  /^(?:the |a |an |my |your )?([a-z]{3,}) (?:never|not|didn't|did not|hasn't|has not|haven't|have not|wasn't|was not|still hasn't) [a-z]+$/;
const NOT_THINGS = new Set('you they she nothing nobody none one this that there who'.split(' '));

/**
 * Natural variants of rubric alternatives, tried when none of them matches as written:
 * the plural of the last English word ("evening" ~ "evenings"); another inflection of a single English verb ("charged" ~ "charging", "charges"); a
 * two-word phrasal verb with its object between ("sent ... back"); a named thing by its name
 * ("Pharaoh room" ~ "Pharaoh"); a thing that never came said as absent ("email never arrived" ~
 * "no email"); "not received" ~ "never received"; Chinese 没 ~ 没有 before a verb ("没拿到" ~ "并没有拿到") and the potential
 * complements 不了 ~ 不上 ~ 不到 ("用不了" ~ "用不上"); a refusal said either way ("won't refund" ~
 * "refusing to refund"); vague counts ("several times" ~ "a few times"); another one said
 * another way ("another site" ~ "a different site"); the Chinese
 * word-order, aspect, complement, subject and time-unit variants of `chineseVerbVariants`.
 */
export const variantsOf: (any: readonly string[]) => string[] = keptReadings(2000, (any) => {
  const out = new Set<string>();
  for (const raw of any) {
    const alt = raw.trim();
    if (alt.includes('...') || alt.includes('…')) continue;
    const lower = alt.toLowerCase();
    // "carried" ~ "carry", "carrying", "carries": a y turned i comes back before -ing.
    const turned = /^([a-z]{3,})i(?:ed|es)$/.exec(lower)?.[1];
    if (turned) for (const end of ['y', 'ying', 'ied', 'ies']) out.add(turned + end);
    else if (/^[a-z]{4,}$/.test(lower)) {
      const stem = lower.replace(/(ied|ies|ing|ed|es|s)$/, '');
      if (stem.length >= 4 && stem !== lower) {
        for (const suffix of ['ed', 'ing', 'es', 's']) out.add(stem + suffix);
        if (/e$/.test(stem) === false) out.add(`${stem}e`);
      } else if (stem === lower && lower.length >= 5 && /[^aeiouy][^aeiouywx]$/.test(lower)) {
        // "refund" ~ "refunded", "refunds", "refunding": a base form ending in two consonants,
        // past a short word ("work" is a job as well as what "working" does).
        for (const suffix of ['ed', 'ing', 's']) out.add(lower + suffix);
      }
    }
    const words = lower.split(/\s+/);
    const last = words[words.length - 1] ?? '';
    if (/^[a-z]{3,}$/.test(last) && !last.endsWith('s'))
      out.add([...words.slice(0, -1), `${last}${/(ch|sh|x)$/.test(last) ? 'es' : 's'}`].join(' '));
    if (words.length === 2 && /^[a-z]+$/.test(words[0] ?? '') && PARTICLES.has(words[1] ?? ''))
      out.add(`${words[0]} ... ${words[1]}`);
    // "Pharaoh room" ~ "Pharaoh", "Elm Road station" ~ "Elm Road": a name says which one.
    const named = NAMED_HEAD.exec(alt);
    if (named && !CALENDAR.test(named[1] as string)) out.add(named[1] as string);
    // "email never arrived" ~ "no email": the thing that never came, said as absent.
    const absent = ABSENT.exec(lower);
    if (absent && !NOT_THINGS.has(absent[1] as string)) out.add(`no ${absent[1]}`);
    if (words[0] === 'not' && words.length > 1) out.add(`never ${words.slice(1).join(' ')}`);
    if (words[0] === 'never' && words.length > 1) out.add(`not ${words.slice(1).join(' ')}`);
    const potential = /(不了|不上|不到)/.exec(alt);
    if (potential) {
      for (const c of ['不了', '不上', '不到'])
        if (c !== potential[1]) out.add(alt.replace(potential[1] as string, c));
    }
    if (/没有/.test(alt)) out.add(alt.replace(/没有/g, '没'));
    else if (/没[^有]/.test(alt)) out.add(alt.replace(/没/g, '没有'));
    for (const v of negatedVerbVariants(lower)) out.add(v);
    for (const v of quantityVariants(lower)) out.add(v);
    for (const v of agreementVariants(words)) out.add(v);
    for (const v of otherOneVariants(lower)) out.add(v);
    if (/[\u4e00-\u9fff]/.test(alt) && !/[\u3040-\u30ff]/.test(alt))
      for (const v of chineseVerbVariants(toSimplified(alt))) out.add(v);
  }
  for (const a of any) out.delete(a.trim().toLowerCase());
  return [...out];
});
