import { classifyQuestion, type QuestionLang, type QuestionType } from '../judge/question/index.js';
import { cohensKappa } from './kappa.js';
import { type EvalReport, type JudgedRow, reportsByLang } from './report.js';

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

/**
 * Runs the question classifier over labelled rows. Returns one report for all rows
 * (lang "all") followed by one per language, in order of first appearance, each with its
 * Cohen's kappa (the figure comparable with AnnoMI's expert coding).
 */
export function evalQuestions(rows: readonly QuestionRow[]): EvalReport[] {
  const judged: JudgedRow[] = rows.map((row) => {
    const r = classifyQuestion(row.text, row.lang);
    return { lang: row.lang, text: row.text, expected: row.label, got: r.verdict, cue: r.cue };
  });
  return reportsByLang('question', CLASSES, judged, 'first').map((r) => ({
    ...r,
    kappa: cohensKappa(
      CLASSES,
      r.lang === 'all' ? judged : judged.filter((j) => j.lang === r.lang),
    ),
  }));
}
