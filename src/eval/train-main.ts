import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PhraseList } from '../judge/phrases/index.js';
import type { ReplyModel } from '../judge/phrases/reply-model.js';
import { loadJudgeResources } from '../shell/phrase-list-files.js';
import { evalCorpus, renderCorpus } from './corpus.js';
import { parseCorpusSample } from './corpus-sample.js';
import { parseReplyRow, type ReplyRow } from './phrases.js';
import { CORPORA, corporaDir, corpusJudgements, readIfThere, readJsonl } from './sources.js';
import {
  corpusProblems,
  figure,
  guardFigures,
  judgeRows,
  modelAlone,
  type RowVerdict,
  tally,
} from './train-guards.js';
import { leaveRoundsOut } from './train-loro.js';
import {
  actOfCategory,
  type TrainingRow,
  type TrainOptions,
  trainReplyModel,
} from './train-reply-model.js';
import { chooseThresholds, crossValidate } from './train-threshold.js';

/**
 * The blind rounds from 12g on the model learns from: every other round (the team's fold A). The
 * others (fold B, 12f, 12h, … 12bm) stay out, so they measure the model on rounds it never saw.
 */
const FOLD_A_ROUNDS = [
  ...'gikmoqsuwy',
  'aa',
  'ac',
  'ae',
  'ag',
  'ai',
  'ak',
  'am',
  'ao',
  'aq',
  'at',
  'av',
  'ax',
  'az',
  'bb',
  'bd',
  'bf',
  'bh',
  'bj',
  'bl',
];

/**
 * The labelled reply sets the model learns from. Blind rounds join only after their one honest
 * run (round 2026-12e and later are measured first, then added here).
 */
