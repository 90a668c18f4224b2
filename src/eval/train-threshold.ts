import { modelOnlyHit } from '../judge/phrases/detect.js';
import type { PhraseList } from '../judge/phrases/index.js';
import { hashString, scriptLang } from '../judge/phrases/reply-model.js';
import { modelScore } from './train-guards.js';
import { type TrainingRow, type TrainOptions, trainReplyModel } from './train-reply-model.js';

/** The thresholds cross-validation chooses from. */
export const CANDIDATES = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995];

/** The precision (the model and its gate alone, on rows held out of training) a threshold must keep. */
export const MIN_PRECISION = 0.97;

export interface ThresholdFigure {
  lang: string;
  threshold: number;
  tp: number;
  fp: number;
  fn: number;
}

/**
 * k-fold cross-validation over the training rows (fold by a hash of the text, so a row's fold
 * does not depend on the others): each fold is judged by a model trained on the other folds and
 * its gate, at every candidate threshold. The lists are left out of the measure: they were tuned
 * on these rows, and what the model must do is catch what they miss. Figures per language of the
 * rows' script, since each script's real text differs.
 */
export function crossValidate(
  rows: readonly TrainingRow[],
  lists: readonly PhraseList[],
  options: Partial<TrainOptions>,
  folds = 5,
): ThresholdFigure[] {
  const fold = rows.map((r) => hashString(7, r.text) % folds);
  const langs = rows.map((r) => scriptLang(r.text));
  const figures = [...new Set(langs)]
    .sort()
    .flatMap((lang) => CANDIDATES.map((threshold) => ({ lang, threshold, tp: 0, fp: 0, fn: 0 })));
  for (let k = 0; k < folds; k++) {
    const model = trainReplyModel(
      rows.filter((_, i) => fold[i] !== k),
      lists,
      options,
    );
    rows.forEach((r, i) => {
      if (fold[i] !== k) return;
      const p = modelScore(model, r.text, lists);
      for (const f of figures) {
        if (f.lang !== langs[i]) continue;
        const flagged =
          p >= f.threshold &&
          modelOnlyHit(r.text, lists, { ...model, threshold: f.threshold }) !== undefined;
        if (flagged && r.flag) f.tp++;
        else if (flagged) f.fp++;
        else if (r.flag) f.fn++;
      }
    });
  }
  return figures;
}

/** Per language, the lowest candidate whose held-out precision is at least MIN_PRECISION (else the highest). */
export function chooseThresholds(figures: readonly ThresholdFigure[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const lang of new Set(figures.map((f) => f.lang))) {
    const mine = figures.filter((f) => f.lang === lang);
    const ok = mine.filter((f) => f.tp / Math.max(1, f.tp + f.fp) >= MIN_PRECISION);
    out[lang] = Math.min(...(ok.length > 0 ? ok : mine.slice(-1)).map((f) => f.threshold));
  }
  return out;
}
