import { ParaphraseItem } from '../drills/schema.js';
import { createJudge } from '../judge/free-text.js';
import type { JudgeResources } from '../judge/resources.js';
import type { Verdict } from '../judge/types.js';
import { type EvalReport, type JudgedRow, reportsByLang } from './report.js';

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

/** A writer may name the grade `grade` instead of `label` (round 2026-12m did); both are read. */
export function parseParaphraseRow(value: unknown): ParaphraseRow {
  const v = value as Partial<ParaphraseRow> & { grade?: unknown };
  const label = v?.label ?? v?.grade;
  if (
    typeof v?.customer !== 'string' ||
    typeof v.answer !== 'string' ||
    typeof v.lang !== 'string' ||
    !Array.isArray(v.criteria) ||
    !GRADES.includes(label as Grade)
  ) {
    throw new Error(
      'a paraphrase row needs lang, customer, criteria, answer and label or grade (good|partial|poor)',
    );
  }
  return { ...v, label } as ParaphraseRow;
}

/** Exact agreement of the paraphrase judge's verdict (pass/partial/fail) with the grade. */
/** A row's criterion id as a drill file allows it; an id in another script becomes its place. */
function criterionId(id: string, index: number): string {
  const safe = id.replace(/[^a-z0-9-]/gi, '-').toLowerCase();
  return /^[a-z0-9]/.test(safe) ? safe : `fact-${index + 1}`;
}

export function evalParaphrases(
  rows: readonly ParaphraseRow[],
  resources: JudgeResources,
): EvalReport[] {
  const judge = createJudge(resources);
  const judged: JudgedRow[] = rows.map((row) => {
    const item = ParaphraseItem.parse({
      id: 'eval',
      kind: 'paraphrase',
      prompt: 'Restate.',
      explanation: 'Eval row.',
      model_answer: 'n/a',
      customer: row.customer,
      criteria: row.criteria.map((c, k) => ({
        id: criterionId(c.id, k),
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
    return {
      lang: row.lang,
      text: row.answer,
      expected: row.label,
      got: GRADE_OF[j.verdict],
      cue: `${(j.score / j.max).toFixed(2)} missing:${cue}`,
    };
  });
  return reportsByLang('paraphrase', GRADES, judged, 'last');
}