export const SETS = [
  'replies.jsonl',
  'replies-blind.jsonl',
  'replies-blind2.jsonl',
  'replies-blind3.jsonl',
  'replies-blind4.jsonl',
  'replies-blind5.jsonl',
  'replies-blind6.jsonl',
  'replies-blind7.jsonl',
  'replies-blind8.jsonl',
  'blind-2026-12/replies.jsonl',
  'blind-2026-12b/replies.jsonl',
  'blind-2026-12c/replies.jsonl',
  'blind-2026-12d/replies.jsonl',
  'blind-2026-12d/replies-ja.jsonl',
  'blind-2026-12e/replies.jsonl',
  'blind-2026-12e/replies-ja.jsonl',
  // Training data written for the model by two writers who never saw the code (its README).
  'train-2026-12f/replies-en.jsonl',
  'train-2026-12f/replies-ja.jsonl',
  'train-2026-12f/replies-zh.jsonl',
  // Training data by a third writer (eval/train-2026-12g/README.md).
  'train-2026-12g/replies.jsonl',
  'train-2026-12g/replies-ja.jsonl',
  // Blind rounds of fold A from 2026-12g on, each after its first run (their FIRST-RUN.md).
  ...[...FOLD_A_ROUNDS].flatMap((r) => [
    `blind-2026-12${r}/replies.jsonl`,
    `blind-2026-12${r}/replies-ja.jsonl`,
  ]),
  // Training data by a fourth writer (eval/train-2026-12h/README.md).
  'train-2026-12h/replies.jsonl',
  // The sessions' probes of new wordings, each after its first run (src/eval/main.ts).
  'probe-phren-1.jsonl',
  'probe-phren-2.jsonl',
  'probe-phren-3.jsonl',
  'probe-phen-s7.jsonl',
  'probe-phen-s7b.jsonl',
  'probe-phen-s8.jsonl',
  'probe-phen-s8b.jsonl',
  'probe-phen-s8c.jsonl',
  'probe-phen-s8d.jsonl',
  'probe-phen-s8e.jsonl',
  'probe-phen-s9.jsonl',
  'probe-phen-s9b.jsonl',
  'probe-phen-s9c.jsonl',
  'probe-phen-s9d.jsonl',
  'probe-phen-s10.jsonl',
  'probe-phen-s10b.jsonl',
  'probe-phen-s10c.jsonl',
  'probe-gate-s11.jsonl',
  'probe-phen-s12.jsonl',
  'probe-phen-s13.jsonl',
  'probe-phen-s13b.jsonl',
  'probe-phen-s13c.jsonl',
  'probe-phen-s14.jsonl',
  'probe-phen-s14b.jsonl',
  'probe-enchk-s15.jsonl',
  'probe-enchk-s15b.jsonl',
  'probe-enchk-s16.jsonl',
  'probe-enchk-s16b.jsonl',
  'probe-enchk-s17.jsonl',
  'probe-enchk-s17b.jsonl',
  'probe-enchk-s17r2.jsonl',
  'probe-phren18-s18/replies.jsonl',
  'probe-r2phren18-s18r2/replies.jsonl',
  'probe-phren19-s19/replies.jsonl',
  'probe-prec19-s19r2/replies.jsonl',
  'probe-phrzh-1.jsonl',
  'probe-phrzh-2.jsonl',
  'probe-phrzh-3.jsonl',
  'probe-phzh-s7.jsonl',
  'probe-phzh-s7b.jsonl',
  'probe-phzh-s7c.jsonl',
  'probe-phzh-s7d.jsonl',
  'probe-phzh-s7e.jsonl',
  'probe-phzh-s7f.jsonl',
  'probe-phzh-s8.jsonl',
  'probe-phzh-s8b.jsonl',
  'probe-phzh-s8c.jsonl',
  'probe-phzh-s8d.jsonl',
  'probe-phzh-s8e.jsonl',
  'probe-phzh-s8f.jsonl',
  'probe-phzh-s8g.jsonl',
  'probe-phzh-s9.jsonl',
  'probe-phzh-s9b.jsonl',
  'probe-phzh-s9c.jsonl',
  'probe-phzh-s9d.jsonl',
  'probe-phzh-s9e.jsonl',
  'probe-phzh-s9f.jsonl',
  'probe-phzh-s9g.jsonl',
  'probe-phrzh-s11.jsonl',
  'probe-phrzh-s11b.jsonl',
  'probe-phrzh-s12.jsonl',
  'probe-phrzh-s12b.jsonl',
  'probe-phrzh-s12c.jsonl',
  'probe-phrzh-s13.jsonl',
  'probe-phrzh-s13b.jsonl',
  'probe-phrzh-s13c.jsonl',
  'probe-phrzh-s14.jsonl',
  'probe-phrzh-s14b.jsonl',
  'probe-zhchk-s15.jsonl',
  'probe-zhchk-s15b.jsonl',
  'probe-zhchk-s16.jsonl',
  'probe-zhchk-s16b.jsonl',
  'probe-zhchk-s17.jsonl',
  'probe-zhchk-s17b.jsonl',
  'probe-zhchk-s17r2.jsonl',
  'probe-phrzh-s18/replies.jsonl',
  'probe-phrzh-s18b/replies.jsonl',
  'probe-r2phrzh18-s18r2/replies.jsonl',
  'probe-phrzh19-s19/replies.jsonl',
  'probe-phrzh19-s19b/replies.jsonl',
  'probe-deadend22-s22/replies.jsonl',
  'probe-excuse22-s22/replies.jsonl',
  'probe-ja23-s23/replies.jsonl',
  'probe-order22-s22/replies.jsonl',
  'probe-phragain-s30/replies.jsonl',
  'probe-phrassure-s27/replies.jsonl',
  'probe-phrbuck-s30/replies.jsonl',
  'probe-phrcjk-s32/replies.jsonl',
  'probe-phrcjk-s33/replies.jsonl',
  'probe-cjk-s34/replies.jsonl',
  'probe-phrdead-s27/replies.jsonl',
  'probe-phrecho-s30/replies.jsonl',
  'probe-phren-s25/replies.jsonl',
  'probe-phren-s26/replies.jsonl',
  'probe-phren-s28/replies.jsonl',
  'probe-phren-s29/replies.jsonl',
  'probe-phren-s30/replies.jsonl',
  'probe-phren-s31/replies.jsonl',
  'probe-phren-s32/replies.jsonl',
  'probe-phren-s33/replies.jsonl',
  'probe-phren-s33b/replies.jsonl',
  'probe-en-s34/replies.jsonl',
  'probe-en-s34b/replies.jsonl',
  'probe-phren20-s20/replies.jsonl',
  'probe-phren21-s21/replies.jsonl',
  'probe-phren23-s23/replies.jsonl',
  'probe-phren24-s24/replies.jsonl',
  'probe-phrja-s29/replies.jsonl',
  'probe-phrprec-s27/replies.jsonl',
  'probe-phrq-s30/replies.jsonl',
  'probe-phrsteer-s27/replies.jsonl',
  'probe-phrup-s30/replies.jsonl',
  'probe-phrzh-s26/replies.jsonl',
  'probe-phrzh-s28/replies.jsonl',
  'probe-phrzh-s29/replies.jsonl',
  'probe-phrzh-s29b/replies.jsonl',
  'probe-phrzh-s31/replies.jsonl',
  'probe-phrzh20-s20/replies.jsonl',
  'probe-phrzh23-s23/replies.jsonl',
  'probe-phrzh24-s24/replies.jsonl',
  'probe-phrzh25-s25/replies.jsonl',
  'probe-policy-s32/replies.jsonl',
  'probe-protect-s28/replies.jsonl',
  'probe-zhq21-s21/replies.jsonl',
  'probe-zhst21-s21/replies.jsonl',
  'probe-zhstruct20-s20b/replies.jsonl',
  'probe-zht21b-s21/replies.jsonl',
];

