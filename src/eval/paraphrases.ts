import { ParaphraseItem } from '../drills/schema.js';
import { createJudge } from '../judge/free-text.js';
import type { JudgeResources } from '../judge/resources.js';
import type { Verdict } from '../judge/types.js';
import type { EvalMiss, EvalReport } from './report.js';

export type Grade = 'good' | 'partial' | 'poor';
const GRADES: readonly Grade[] = ['good', 'partial', 'poor'];
const GRADE_OF: Record<Verdict, Grade> = { pass: 'good', partial: 'partial', fail: 'poor' };

/** One labelled restatement of eval/paraphrases.jsonl. */
export interface ParaphraseRow {
  /** "zh" (either script) or "en". */
  lang: string;
  customer: string;
  criteria: { id: string; any: string[] }[];
  answer: string;
  label: Grade;
}

export function parseParaphraseRow(value: unknown): ParaphraseRow {
  const v = value as Partial<ParaphraseRow>;
  if (
    typeof v?.customer !== 'string' ||
    typeof v.answer !== 'string' ||
    typeof v.lang !== 'string' ||
    !Array.isArray(v.criteria) ||
    !GRADES.includes(v.label as Grade)
  ) {
    throw new Error(
      'a paraphrase row needs lang, customer, criteria, answer and label (good|partial|poor)',
    );
  }
  return v as ParaphraseRow;
}

/** Exact agreement of the paraphrase judge's verdict (pass/partial/fail) with the grade. */
export function evalParaphrases(
  rows: readonly ParaphraseRow[],
  resources: JudgeResources,
): EvalReport[] {
  const judge = createJudge(resources);
  const judged = rows.map((row) => {
    const item = ParaphraseItem.parse({
      id: 'eval',
      kind: 'paraphrase',
      prompt: 'Restate.',
      explanation: 'Eval row.',
      model_answer: 'n/a',
      customer: row.customer,
      criteria: row.criteria.map((c) => ({
        id: c.id.replace(/[^a-z0-9-]/gi, '-').toLowerCase(),
        label: c.id,
        any: c.any,
      })),
    });
    const j = judge.judge(item, row.answer, row.lang === 'en' ? 'en' : 'zh-Hans');
    const cue = j.criteria
      .filter((c) => !c.met)
      .map((c) => c.id)
      .concat(j.forbidden.map((f) => `forbidden:${f.phrase}`))
      .join(',');
    return { row, got: GRADE_OF[j.verdict], cue: `${(j.score / j.max).toFixed(2)} missing:${cue}` };
  });
  const langs = [...new Set(rows.map((r) => r.lang))];
  return [
    ...langs.map((l) =>
      report(
        l,
        judged.filter((j) => j.row.lang === l),
      ),
    ),
    report('all', judged),
  ];
}

function report(
  lang: string,
  judged: { row: ParaphraseRow; got: Grade; cue: string }[],
): EvalReport {
  const precision: Record<string, number> = {};
  const recall: Record<string, number> = {};
  for (const g of GRADES) {
    const predicted = judged.filter((j) => j.got === g);
    const actual = judged.filter((j) => j.row.label === g);
    const hits = predicted.filter((j) => j.row.label === g).length;
    precision[g] = predicted.length === 0 ? 1 : hits / predicted.length;
    recall[g] = actual.length === 0 ? 1 : hits / actual.length;
  }
  const misses: EvalMiss[] = judged
    .filter((j) => j.got !== j.row.label)
    .map((j) => ({ text: j.row.answer, expected: j.row.label, got: j.got, cue: j.cue }));
  return {
    judge: 'paraphrase',
    lang,
    n: judged.length,
    accuracy: judged.length === 0 ? 1 : (judged.length - misses.length) / judged.length,
    precision,
    recall,
    misses,
  };
}
