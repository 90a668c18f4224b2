import { classifyQuestion, type QuestionLang, type QuestionType } from '../judge/question/index.js';
import type { EvalMiss, EvalReport } from './report.js';

/** One labelled question of eval/questions.jsonl. */
export interface QuestionRow {
  text: string;
  lang: QuestionLang;
  label: QuestionType;
  note?: string;
}

const CLASSES: readonly QuestionType[] = ['open', 'closed'];

/** Parses eval/questions.jsonl (one JSON object per line; blank lines skipped). */
export function parseQuestionRows(jsonl: string): QuestionRow[] {
  const rows: QuestionRow[] = [];
  for (const [i, line] of jsonl.split('\n').entries()) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as Partial<QuestionRow>;
    if (typeof row.text !== 'string' || (row.label !== 'open' && row.label !== 'closed')) {
      throw new Error(`questions.jsonl line ${i + 1}: needs "text" and "label" (open|closed)`);
    }
    rows.push(row as QuestionRow);
  }
  return rows;
}

function report(
  lang: string,
  judged: readonly { row: QuestionRow; got: QuestionType; cue: string }[],
): EvalReport {
  const precision: Record<string, number> = {};
  const recall: Record<string, number> = {};
  for (const cls of CLASSES) {
    const predicted = judged.filter((j) => j.got === cls);
    const actual = judged.filter((j) => j.row.label === cls);
    const hits = predicted.filter((j) => j.row.label === cls).length;
    precision[cls] = predicted.length === 0 ? 1 : hits / predicted.length;
    recall[cls] = actual.length === 0 ? 1 : hits / actual.length;
  }
  const misses: EvalMiss[] = judged
    .filter((j) => j.got !== j.row.label)
    .map((j) => ({ text: j.row.text, expected: j.row.label, got: j.got, cue: j.cue }));
  const n = judged.length;
  return {
    judge: 'question',
    lang,
    n,
    accuracy: n === 0 ? 1 : (n - misses.length) / n,
    precision,
    recall,
    misses,
  };
}

/**
 * Runs the question classifier over labelled rows. Returns one report for all rows
 * (lang "all") followed by one per language, in order of first appearance.
 */
export function evalQuestions(rows: readonly QuestionRow[]): EvalReport[] {
  const judged = rows.map((row) => {
    const r = classifyQuestion(row.text, row.lang);
    return { row, got: r.verdict, cue: r.cue };
  });
  const langs = [...new Set(rows.map((r) => r.lang))];
  return [
    report('all', judged),
    ...langs.map((l) =>
      report(
        l,
        judged.filter((j) => j.row.lang === l),
      ),
    ),
  ];
}
