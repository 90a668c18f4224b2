import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
