import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectPhrases } from '../judge/phrases/index.js';
import type { ReplyModel } from '../judge/phrases/reply-model.js';
import { loadJudgeResources } from '../shell/phrase-list-files.js';
import { parseCorpusSample } from './corpus-sample.js';
import { parseReplyRow } from './phrases.js';
import { CORPORA, corporaDir, corpusJudgements, readIfThere, readJsonl } from './sources.js';
import {
  actOfCategory,
  type TrainingRow,
  type TrainOptions,
  trainReplyModel,
} from './train-reply-model.js';

/**
 * The labelled reply sets the model learns from. Blind rounds join only after their one honest
 * run (round 2026-12e and later are measured first, then added here).
 */
const SETS = [
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
];

export const MODEL_FILE = 'drills/phrase-lists/reply-model.json';

function setRows(root: string, file: string): TrainingRow[] {
  return readJsonl(join(root, 'eval', file), parseReplyRow).map((r) => {
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
function corpusRows(root: string): TrainingRow[] {
  const dir = corporaDir(root);
  if (!dir) throw new Error('the shared corpora are needed to train (set CS_DRILL_CORPORA)');
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

/** `--l2=…`, `--epochs=…`, `--threshold=…`: training options for experiments. */
function trainOptions(args: readonly string[]): Partial<TrainOptions> {
  const out: Partial<TrainOptions> = {};
  for (const a of args) {
    const m = /^--(l2|epochs|threshold|keep)=([0-9.e-]+)$/.exec(a);
    if (m) out[m[1] as 'l2' | 'epochs' | 'threshold' | 'keep'] = Number(m[2]);
  }
  return out;
}

const THRESHOLDS = [0.8, 0.9, 0.95, 0.99];

const pct = (a: number, b: number) => (b === 0 ? '  -  ' : ((100 * a) / b).toFixed(1).padStart(5));

/**
 * `npm run train-model`: trains on every set and the corpora, writes the model, and prints each
 * set's figure with that set left out of training (the phrase lists and the model together).
 */
export function main(write: (s: string) => void = (s) => process.stdout.write(s)): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const lists = loadJudgeResources(join(root, 'drills')).phraseLists;
  const corpus = corpusRows(root);
  const sets = new Map(SETS.map((f) => [f, setRows(root, f)]));
  const noModel = process.argv.includes('--no-check');
  const options = trainOptions(process.argv.slice(2));
  const show = process.argv.includes('--show');
  if (!noModel) {
    write(
      `set left out                   rows   lists P / R      lists+model P / R at ${THRESHOLDS.join(', ')}\n`,
    );
    for (const [file, held] of sets) {
      const train = [...[...sets].filter(([f]) => f !== file).flatMap(([, r]) => r), ...corpus];
      const model = trainReplyModel(train, options);
      const score = (use?: ReplyModel) => {
        let tp = 0;
        let fp = 0;
        let fn = 0;
        for (const r of held) {
          const flagged = detectPhrases(r.text, lists, use).length > 0;
          if (flagged && r.flag) tp++;
          else if (flagged) fp++;
          else if (r.flag) fn++;
        }
        return `${pct(tp, tp + fp)} / ${pct(tp, tp + fn)}`;
      };
      const at = (threshold: number) => score({ ...model, threshold });
      if (show) {
        for (const r of held) {
          const hits = detectPhrases(r.text, lists, model);
          if (hits.length > 0 !== r.flag)
            write(
              `  ${r.flag ? 'missed' : 'false '} ${hits.map((h) => h.act).join(',')}  ${r.text}\n`,
            );
        }
      }
      write(
        `${file.padEnd(30)} ${String(held.length).padStart(4)}   ${score()}      ${THRESHOLDS.map(at).join('   ')}\n`,
      );
    }
  }
  const model = trainReplyModel([...[...sets.values()].flat(), ...corpus], options);
  writeFileSync(join(root, MODEL_FILE), `${JSON.stringify(model)}\n`);
  write(
    `wrote ${MODEL_FILE}: ${model.flag.index.length} weights, acts ${Object.keys(model.acts).join(', ')}\n`,
  );
}
