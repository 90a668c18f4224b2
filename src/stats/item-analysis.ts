// Classical item analysis, after Moodle's quiz statistics report. Pure: numbers in, numbers out.
//
// For item i with scores x (max m) over n attempts, total T, rest of the test R = T − x:
//   facility          F   = mean(x) / m × 100
//   sd                    = sample sd of x (n − 1) / m × 100
//   discrimination    D   = corr(x, R)   (corrected item-total correlation, −1…1)
//   efficiency        DE  = cov(x, R) / covmax(x, R), where covmax pairs the sorted x with the
//                           sorted R: the largest covariance any pairing of these same scores
//                           could give, so DE is D relative to the best this item's facility allows
//   Cronbach's alpha  α   = k / (k − 1) × (1 − Σ var(x_i) / var(T))   over the k scored items
// Variances and covariances use n − 1, as Moodle does. A statistic that would divide by zero
// (every score the same, fewer than two attempts) is null, never NaN.

import type { ItemKind } from '../drills/schema.js';

export interface AnalysisItem {
  id: string;
  kind: ItemKind;
  max: number;
  /** Option keys of choice/multi items, so options nobody picked still show. */
  options?: string[];
}

/** One trainee's attempt: scores and answers aligned with the items. */
export interface AnalysisAttempt {
  scores: number[];
  answers: unknown[];
}

export interface Thresholds {
  /** Facility above this (percent) flags an item as too easy. */
  tooEasy: number;
  /** Facility below this (percent) flags an item as too hard. */
  tooHard: number;
  /** Discrimination below this flags an item as not discriminating. */
  minDiscrimination: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { tooEasy: 90, tooHard: 20, minDiscrimination: 0.2 };

export type ItemFlag = 'too-easy' | 'too-hard' | 'not-discriminating';

export interface OptionCount {
  key: string;
  count: number;
  /** Share of attempts that picked it, percent. */
  share: number;
}

export interface ItemStats {
  id: string;
  kind: ItemKind;
  max: number;
  attempts: number;
  /** Attempts with an answer (a missing answer scores zero but is counted apart). */
  answered: number;
  facility: number | null;
  sd: number | null;
  discrimination: number | null;
  efficiency: number | null;
  /** choice and multi only: how often each option was picked. */
  options?: OptionCount[];
  flags: ItemFlag[];
}

export interface HistogramBin {
  /** Percent range [from, to); the last bin includes 100. */
  from: number;
  to: number;
  count: number;
}

export interface SetStats {
  attempts: number;
  /** Points of the scored items (unscored items such as self-ratings are left out). */
  max: number;
  /** Of the total score, in percent of max. */
  mean: number | null;
  median: number | null;
  sd: number | null;
  histogram: HistogramBin[];
  alpha: number | null;
  thresholds: Thresholds;
  items: ItemStats[];
}

export function analyseItems(
  items: AnalysisItem[],
  attempts: AnalysisAttempt[],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): SetStats {
  const scored = items.map((item, index) => ({ item, index })).filter(({ item }) => item.max > 0);
  const n = attempts.length;
  const maxTotal = scored.reduce((a, { item }) => a + item.max, 0);
  const totals = attempts.map((a) =>
    scored.reduce((sum, { index }) => sum + (a.scores[index] ?? 0), 0),
  );
  const itemStats = scored.map(({ item, index }) => {
    const x = attempts.map((a) => a.scores[index] ?? 0);
    const answers = attempts.map((a) => a.answers[index] ?? null);
    return itemStatsOf(item, x, totals, answers, thresholds);
  });
  const pct = totals.map((t) => (maxTotal > 0 ? (t / maxTotal) * 100 : 0));
  const varT = variance(totals);
  const sumVar = scored.reduce<number | null>((acc, { index }) => {
    const v = variance(attempts.map((a) => a.scores[index] ?? 0));
    return acc === null || v === null ? null : acc + v;
  }, 0);
  const k = scored.length;
  const alpha =
    k >= 2 && varT !== null && varT > 0 && sumVar !== null
      ? (k / (k - 1)) * (1 - sumVar / varT)
      : null;
  const sdT = varT === null ? null : Math.sqrt(varT);
  return {
    attempts: n,
    max: maxTotal,
    mean: n > 0 ? mean(pct) : null,
    median: median(pct),
    sd: sdT === null || maxTotal === 0 ? null : (sdT / maxTotal) * 100,
    histogram: histogram(pct),
    alpha,
    thresholds,
    items: itemStats,
  };
}

function itemStatsOf(
  item: AnalysisItem,
  x: number[],
  totals: number[],
  answers: unknown[],
  th: Thresholds,
): ItemStats {
  const n = x.length;
  const rest = x.map((xi, p) => totals[p]! - xi);
  const vx = variance(x);
  const vr = variance(rest);
  const c = covariance(x, rest);
  const cmax = covariance([...x].sort(byNumber), [...rest].sort(byNumber));
  const facility = n > 0 ? (mean(x) / item.max) * 100 : null;
  const discrimination = c !== null && vx && vr ? c / Math.sqrt(vx * vr) : null;
  const efficiency = c !== null && cmax ? c / cmax : null;
  const flags: ItemFlag[] = [];
  if (facility !== null && facility > th.tooEasy) flags.push('too-easy');
  if (facility !== null && facility < th.tooHard) flags.push('too-hard');
  if (discrimination !== null && discrimination < th.minDiscrimination)
    flags.push('not-discriminating');
  return {
    id: item.id,
    kind: item.kind,
    max: item.max,
    attempts: n,
    answered: answers.filter((a) => a !== null).length,
    facility,
    sd: vx === null ? null : (Math.sqrt(vx) / item.max) * 100,
    discrimination,
    efficiency,
    ...(item.kind === 'choice' || item.kind === 'multi'
      ? { options: optionCounts(item, answers) }
      : {}),
    flags,
  };
}

function optionCounts(item: AnalysisItem, answers: unknown[]): OptionCount[] {
  const counts = new Map<string, number>((item.options ?? []).map((k) => [k, 0]));
  for (const a of answers) {
    const picked = Array.isArray(a) ? a : a === null ? [] : [a];
    for (const key of new Set(picked.map(String))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const n = answers.length;
  return [...counts].map(([key, count]) => ({ key, count, share: n > 0 ? (count / n) * 100 : 0 }));
}

function mean(v: number[]): number {
  return v.reduce((a, b) => a + b, 0) / v.length;
}

function variance(v: number[]): number | null {
  return covariance(v, v);
}

function covariance(a: number[], b: number[]): number | null {
  const n = a.length;
  if (n < 2) return null;
  const ma = mean(a);
  const mb = mean(b);
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i]! - ma) * (b[i]! - mb);
  return s / (n - 1);
}

function median(v: number[]): number | null {
  if (v.length === 0) return null;
  const s = [...v].sort(byNumber);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function histogram(pct: number[]): HistogramBin[] {
  const bins: HistogramBin[] = Array.from({ length: 10 }, (_, i) => ({
    from: i * 10,
    to: i * 10 + 10,
    count: 0,
  }));
  for (const p of pct) bins[Math.min(9, Math.max(0, Math.floor(p / 10)))]!.count++;
  return bins;
}

function byNumber(a: number, b: number): number {
  return a - b;
}
