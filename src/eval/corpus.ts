import type { PhraseList } from '../judge/phrases/index.js';
import type { ReplyModel } from '../judge/phrases/reply-model.js';
import { replyProblems } from '../judge/reply-problems.js';

/** How a person judged a flag on real text (shared corpora README: real / borderline / false). */
export type CorpusLabel = 'real' | 'borderline' | 'false';
const LABELS: readonly string[] = ['real', 'borderline', 'false'];

/** One flagged reply of a corpus, with what the detector found and the judgement if any. */
export interface CorpusFlag {
  /** 1-based line of the corpus file. */
  line: number;
  reply: string;
  /** "act[matched words]" for each hit. */
  found: string;
  label?: CorpusLabel;
}

/** The detector on one corpus of real agent replies, one reply a line. */
export interface CorpusReport {
  name: string;
  replies: number;
  flags: CorpusFlag[];
  /** Replies judged `real` that are no longer flagged. */
  lostReal: string[];
}

/**
 * Judgements keyed by reply text, from TSV files whose first column is the label and whose
 * `reply` column (by header) holds the reply. Rows with another label are ignored.
 */
export function parseJudgements(tsv: string): Map<string, CorpusLabel> {
  const [head = '', ...rows] = tsv.split('\n');
  const col = head.split('\t').indexOf('reply');
  const out = new Map<string, CorpusLabel>();
  for (const row of rows) {
    const cells = row.split('\t');
    const label = cells[0] ?? '';
    const reply = cells[col];
    if (reply !== undefined && LABELS.includes(label)) out.set(reply, label as CorpusLabel);
  }
  return out;
}

export function evalCorpus(
  name: string,
  text: string,
  judged: ReadonlyMap<string, CorpusLabel>,
  lists: readonly PhraseList[],
  model?: ReplyModel,
): CorpusReport {
  const lines = text.split('\n');
  const flags: CorpusFlag[] = [];
  const flagged = new Set<string>();
  let replies = 0;
  lines.forEach((reply, i) => {
    if (reply.trim() === '') return;
    replies++;
    const hits = replyProblems(reply, lists, model);
    if (hits.length === 0) return;
    flagged.add(reply);
    const label = judged.get(reply);
    flags.push({
      line: i + 1,
      reply,
      found: hits
        .map((h) => `${h.act ?? h.category}[${reply.slice(h.span.start, h.span.end)}]`)
        .join(' | '),
      ...(label ? { label } : {}),
    });
  });
  const lostReal = [...judged]
    .filter(([reply, label]) => label === 'real' && !flagged.has(reply) && lines.includes(reply))
    .map(([reply]) => reply);
  return { name, replies, flags, lostReal };
}

const pct = (a: number, b: number) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1)}%`);

/** Counts of flags by label; "dev" are odd lines (tuned on), "holdout" even lines. */
function tally(flags: readonly CorpusFlag[]): string {
  const n = (l?: CorpusLabel) => flags.filter((f) => f.label === l).length;
  const judged = flags.length - n(undefined);
  return `${String(flags.length).padStart(4)} flags  real ${n('real')}  borderline ${n('borderline')}  false ${n('false')}  unjudged ${n(undefined)}  false share ${pct(n('false'), judged)}`;
}

export function renderCorpus(reports: readonly CorpusReport[]): string {
  const out: string[] = [
    '',
    'real agent replies (shared corpora; labels: shared + eval/ judgements)',
  ];
  for (const r of reports) {
    out.push(`${r.name} (${r.replies} replies)`);
    out.push(`  all      ${tally(r.flags)}`);
    out.push(`  dev      ${tally(r.flags.filter((f) => f.line % 2 === 1))}`);
    out.push(`  holdout  ${tally(r.flags.filter((f) => f.line % 2 === 0))}`);
    if (r.lostReal.length > 0) {
      out.push(`  judged real, no longer flagged: ${r.lostReal.length}`);
      for (const reply of r.lostReal) out.push(`    ${reply}`);
    }
    const unjudged = r.flags.filter((f) => !f.label);
    if (unjudged.length > 0) out.push(`  unjudged flags (judge them in eval/): ${unjudged.length}`);
    for (const f of unjudged) out.push(`    ${f.line}\t${f.found}\t${f.reply}`);
  }
  return `${out.join('\n')}\n`;
}
