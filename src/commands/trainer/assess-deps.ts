import { randomUUID } from 'node:crypto';
import type { LoadedSet } from '../../drills/parse-set.js';
import { LANGS, type Lang } from '../../drills/schema.js';
import { rememberingJudge } from '../../judge/judge-memo.js';
import type { FreeTextJudge } from '../../judge/types.js';
import { type Catalogue, resolveSet } from '../../shell/catalogue.js';
import { parseLang } from '../../shell/lang-choice.js';
import { defaultNameFor } from './read-inputs.js';
import type { AssessDeps } from './score-sheet.js';

/** What scoring needs, the same in the main thread and in each worker (which gets it as workerData). */
export interface AssessSetup {
  /**
   * The set in each language a sheet may be written in, the one the trainer named first; each
   * loaded once, by the main thread, so a worker parses and validates no set.
   */
  versions: LoadedSet[];
  /** The run's language: a sheet that names none is scored with the set in it. */
  lang: Lang;
  packageRoot: string;
  passMark?: number;
}

/** What scoring a sheet needs; built the same way in the main thread and in each worker. */
export function assessDeps(setup: AssessSetup): AssessDeps {
  // The loading itself is kept, not its result: a worker starts several sheets at once, and
  // each of them that asked before the first judge was built built its own (four judges' phrase
  // lists and indexes at once ran a worker out of its heap under a 48 MB cap).
  let judge: Promise<FreeTextJudge> | undefined;
  return {
    setFor: setFor(setup),
    judge: () => {
      // Script converters are built on first use: a class that writes no Chinese never needs them.
      // A class's repeated answers are judged once (judge-memo.ts).
      judge ??= import('../../shell/bundled-judge.js').then((m) =>
        rememberingJudge(m.bundledJudge(setup.packageRoot)),
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
 * The set the trainer named, then the same set in the other languages the catalogue has it in,
 * as plain data (a set's positions in its file are for `validate`, and cannot go to a worker).
 */
export async function setVersions(
  catalogue: Catalogue,
  name: string,
  main: LoadedSet,
  cwd: string,
): Promise<LoadedSet[]> {
  const plain = ({ set, hash, file }: LoadedSet): LoadedSet => ({ set, hash, file });
  const versions = [plain(main)];
  for (const l of LANGS) {
    if (l === main.set.lang) continue;
    const other = catalogue.entries.some(
      (e) => e.summary.id === main.set.id && e.summary.lang === l,
    )
      ? await resolveSet(catalogue, name, l, cwd)
      : undefined;
    if (other && !other.fellBackFrom && other.loaded.set.id === main.set.id)
      versions.push(plain(other.loaded));
  }
  return versions;
}

/**
 * A sheet says which language it was written in; the same set in that language scores it when
 * it exists (sets given as a file path have one language).
 */
function setFor({ versions, lang }: AssessSetup): AssessDeps['setFor'] {
  const main = versions[0]!;
  const byLang = new Map(versions.map((loaded) => [loaded.set.lang, { loaded }]));
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