export const MODEL_FILE = 'drills/phrase-lists/reply-model.json';

/**
 * Measured with the model never trained on them, per language: a blind round after its first
 * run, before it joins SETS (`--hold-out=<set>` moves a set of SETS here for a measurement).
 */
export const HELD_OUT: string[] = [];

function trainingRows(rows: readonly ReplyRow[]): TrainingRow[] {
  return rows.map((r) => {
    const act = r.flag ? actOfCategory(r.category) : undefined;
    return { text: r.text, flag: r.flag, ...(act ? { act } : {}) };
  });
}

/**
 * Real replies of the shared corpora, odd lines only (even lines stay held out for `npm run
 * eval`), minus the hand-judged random sample: judged real → flagged, judged borderline →
 * left out, everything else clean (about 1 in 60 real replies is a real use; the noise is
 * accepted).
 */
function corpusRows(root: string, dir: string): TrainingRow[] {
  const sampled = new Set(
    ['multiwoz.en.tsv', 'crosswoz.zh-Hans.tsv'].flatMap((f) => {
      const p = join(root, 'eval/corpus-sample', f);
      return parseCorpusSample(readIfThere(p), p).map((r) => r.text);
    }),
  );
  return CORPORA.flatMap((c) => {
    const judged = corpusJudgements(root, dir, c);
    return readIfThere(join(dir, c.file))
      .split('\n')
      .flatMap((text, i): TrainingRow[] => {
        if (i % 2 === 1 || text.trim() === '' || sampled.has(text)) return [];
        const label = judged.get(text);
        if (label === 'borderline') return [];
        return [{ text, flag: label === 'real' }];
      });
  });
}

/**
 * `--l2=…`, `--epochs=…`, `--keep=…`, `--norm-step=<k>`, `--no-clause`, `--threshold=…` (one
 * for all languages), `--thresholds=en=0.97,zh-Hans=0.98,ja=0.7` (per language, instead of
 * cross-validation).
 */
