import { detectPhrases } from '../judge/phrases/index.js';
import type { JudgeResources } from '../judge/resources.js';
import type { EvalMiss, EvalReport } from './report.js';

/** One labelled reply of eval/replies.jsonl. */
export interface ReplyRow {
  lang: string;
  text: string;
  flag: boolean;
  /** Expected category when flagged (informational: the measure is flag / no flag). */
  category?: string;
}

export function parseReplyRow(value: unknown): ReplyRow {
  const v = value as Partial<ReplyRow>;
  if (typeof v?.text !== 'string' || typeof v.lang !== 'string' || typeof v.flag !== 'boolean') {
    throw new Error('a reply row needs text, lang and flag');
  }
  return {
    lang: v.lang,
    text: v.text,
    flag: v.flag,
    ...(typeof v.category === 'string' ? { category: v.category } : {}),
  };
}

/** Precision/recall of the detector on flag / no-flag, per language and overall. */
export function evalPhrases(rows: readonly ReplyRow[], resources: JudgeResources): EvalReport[] {
  const judged = rows.map((row) => ({ row, hits: detectPhrases(row.text, resources.phraseLists) }));
  const langs = [...new Set(rows.map((r) => r.lang))];
  return [
    ...langs.map((lang) =>
      report(
        lang,
        judged.filter((j) => j.row.lang === lang),
      ),
    ),
    report('all', judged),
  ];
}

function report(
  lang: string,
  judged: { row: ReplyRow; hits: ReturnType<typeof detectPhrases> }[],
): EvalReport {
  const count = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const misses: EvalMiss[] = [];
  for (const { row, hits } of judged) {
    const got = hits.length > 0;
    if (got && row.flag) count.tp++;
    else if (got) count.fp++;
    else if (row.flag) count.fn++;
    else count.tn++;
    if (got !== row.flag) {
      misses.push({
        text: row.text,
        expected: row.flag ? `flag${row.category ? ` (${row.category})` : ''}` : 'clean',
        got: got ? 'flag' : 'clean',
        cue: hits
          .map((h) => `${row.text.slice(h.span.start, h.span.end)}→${h.category}`)
          .join('; '),
      });
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    judge: 'phrases',
    lang,
    n: judged.length,
    accuracy: ratio(count.tp + count.tn, judged.length),
    precision: {
      flag: ratio(count.tp, count.tp + count.fp),
      clean: ratio(count.tn, count.tn + count.fn),
    },
    recall: {
      flag: ratio(count.tp, count.tp + count.fn),
      clean: ratio(count.tn, count.tn + count.fp),
    },
    misses,
  };
}
