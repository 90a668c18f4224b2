import type { LoadedSet } from '../../drills/parse-set.js';
import { CliError } from '../../errors.js';
import type { FreeTextJudge } from '../../judge/types.js';

/**
 * The free-text judge, loaded (phrase lists compiled) only when the set has free-text items:
 * choice-only sets are scored without loading it.
 */
export async function judgeFor(loaded: LoadedSet, packageRoot: string): Promise<FreeTextJudge> {
  const needsJudge = loaded.set.items.some(
    (i) => i.kind === 'ask' || i.kind === 'paraphrase' || i.kind === 'rewrite',
  );
  if (!needsJudge) {
    return {
      judge() {
        throw new CliError({
          code: 'no-judge',
          message: 'a free-text answer came in for a set without free-text items',
        });
      },
    };
  }
  return (await import('../../judge/bundled.js')).openBundledJudge(packageRoot);
}