function trainOptions(args: readonly string[]): Partial<TrainOptions> {
  const out: Partial<TrainOptions> = {};
  for (const a of args) {
    const m = /^--(l2|epochs|threshold|keep)=([0-9.e-]+)$/.exec(a);
    if (m) out[m[1] as 'l2' | 'epochs' | 'threshold' | 'keep'] = Number(m[2]);
    if (a.startsWith('--norm-step=')) out.normStep = Number(a.slice(12));
  }
  if (args.includes('--no-clause')) out.clause = false;
  const per = args.find((a) => a.startsWith('--thresholds='));
  if (per) {
    const pairs = per
      .slice(13)
      .split(',')
      .map((p) => p.split('='));
    const thresholds = Object.fromEntries(pairs.map(([lang, t]) => [lang as string, Number(t)]));
    out.thresholds = thresholds;
    out.threshold = Math.min(...Object.values(thresholds));
  }
  return out;
}

/** `--corpus-weight=<n>`: each real corpus reply trained on n times. */
function corpusWeightArg(args: readonly string[]): Pick<TrainRun, 'corpusWeight'> {
  const a = args.find((x) => x.startsWith('--corpus-weight='));
  return a ? { corpusWeight: Number(a.slice(16)) } : {};
}

/** `--model-out=<file>`: where to write the model just trained, guards or not. */
function modelOutArg(args: readonly string[]): Pick<TrainRun, 'modelOut'> {
  const a = args.find((x) => x.startsWith('--model-out='));
  return a ? { modelOut: a.slice(12) } : {};
}

/** `--rounds=12s,12t,…`: the blind rounds to hold out in turn. */
function roundsArg(args: readonly string[]): Pick<TrainRun, 'rounds'> {
  const a = args.find((x) => x.startsWith('--rounds='));
  return a ? { rounds: a.slice(9).split(',') } : {};
}

const THRESHOLDS = [0.8, 0.9, 0.95, 0.99];

/** One training run: where the data is, which sets train and which are only measured. */
export interface TrainRun {
  root: string;
  corpora: string;
  sets: readonly string[];
  heldOut: readonly string[];
  options: Partial<TrainOptions>;
  /** Print each set's figure with that set left out of training (slow: one model per set). */
  leaveOneOut: boolean;
  /** List the held-out sets' misses and false flags, with the model's score. */
  show: boolean;
  /** Measure only: never write the model file, even when the guards hold (`--no-write`). */
  dryRun?: boolean;
  /**
   * Also write the model just trained here, whatever the guards say (`--model-out=<file>`), to
   * measure it with `check` or `npm run eval` in a copy; the shipped file is written only as above.
   */
  modelOut?: string;
  /** How many times each real corpus reply is trained on (`--corpus-weight=3`; default 1). */
  corpusWeight?: number;
  /** Rounds to hold out in turn (`--rounds=12s,12t`): measure them, train nothing to keep. */
  rounds?: readonly string[];
}

const read = (root: string, file: string) => readJsonl(join(root, 'eval', file), parseReplyRow);

function showWrong(verdicts: readonly RowVerdict[], write: (s: string) => void) {
  for (const v of verdicts) {
    if (v.flagged === v.row.flag) continue;
    const why = v.flagged ? 'false ' : v.over ? 'gated ' : 'missed';
    write(`    ${why} p=${v.p.toFixed(3)}  ${v.row.category ?? ''}  ${v.row.text}\n`);
  }
}

function leaveOneOut(
  run: TrainRun,
  sets: ReadonlyMap<string, readonly ReplyRow[]>,
  corpus: readonly TrainingRow[],
  lists: readonly PhraseList[],
  write: (s: string) => void,
): void {
  write(
    `set left out                   rows   lists P / R      lists+model P / R at ${THRESHOLDS.join(', ')}\n`,
  );
  for (const [file, held] of sets) {
    const others = [...sets].filter(([f]) => f !== file).flatMap(([, r]) => trainingRows(r));
    const model = trainReplyModel([...others, ...corpus], lists, run.options);
    const at = (threshold: number) =>
      figure(tally(judgeRows(held, lists, { ...model, threshold, thresholds: {} })));
    write(
      `${file.padEnd(30)} ${String(held.length).padStart(4)}   ${figure(tally(judgeRows(held, lists, undefined)))}      ${THRESHOLDS.map(at).join('   ')}\n`,
    );
  }
}

