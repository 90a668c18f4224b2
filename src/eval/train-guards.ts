import { type Edges, edgesOf, runOnStarts } from '../judge/phrases/clause.js';
import { modelOnlyHit } from '../judge/phrases/detect.js';
import { detectPhrases, type PhraseList } from '../judge/phrases/index.js';
import { foldForPhrases } from '../judge/phrases/phrase-patterns.js';
import {
  blankQuotes,
  flaggedSentences,
  type ReplyModel,
  scriptLang,
} from '../judge/phrases/reply-model.js';
import type { CorpusReport } from './corpus.js';
import type { ReplyRow } from './phrases.js';

/** Flag / no-flag counts of the detector on labelled rows. */
export interface Tally {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  /** Missed taboo rows the model scored at or above its threshold: a gate held the flag back. */
  gated: number;
}

export interface RowVerdict {
  row: ReplyRow;
  flagged: boolean;
  /** The model's score of the reply (its heaviest sentence, as a flag is decided). */
  p: number;
  /** The score reaches the model's threshold for the reply's language. */
  over: boolean;
}

/** The model's score of a reply as `check` reads it: quotations blanked, heaviest sentence. */
export function modelScore(model: ReplyModel, text: string, lists: readonly PhraseList[]): number {
  const f = foldForPhrases(text);
  const runOn = runOnStarts(f);
  let edges: Edges | undefined;
  const ctx = { lists, runOn, edges: () => (edges ??= edgesOf(f.text, runOn)) };
  const own = blankQuotes(f.text);
  return flaggedSentences({ ...model, threshold: Number.MIN_VALUE }, own, runOn, ctx)[0]?.p ?? 0;
}

export function judgeRows(
  rows: readonly ReplyRow[],
  lists: readonly PhraseList[],
  model: ReplyModel | undefined,
): RowVerdict[] {
  return rows.map((row) => {
    const p = model ? modelScore(model, row.text, lists) : 0;
    const threshold = model?.thresholds?.[scriptLang(row.text)] ?? model?.threshold ?? 1;
    return {
      row,
      flagged: detectPhrases(row.text, lists, model).length > 0,
      p,
      over: p >= threshold,
    };
  });
}

/** The model and its gate alone (no list hit), as cross-validation measures them. */
export function modelAlone(
  rows: readonly ReplyRow[],
  lists: readonly PhraseList[],
  model: ReplyModel,
): RowVerdict[] {
  return rows.map((row) => ({
    row,
    flagged: modelOnlyHit(row.text, lists, model) !== undefined,
    p: 0,
    over: false,
  }));
}

export const emptyTally = (): Tally => ({ n: 0, tp: 0, fp: 0, fn: 0, gated: 0 });

/** One row into `t`: flagged by the judge or not, labelled flagged or not. */
export function countRow(t: Tally, flagged: boolean, flag: boolean): void {
  t.n++;
  if (flagged && flag) t.tp++;
  else if (flagged) t.fp++;
  else if (flag) t.fn++;
}

export function tally(verdicts: readonly RowVerdict[]): Tally {
  const t = emptyTally();
  for (const v of verdicts) {
    countRow(t, v.flagged, v.row.flag);
    if (!v.flagged && v.row.flag && v.over) t.gated++;
  }
  return t;
}

const pct = (a: number, b: number) => (b === 0 ? '  -  ' : ((100 * a) / b).toFixed(1).padStart(5));

/** "P / R" of a tally, as the eval tables print them. */
export const figure = (t: Tally) => `${pct(t.tp, t.tp + t.fp)} / ${pct(t.tp, t.tp + t.fn)}`;

/** A guard set (or, summed over every set, a language) with the shipped model and the new one. */
export interface GuardFigure {
  set: string;
  before: Tally;
  after: Tally;
  /** More false flags or more misses than before. */
  dropped: boolean;
}

const guardFigure = (set: string, before: Tally, after: Tally): GuardFigure => ({
  set,
  before,
  after,
  dropped: after.fp > before.fp || after.fn > before.fn,
});

/**
 * Every set with the shipped model (or the lists alone, with none shipped) and the new one, and
 * per language the sum over every set. A model trained on many more rows than the shipped one
 * loses a row here and there of a set both trained on while it gains many: the sums per language
 * are the guard, the sets say where it moved.
 */
export function guardFigures(
  sets: ReadonlyMap<string, readonly ReplyRow[]>,
  lists: readonly PhraseList[],
  shipped: ReplyModel | undefined,
  trained: ReplyModel,
): { sets: GuardFigure[]; langs: GuardFigure[] } {
  const byLang = new Map<string, { before: Tally; after: Tally }>();
  const perSet = [...sets].map(([set, rows]) => {
    const before = judgeRows(rows, lists, shipped);
    const after = judgeRows(rows, lists, trained);
    before.forEach((b, i) => {
      const t = byLang.get(b.row.lang) ?? { before: emptyTally(), after: emptyTally() };
      byLang.set(b.row.lang, t);
      countRow(t.before, b.flagged, b.row.flag);
      countRow(t.after, after[i]?.flagged === true, b.row.flag);
    });
    return guardFigure(set, tally(before), tally(after));
  });
  const langs = [...byLang]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([lang, t]) => guardFigure(lang, t.before, t.after));
  return { sets: perSet, langs };
}

/** Real text's bar (issue 11): at most this share of judged flags false, every real use kept. */
export const MAX_FALSE_SHARE = 0.1;

/**
 * What a corpus report breaks of that bar, in words; empty when it holds. Against the shipped
 * model's report of the same corpus: no judged-real reply it flags lost, no more judged-false flags.
 */
export function corpusProblems(r: CorpusReport, shipped?: CorpusReport): string[] {
  const judged = r.flags.filter((f) => f.label);
  const falseFlags = judged.filter((f) => f.label === 'false').length;
  const shippedFalse = shipped?.flags.filter((f) => f.label === 'false').length ?? 0;
  const lost = r.lostReal.filter((reply) => !shipped?.lostReal.includes(reply));
  const out: string[] = [];
  if (judged.length > 0 && falseFlags / judged.length > MAX_FALSE_SHARE)
    out.push(`${r.name}: ${falseFlags} of ${judged.length} judged flags false (over 10%)`);
  if (shipped && falseFlags > shippedFalse)
    out.push(`${r.name}: ${falseFlags} judged-false flags, ${shippedFalse} with the shipped model`);
  if (lost.length > 0) out.push(`${r.name}: ${lost.length} judged-real replies no longer flagged`);
  return out;
}
