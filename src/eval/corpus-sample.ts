import type { ReplyRow } from './phrases.js';

/** A hand-judged line of eval/corpus-sample/*.tsv: a random sample of a real-reply corpus. */
export interface SampleRow {
  line: number;
  label: 'real' | 'borderline' | 'clean';
  text: string;
}

const LABELS = new Set(['real', 'borderline', 'clean']);

/** Rows of a sample TSV (header `line label category reply reason`); errors name the line. */
export function parseCorpusSample(tsv: string, file: string): SampleRow[] {
  return tsv
    .split('\n')
    .slice(1)
    .flatMap((line, i) => {
      if (line.trim() === '') return [];
      const [num, label, , reply] = line.split('\t');
      if (!num || !label || !LABELS.has(label) || reply === undefined) {
        throw new Error(`${file}:${i + 2}: needs line, label (real|borderline|clean) and reply`);
      }
      return [{ line: Number(num), label: label as SampleRow['label'], text: reply }];
    });
}

/**
 * The sample as reply rows for the phrase evaluation. `strict`: real must be flagged, clean
 * must not, borderline left out. `wide`: borderline counts with real (a trainer might mark it).
 */
export function sampleAsReplies(
  rows: readonly SampleRow[],
  lang: string,
  mode: 'strict' | 'wide',
): ReplyRow[] {
  return rows
    .filter((r) => mode === 'wide' || r.label !== 'borderline')
    .map((r) => ({ lang, text: r.text, flag: r.label !== 'clean' }));
}
