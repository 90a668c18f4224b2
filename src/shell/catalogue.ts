import { existsSync, readFileSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { editDistance } from '../drills/near.js';
import type { LoadedSet } from '../drills/parse-set.js';
import { quoted } from '../drills/quote.js';
import type { Lang } from '../drills/schema.js';
import { type SetSummary, toSetSummary } from '../drills/set-summary.js';
import { CliError, type Problem } from '../errors.js';

export interface SetEntry {
  summary: SetSummary;
  origin: 'bundled' | 'user';
  load: () => LoadedSet;
  /** Every file of one directory that holds this id and language: asking for it is an error. */
  sameId?: string[];
}

export interface Catalogue {
  entries: SetEntry[];
  /** Files in the trainer's directories that could not be loaded. */
  problems: Problem[];
  /** Sets hidden by another of the same id (a trainer's over a bundled one, an earlier directory's). */
  warnings: Problem[];
}

export interface CatalogueOptions {
  packageRoot: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  drills?: string;
}

/**
 * Bundled sets (compiled to JSON at build time) plus the trainer's sets from --drills and
 * CS_DRILL_PATH. The YAML parser and validator load only when there are trainer's sets.
 */
export async function loadCatalogue(opts: CatalogueOptions): Promise<Catalogue> {
  const compiled = join(opts.packageRoot, 'dist', 'drills');
  const index = JSON.parse(readFileSync(join(compiled, 'index.json'), 'utf8')) as (SetSummary & {
    json: string;
  })[];
  let entries: SetEntry[] = index.map(({ json, ...summary }) => ({
    summary,
    origin: 'bundled',
    load: () => JSON.parse(readFileSync(join(compiled, json), 'utf8')) as LoadedSet,
  }));
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const dirs = userDirs(opts);
  if (dirs.length === 0) return { entries, problems, warnings };
  const { findSetFiles, readSetFile } = await import('./set-files.js');
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      problems.push({
        code: 'file-not-found',
        file: dir,
        message: 'drills directory does not exist',
      });
      continue;
    }
    let notSets = 0;
    const here: SetEntry[] = [];
    for (const file of findSetFiles(dir, problems)) {
      const parsed = readSetFile(file);
      if (!parsed.ok) {
        // Answer sheets and other YAML beside the sets are not the trainer's mistakes.
        if (parsed.notASet) notSets++;
        else problems.push(...parsed.problems);
        continue;
      }
      const { set, hash } = parsed.loaded;
      const loaded = parsed.loaded;
      const twin = here.find((e) => e.summary.id === set.id && e.summary.lang === set.lang);
      if (twin) {
        twin.sameId = [...(twin.sameId ?? [twin.summary.file]), file];
        continue;
      }
      const entry: SetEntry = {
        summary: toSetSummary(set, hash, file),
        origin: 'user',
        load: () => loaded,
      };
      // The first directory wins (--drills, then CS_DRILL_PATH in order, like $PATH).
      const earlier = entries.find(
        (e) => e.origin === 'user' && e.summary.id === set.id && e.summary.lang === set.lang,
      );
      if (earlier) {
        warnings.push(shadowed(set.id, set.lang, file, earlier.summary.file));
        continue;
      }
      // A trainer's set replaces the bundled one of that id in every language: a trainer's
      // `listening` is never mixed with the bundled Chinese `listening`.
      const bundled = entries.filter((e) => e.origin === 'bundled' && e.summary.id === set.id);
      if (bundled.length > 0) {
        warnings.push(
          shadowed(set.id, set.lang, bundled.map((e) => e.summary.file).join(', '), file),
        );
        entries = entries.filter((e) => !bundled.includes(e));
      }
      here.push(entry);
      entries.push(entry);
    }
    for (const e of here) if (e.sameId) problems.push(sameIdProblem(e));
    if (notSets > 0)
      warnings.push({
        code: 'not-sets-skipped',
        file: dir,
        message: `${notSets} file(s) here are not drill sets (answer sheets or other YAML) and were left out`,
        params: { count: notSets },
      });
  }
  return { entries, problems, warnings };
}

/** Several files of one directory hold one set id: none is picked in silence. */
function sameIdProblem(e: SetEntry): Problem {
  const files = e.sameId ?? [];
  return {
    code: 'same-set-id',
    file: files[0] ?? e.summary.file,
    message: `set "${e.summary.id}" (${e.summary.lang}) is in ${files.length} files: ${files.join(', ')}`,
    hint: 'give each set its own id, or name the file you mean (cs-drill assess ./file.yaml …)',
    params: {
      id: e.summary.id,
      lang: e.summary.lang,
      files: files.join(', '),
      count: files.length,
    },
  };
}

/** `hidden` is not used: `used` has a set of the same id (said on stderr, naming both files). */
function shadowed(id: string, lang: Lang, hidden: string, used: string): Problem {
  return {
    code: 'shadowed-set',
    file: hidden,
    message: `set "${id}" (${lang}) here is hidden by ${used}`,
    hint: 'rename one of the two ids, or leave one directory out',
    params: { id, lang, used },
  };
}

function userDirs(opts: CatalogueOptions): string[] {
  const fromEnv = (opts.env.CS_DRILL_PATH ?? '').split(delimiter).filter(Boolean);
  return [...(opts.drills ? [opts.drills] : []), ...fromEnv].map((d) => resolve(opts.cwd, d));
}

export interface ResolvedSet {
  loaded: LoadedSet;
  /** Set when the requested language does not exist and another was used. */
  fellBackFrom?: Lang;
}

/** A set by id (in the wanted language if it exists) or by the path of a drill file. */
export async function resolveSet(
  catalogue: Catalogue,
  name: string,
  lang: Lang,
  cwd: string,
): Promise<ResolvedSet> {
  if (looksLikePath(name)) {
    const { readSetFile } = await import('./set-files.js');
    const file = isAbsolute(name) ? name : resolve(cwd, name);
    if (!existsSync(file)) {
      throw new CliError({
        code: 'unknown-set',
        message: `no drill file at ${quoted(name)}`,
        hint: 'give a set id from `cs-drill list` or the path of an existing .yaml file',
        params: { path: name },
      });
    }
    const parsed = readSetFile(file);
    if (!parsed.ok) throw new CliError(parsed.problems);
    return { loaded: parsed.loaded };
  }
  const matches = catalogue.entries.filter((e) => e.summary.id === name);
  if (matches.length === 0) {
    const ids = [...new Set(catalogue.entries.map((e) => e.summary.id))];
    const near = ids.filter((id) => editDistance(id, name) <= 2 || id.startsWith(name));
    throw new CliError({
      code: 'unknown-set',
      message: `there is no drill set ${quoted(name)}`,
      hint: near.length
        ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}? \`cs-drill list\` shows them all`
        : '`cs-drill list` shows the sets',
      params: { set: name, ...(near.length ? { near: near.join('\n') } : {}) },
    });
  }
  const exact = matches.find((e) => e.summary.lang === lang);
  const chosen = exact ?? matches[0]!;
  if (chosen.sameId) throw new CliError(sameIdProblem(chosen));
  return exact ? { loaded: exact.load() } : { loaded: chosen.load(), fellBackFrom: lang };
}

/** A set named by a file path rather than an id. */
export function looksLikePath(name: string): boolean {
  return /[/\\]/.test(name) || /\.ya?ml$/i.test(name) || name.startsWith('.');
}
