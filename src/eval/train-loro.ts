import { modelOnlyHit } from '../judge/phrases/detect.js';
import { detectPhrases, type PhraseList } from '../judge/phrases/index.js';
import type { ReplyModel } from '../judge/phrases/reply-model.js';
import type { ReplyRow } from './phrases.js';
import { countRow, emptyTally, figure, type Tally } from './train-guards.js';
import { type TrainingRow, type TrainOptions, trainReplyModel } from './train-reply-model.js';
import { CANDIDATES } from './train-threshold.js';

/** The reply sets of one blind round (its en/zh file and its Japanese file). */
export const roundSets = (round: string): string[] => [
  `blind-2026-${round}/replies.jsonl`,
  `blind-2026-${round}/replies-ja.jsonl`,
];

/** Lists alone, the shipped model, and a model at each candidate threshold (whole judge and model alone). */
interface LangFigures {
  lists: Tally;
  shipped: Tally;
  shippedAlone: Tally;
  at: Tally[];
  alone: Tally[];
}

const langFigures = (): LangFigures => ({
  lists: emptyTally(),
  shipped: emptyTally(),
  shippedAlone: emptyTally(),
  at: CANDIDATES.map(emptyTally),
  alone: CANDIDATES.map(emptyTally),
});

function judgeHeldOut(
  rows: readonly ReplyRow[],
  lists: readonly PhraseList[],
  shipped: ReplyModel | undefined,
  model: ReplyModel,
  into: Map<string, LangFigures>,
  show: ((s: string) => void) | undefined,
): void {
  for (const row of rows) {
    const f = into.get(row.lang) ?? langFigures();
    into.set(row.lang, f);
    const byLists = detectPhrases(row.text, lists, undefined).length > 0;
    const byShipped = detectPhrases(row.text, lists, shipped).length > 0;
    const shippedAlone =
      shipped !== undefined && modelOnlyHit(row.text, lists, shipped) !== undefined;
    countRow(f.lists, byLists, row.flag);
    countRow(f.shipped, byShipped, row.flag);
    if (shipped) countRow(f.shippedAlone, shippedAlone, row.flag);
    const alone = CANDIDATES.map((threshold, i) => {
      const m = { ...model, threshold, thresholds: {} };
      countRow(f.at[i] as Tally, detectPhrases(row.text, lists, m).length > 0, row.flag);
      const hit = modelOnlyHit(row.text, lists, m) !== undefined;
      countRow(f.alone[i] as Tally, hit, row.flag);
      return hit ? 1 : 0;
    });
    // One line a row: label, lists, shipped (whole / alone), trained alone at each candidate.
    const bit = (b: boolean) => (b ? 1 : 0);
    show?.(
      `ROW\t${row.lang}\t${bit(row.flag)}\t${bit(byLists)}\t${bit(byShipped)}${bit(shippedAlone)}\t${alone.join('')}\t${row.text}\n`,
    );
  }
}

function add(a: Tally, b: Tally): void {
  a.n += b.n;
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

/** P / R with the false flags and misses counted. */
const counted = (t: Tally) => `${figure(t)} ${String(t.fp).padStart(2)}/${String(t.fn).padEnd(3)}`;

function writeTable(title: string, figures: Map<string, LangFigures>, write: (s: string) => void) {
  const head = ['lists', 'shipped', ...CANDIDATES.map((t) => `at ${t}`)];
  write(`${title} (P / R fp/fn)\n  lang      rows  ${head.map((h) => h.padEnd(21)).join(' ')}\n`);
  for (const [lang, f] of [...figures].sort(([a], [b]) => a.localeCompare(b))) {
    const all = [f.lists, f.shipped, ...f.at].map(counted).join(' ');
    write(`  ${lang.padEnd(8)} ${String(f.lists.n).padStart(5)}  ${all}\n`);
    const alone = [f.shippedAlone, ...f.alone].map(counted).join(' ');
    write(`  model alone     ${''.padEnd(21)} ${alone}\n`);
  }
}

/**
 * Leave one round out: for each round, a model trained on every other set (and the corpora),
 * judged on that round per language at every candidate threshold — what the next unseen round
 * will look like. Then the sums over the rounds, by which the options and thresholds are chosen.
 */
export function leaveRoundsOut(
  rounds: readonly string[],
  sets: ReadonlyMap<string, readonly ReplyRow[]>,
  toTraining: (rows: readonly ReplyRow[]) => TrainingRow[],
  corpus: readonly TrainingRow[],
  lists: readonly PhraseList[],
  shipped: ReplyModel | undefined,
  options: Partial<TrainOptions>,
  write: (s: string) => void,
  show = false,
): void {
  const total = new Map<string, LangFigures>();
  for (const round of rounds) {
    const held = roundSets(round);
    const others = [...sets].filter(([f]) => !held.includes(f)).flatMap(([, r]) => toTraining(r));
    const model = trainReplyModel([...others, ...corpus], lists, options);
    const mine = new Map<string, LangFigures>();
    judgeHeldOut(
      held.flatMap((f) => sets.get(f) ?? []),
      lists,
      shipped,
      model,
      mine,
      show ? write : undefined,
    );
    writeTable(`round ${round} held out`, mine, write);
    for (const [lang, f] of mine) {
      const t = total.get(lang) ?? langFigures();
      total.set(lang, t);
      add(t.lists, f.lists);
      add(t.shipped, f.shipped);
      add(t.shippedAlone, f.shippedAlone);
      f.at.forEach((a, i) => {
        add(t.at[i] as Tally, a);
      });
      f.alone.forEach((a, i) => {
        add(t.alone[i] as Tally, a);
      });
    }
  }
  writeTable(`rounds ${rounds.join(', ')} held out in turn, summed`, total, write);
}