/** The thresholds per language by 5-fold cross-validation over the training rows, with the table. */
function cvThresholds(
  rows: readonly TrainingRow[],
  lists: readonly PhraseList[],
  run: TrainRun,
  write: (s: string) => void,
): Pick<TrainOptions, 'threshold' | 'thresholds'> {
  const figures = crossValidate(rows, lists, run.options);
  const chosen = chooseThresholds(figures);
  write(
    `5-fold cross-validation (model and gate alone, ${rows.length} rows): lang  threshold  P / R  false flags\n`,
  );
  for (const f of figures)
    write(
      `  ${f.lang.padEnd(8)} ${String(f.threshold).padEnd(6)} ${figure({ n: 0, gated: 0, ...f })}  ${f.fp}${f.threshold === chosen[f.lang] ? '   chosen' : ''}\n`,
    );
  return { threshold: Math.min(...Object.values(chosen)), thresholds: chosen };
}

/** The held-out sets per language: lists alone, the shipped model, the model just trained. */
function measureHeldOut(
  run: TrainRun,
  lists: readonly PhraseList[],
  shipped: ReplyModel | undefined,
  trained: ReplyModel,
  write: (s: string) => void,
): void {
  if (run.heldOut.length === 0) return;
  write(
    '\nheld out (never trained on)         rows   lists P / R      shipped P / R    trained P / R   misses: gated / below   model alone: shipped / trained\n',
  );
  for (const file of run.heldOut) {
    const rows = read(run.root, file);
    for (const lang of [...new Set(rows.map((r) => r.lang))]) {
      const mine = rows.filter((r) => r.lang === lang);
      const verdicts = judgeRows(mine, lists, trained);
      const t = tally(verdicts);
      const alone = (m: ReplyModel | undefined) =>
        m ? figure(tally(modelAlone(mine, lists, m))) : '-';
      write(
        `${`${file} ${lang}`.padEnd(36)} ${String(mine.length).padStart(4)}   ${figure(tally(judgeRows(mine, lists, undefined)))}    ${figure(tally(judgeRows(mine, lists, shipped)))}    ${figure(t)}   ${t.gated} / ${t.fn - t.gated}   ${alone(shipped)}  ${alone(trained)}\n`,
      );
      if (run.show) showWrong(verdicts, write);
    }
  }
}

/**
 * Trains on `run.sets` and the corpora, measures the held-out sets, and writes the model only
 * when no guard drops: every training set judged at least as well as with the shipped model, and
 * the corpora within the real-text bar. Returns whether the guards hold (the model was written,
 * unless `dryRun`).
 */
