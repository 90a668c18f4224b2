import { edgesOf, runOnStarts } from '../judge/phrases/clause.js';
import type { PhraseList } from '../judge/phrases/compile.js';
import { foldForPhrases } from '../judge/phrases/phrase-patterns.js';
import {
  blankQuotes,
  hashString,
  type LinearModel,
  type ReplyModel,
  sigmoid,
  spanBuckets,
} from '../judge/phrases/reply-model.js';
import type { SpeechAct } from '../judge/phrases/schema.js';

/** One labelled reply for training: flagged or clean, and the act when known. */
export interface TrainingRow {
  text: string;
  flag: boolean;
  act?: SpeechAct;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  /** L2 penalty per step. */
  l2: number;
  threshold: number;
  /** Per language (en, zh-Hans, ja), each at least `threshold`; none: `threshold` for all. */
  thresholds?: Partial<Record<string, number>>;
  /** Buckets kept per model, by |weight|; the rest weigh 0. */
  keep: number;
  seed: number;
  /** Clause features beside the n-grams (`--no-clause`: n-grams alone, for comparison). */
  clause: boolean;
  /**
   * When set, each row's step is divided by its number of features and multiplied by this
   * (`--norm-step=<k>`), so one update moves the row's log-odds by at most k times the rate instead
   * of the rate times its few hundred features: the plain step overshoots on every row it gets
   * wrong, and the weights saturate at p = 0 / 1.
   */
  normStep?: number;
}

export const TRAIN_DEFAULTS: TrainOptions = {
  bits: 18,
  epochs: 12,
  l2: 1e-4,
  threshold: 0.99,
  keep: 12_000,
  seed: 20261202,
  clause: true,
};

/** The categories of the labelled sets, named by the acts of the phrase lists. */
const ACT_OF_CATEGORY: Record<string, SpeechAct> = {
  refusal: 'refusal',
  'refusal-no-alternative': 'refusal',
  'dead-end': 'refusal',
  no: 'refusal',
  'not-knowing': 'refusal',
  command: 'order',
  order: 'order',
  blame: 'blame',
  doubting: 'doubt',
  'doubting-customer': 'doubt',
  dismissal: 'dismissal',
  'calm-down': 'dismissal',
  'brush-off': 'dismissal',
  'your-business': 'dismissal',
  'your-call': 'dismissal',
  'false-reassurance': 'dismissal',
  condescension: 'dismissal',
  sarcasm: 'dismissal',
  'false-reaction': 'false-reaction',
  'false reaction': 'false-reaction',
  'joining-complaint': 'false-reaction',
  confrontation: 'confrontation',
  'hostile-question': 'confrontation',
  'passing-the-buck': 'passing-the-buck',
  'passing-buck': 'passing-the-buck',
  'not-my-job': 'passing-the-buck',
  manager: 'send-to-manager',
  'send-to-manager': 'send-to-manager',
  policy: 'policy-shield',
  'policy-shield': 'policy-shield',
  precedent: 'policy-shield',
  impatience: 'impatience',
  busy: 'impatience',
  unprofessional: 'unprofessional',
  'nine-forbidden': 'unprofessional',
  taboo: 'unprofessional',
};

export function actOfCategory(category: string | undefined): SpeechAct | undefined {
  return category === undefined ? undefined : ACT_OF_CATEGORY[category];
}

/**
 * The order of one epoch: rows sorted by a hash of (seed, epoch, text, label). Two rows keep the
 * same relative order whatever else the data holds and whatever order the files list them in,
 * so adding a set does not reshuffle the rest, and the same rows always give the same weights.
 */
function epochOrder(keys: readonly string[], seed: number, epoch: number): number[] {
  const h = keys.map((k) => hashString(seed + epoch, k));
  const byText = (i: number, j: number) => {
    const [a, b] = [keys[i] as string, keys[j] as string];
    return a < b ? -1 : a > b ? 1 : 0;
  };
  return keys.map((_, i) => i).sort((i, j) => (h[i] as number) - (h[j] as number) || byText(i, j));
}

