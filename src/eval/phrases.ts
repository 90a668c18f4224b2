import { replyProblems } from '../judge/reply-problems.js';
import type { JudgeResources } from '../judge/resources.js';
import { type EvalReport, type JudgedRow, reportsByLang } from './report.js';

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

/** Precision/recall of `check` (phrases and hostile questions) on flag / no-flag, per language and overall. */
export function evalPhrases(rows: readonly ReplyRow[], resources: JudgeResources): EvalReport[] {
  const judged: JudgedRow[] = rows.map((row) => {
    const hits = replyProblems(row.text, resources.phraseLists, resources.replyModel);
    return {
      lang: row.lang,
      text: row.text,
      expected: row.flag ? 'flag' : 'clean',
      expectedNote: row.flag && row.category ? `flag (${row.category})` : undefined,
      got: hits.length > 0 ? 'flag' : 'clean',
      cue: hits.map((h) => `${row.text.slice(h.span.start, h.span.end)}→${h.category}`).join('; '),
    };
  });
  return reportsByLang('phrases', ['flag', 'clean'], judged, 'last');
}