export function trainAndGuard(run: TrainRun, write: (s: string) => void): boolean {
  const resources = loadJudgeResources(join(run.root, 'drills'));
  const lists = resources.phraseLists;
  // Each real reply seen `corpusWeight` times an epoch: the labelled sets are about half taboo,
  // real text about 1 in 60, and the model's prior follows the rows it sees.
  const corpus = corpusRows(run.root, run.corpora).flatMap((r) =>
    Array.from({ length: run.corpusWeight ?? 1 }, () => r),
  );
  const sets = new Map(run.sets.map((f) => [f, read(run.root, f)]));
  if (run.rounds) {
    const { replyModel } = resources;
    const { options, show } = run;
    leaveRoundsOut(run.rounds, sets, trainingRows, corpus, lists, replyModel, options, write, show);
    return true;
  }
  const rows = [...[...sets.values()].flatMap(trainingRows), ...corpus];
  const options = {
    ...run.options,
    ...(run.options.threshold === undefined ? cvThresholds(rows, lists, run, write) : {}),
  };
  if (run.leaveOneOut) leaveOneOut({ ...run, options }, sets, corpus, lists, write);
  const model = trainReplyModel(rows, lists, options);
  measureHeldOut(run, lists, resources.replyModel, model, write);
  const guards = guardFigures(sets, lists, resources.replyModel, model);
  write('\nguard set                      rows   shipped P / R    trained P / R\n');
  for (const g of [...guards.sets, ...guards.langs]) {
    const name = guards.langs.includes(g) ? `${g.set} (every set)` : g.set;
    write(
      `${name.padEnd(30)} ${String(g.after.n).padStart(4)}   ${figure(g.before)}    ${figure(g.after)}${g.dropped ? '   DROPPED' : ''}\n`,
    );
    // The rows a dropped set now gets wrong, to see what the new model reads differently.
    const rows = sets.get(g.set);
    if (g.dropped && rows) showWrong(judgeRows(rows, lists, model), write);
  }
  const corpusReports = (m: ReplyModel | undefined) =>
    CORPORA.filter((c) => existsSync(join(run.corpora, c.file))).map((c) =>
      evalCorpus(
        c.file,
        readIfThere(join(run.corpora, c.file)),
        corpusJudgements(run.root, run.corpora, c),
        lists,
        m,
      ),
    );
  const reports = corpusReports(model);
  const before = corpusReports(resources.replyModel);
  write(renderCorpus(reports));
  const problems = [
    ...guards.langs
      .filter((d) => d.dropped)
      .map(
        (d) =>
          `${d.set}, every set summed: ${figure(d.before)} with the shipped model, ${figure(d.after)} trained now`,
      ),
    ...reports.flatMap((r, i) => corpusProblems(r, before[i])),
  ];
  const weights = `${model.flag.index.length} weights, acts ${Object.keys(model.acts).join(', ')}`;
  if (run.modelOut) {
    writeFileSync(run.modelOut, `${JSON.stringify(model)}\n`);
    write(`\nwrote ${run.modelOut} (not the shipped file): ${weights}\n`);
  }
  if (problems.length > 0) {
    write(
      `\nnot written (${weights}): the guards drop\n${problems.map((p) => `  ${p}\n`).join('')}`,
    );
    return false;
  }
  write(`\nguards hold: ${sets.size} training sets at least as before, corpora within the bar\n`);
  if (run.dryRun) {
    write(`not written (--no-write): ${weights}\n`);
    return true;
  }
  const file = join(run.root, MODEL_FILE);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(model)}\n`);
  renameSync(`${file}.tmp`, file);
  write(`wrote ${MODEL_FILE}: ${weights}\n`);
  return true;
}

/**
 * `npm run train-model`: trains on every set and the corpora and writes the model unless a
 * guard drops (exit 1, naming the set), after each set's figure with that set left out of
 * training (`--no-check` skips those); `--show` lists the held-out sets' errors;
 * `--hold-out=<set>` measures a set of SETS instead of training on it; `--no-write` measures
 * and checks the guards without writing the model; `--rounds=12s,12t,…` only measures each
 * round held out in turn (docs/reply-model.md, Retraining).
 */
export function main(write: (s: string) => void = (s) => process.stdout.write(s)): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const corpora = corporaDir(root);
  if (!corpora) {
    process.stderr.write('the shared corpora are needed to train (set CS_DRILL_CORPORA)\n');
    process.exitCode = 2;
    return;
  }
  const args = process.argv.slice(2);
  const moved = args.flatMap((a) => (a.startsWith('--hold-out=') ? [a.slice(11)] : []));
  const held = trainAndGuard(
    {
      root,
      corpora,
      sets: SETS.filter((s) => !moved.includes(s)),
      heldOut: [...HELD_OUT, ...moved],
      options: trainOptions(args),
      leaveOneOut: !args.includes('--no-check'),
      show: args.includes('--show'),
      dryRun: args.includes('--no-write'),
      ...modelOutArg(args),
      ...roundsArg(args),
      ...corpusWeightArg(args),
    },
    write,
  );
  if (!held) process.exitCode = 1;
}
