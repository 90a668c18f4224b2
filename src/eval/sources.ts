import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CorpusLabel, parseJudgements } from './corpus.js';

/** Lines of a JSONL file, parsed; blank lines skipped, errors name the line. */
export function readJsonl<T>(path: string, parse: (v: unknown) => T): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (line.trim() === '') return [];
      try {
        return [parse(JSON.parse(line))];
      } catch (error) {
        throw new Error(`${path}:${i + 1}: ${(error as Error).message}`);
      }
    });
}

/** The shared corpora of real agent replies: $CS_DRILL_CORPORA, or ../shared/corpora up the tree. */
export function corporaDir(root: string): string | undefined {
  const candidates = [
    process.env.CS_DRILL_CORPORA,
    join(root, '..', 'shared', 'corpora'),
    join(root, '..', '..', 'shared', 'corpora'),
  ];
  return candidates.find((d): d is string => d !== undefined && existsSync(d));
}

export const CORPORA = [
  { lang: 'en', file: 'multiwoz-agent-replies.en.txt', judged: 'multiwoz-flags-judged.tsv' },
  { lang: 'zh-Hans', file: 'crosswoz-agent-replies.zh-Hans.txt' },
] as const;

/** A file's text, or '' when it is not there (the judgement files are optional). */
export function readIfThere(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** A corpus's judged replies: the corpus's own judged file, then ours in eval/ (ours win). */
export function corpusJudgements(
  root: string,
  dir: string,
  c: (typeof CORPORA)[number],
): Map<string, CorpusLabel> {
  return new Map([
    ...('judged' in c ? parseJudgements(readIfThere(join(dir, c.judged))) : []),
    ...parseJudgements(readIfThere(join(root, 'eval', `corpus-flags.${c.lang}.tsv`))),
  ]);
}