/** Logistic regression by SGD over sparse 0/1 features; then the `keep` largest weights. */
function fitLogistic(
  xs: readonly Uint32Array[],
  ys: readonly number[],
  keys: readonly string[],
  o: TrainOptions,
): LinearModel {
  const w = new Float64Array(2 ** o.bits);
  let b = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const order = epochOrder(keys, o.seed, epoch);
    const rate = 0.5 / (1 + epoch / 4);
    for (const i of order) {
      const x = xs[i] as Uint32Array;
      let z = b;
      for (const k of x) z += w[k] as number;
      const g = sigmoid(z) - (ys[i] as number);
      const step = o.normStep ? Math.min(rate, (rate * o.normStep) / x.length) : rate;
      for (const k of x) w[k] = (w[k] as number) * (1 - rate * o.l2) - step * g;
      b -= rate * g;
    }
  }
  const used = [...new Set(xs.flatMap((x) => [...x]))].sort((p, q) => p - q);
  const kept = used
    .map((k) => [k, w[k] as number] as const)
    .filter(([, v]) => Math.abs(v) >= 1e-3)
    .sort((p, q) => Math.abs(q[1]) - Math.abs(p[1]))
    .slice(0, o.keep)
    .sort((p, q) => p[0] - q[0]);
  return { bias: round(b), index: kept.map(([k]) => k), weight: kept.map(([, v]) => round(v)) };
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * A reply's buckets as the detector reads it whole: folded, quotations blanked, clause edges
 * and run-on starts of the folded text. Kept per text (cross-validation featurises each row
 * six times).
 */
function replyBuckets(
  text: string,
  o: TrainOptions,
  lists: readonly PhraseList[],
  known: Map<string, Uint32Array>,
): Uint32Array {
  const seen = known.get(text);
  if (seen) return seen;
  const f = foldForPhrases(text);
  const runOn = runOnStarts(f);
  const own = blankQuotes(f.text);
  const stub = { bits: o.bits, clause: o.clause } as ReplyModel;
  const edges = edgesOf(f.text, runOn);
  const ctx = { lists, runOn, edges: () => edges };
  const out = Uint32Array.from(spanBuckets(stub, own, 0, own.length, ctx));
  known.set(text, out);
  return out;
}

const featureCache = new WeakMap<readonly PhraseList[], Map<string, Map<string, Uint32Array>>>();

function featurise(
  rows: readonly TrainingRow[],
  o: TrainOptions,
  lists: readonly PhraseList[],
): Uint32Array[] {
  const byOptions = featureCache.get(lists) ?? new Map<string, Map<string, Uint32Array>>();
  featureCache.set(lists, byOptions);
  const key = `${o.bits}/${o.clause}`;
  const known = byOptions.get(key) ?? new Map<string, Uint32Array>();
  byOptions.set(key, known);
  return rows.map((r) => replyBuckets(r.text, o, lists, known));
}

/** A reply model from labelled rows: a flag model over all rows, an act model per act. */
export function trainReplyModel(
  rows: readonly TrainingRow[],
  lists: readonly PhraseList[],
  options: Partial<TrainOptions> = {},
): ReplyModel {
  const o = { ...TRAIN_DEFAULTS, ...options };
  const xs = featurise(rows, o, lists);
  const keys = rows.map((r) => `${r.flag ? 1 : 0}${r.act ?? ''}\t${r.text}`);
  const flag = fitLogistic(
    xs,
    rows.map((r) => (r.flag ? 1 : 0)),
    keys,
    o,
  );
  const acts: Partial<Record<SpeechAct, LinearModel>> = {};
  const flagged = rows.flatMap((r, i) => (r.flag && r.act ? [i] : []));
  const named = [...new Set(flagged.map((i) => rows[i]?.act as SpeechAct))].sort();
  for (const act of named) {
    acts[act] = fitLogistic(
      flagged.map((i) => xs[i] as Uint32Array),
      flagged.map((i) => (rows[i]?.act === act ? 1 : 0)),
      flagged.map((i) => keys[i] as string),
      { ...o, keep: Math.ceil(o.keep / 10) },
    );
  }
  return {
    format: 1,
    bits: o.bits,
    threshold: o.threshold,
    ...(o.thresholds ? { thresholds: o.thresholds } : {}),
    flag,
    acts,
    ...(o.clause ? { clause: true } : {}),
  };
}
