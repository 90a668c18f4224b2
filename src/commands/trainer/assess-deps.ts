import { randomUUID } from 'node:crypto';
import type { LoadedSet } from '../../drills/parse-set.js';
import { LANGS, type Lang } from '../../drills/schema.js';
import type { FreeTextJudge } from '../../judge/types.js';
import { type Catalogue, resolveSet } from '../../shell/catalogue.js';
import { parseLang } from '../../shell/lang-choice.js';
import { memoJudge } from './judge-memo.js';
import { defaultNameFor } from './read-inputs.js';
import type { AssessDeps } from './score-sheet.js';

export interface AssessSetup {
  catalogue: Catalogue;
  /** The set as the trainer named it (id or path), in the run's language. */
  name: string;
  lang: Lang;
  main: LoadedSet;
  cwd: string;
  packageRoot: string;
  passMark?: number;
}

/** What scoring a sheet needs; built the same way in the main thread and in each worker. */
export async function assessDeps(setup: AssessSetup): Promise<AssessDeps> {
  let judge: FreeTextJudge | undefined;
  return {
    setFor: await setVersions(setup),
    judge: async () => {
      judge ??= memoJudge(
        (await import('../../shell/bundled-judge.js')).openBundledJudge(setup.packageRoot),
      );
      return judge;
    },
    now: () => new Date(),
    newId: randomUUID,
    defaultName: defaultNameFor,
    ...(setup.passMark !== undefined ? { passMark: setup.passMark } : {}),
  };
}

/**
 * A sheet says which language it was written in; the same set in that language scores it when
 * it exists (sets given as a file path have one language).
 */
async function setVersions({
  catalogue,
  name,
  lang,
  main,
  cwd,
}: AssessSetup): Promise<AssessDeps['setFor']> {
  const byLang = new Map<string, ReturnType<AssessDeps['setFor']>>([
    [main.set.lang, { loaded: main }],
  ]);
  for (const l of LANGS) {
    if (byLang.has(l)) continue;
    const other = catalogue.entries.some(
      (e) => e.summary.id === main.set.id && e.summary.lang === l,
    )
      ? await resolveSet(catalogue, name, l, cwd)
      : undefined;
    if (other && !other.fellBackFrom && other.loaded.set.id === main.set.id)
      byLang.set(l, { loaded: other.loaded });
  }
  return (sheetLang) => {
    // A sheet that names no language is for the set the trainer named.
    const wanted = parseLang(sheetLang) ?? lang;
    return (
      byLang.get(wanted) ??
      (sheetLang === undefined
        ? { loaded: main }
        : {
            loaded: main,
            warning: `set "${main.set.id}" has no ${wanted} version; scored with ${main.set.lang}`,
          })
    );
  };
}
