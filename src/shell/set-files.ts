import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDrillSet, type SetParse } from '../drills/parse-set.js';
import { MAX_YAML_BYTES } from '../drills/yaml-source.js';
import { CliError, type Problem } from '../errors.js';
import { readTextFileSync } from './text-input.js';

/** Folders under a drills directory that hold other data than sets. */
const NOT_SETS = new Set(['phrase-lists', 'node_modules']);
const YAML_FILE = /\.ya?ml$/i;

/**
 * Drill files in a directory: `*.yaml` at its top and one level down (`<set>/<lang>.yaml`).
 * Symbolic links are followed; a link to nothing and a folder that cannot be read (a
 * `lost+found`) are added to `problems`, never skipped in silence nor fatal.
 */
export function findSetFiles(dir: string, problems: Problem[] = []): string[] {
  const out: string[] = [];
  for (const { path, name, kind } of entries(dir, problems)) {
    if (kind === 'file' && YAML_FILE.test(name)) out.push(path);
    else if (kind === 'dir' && !NOT_SETS.has(name) && !name.startsWith('.')) {
      for (const inner of entries(path, problems))
        if (inner.kind === 'file' && YAML_FILE.test(inner.name)) out.push(inner.path);
    }
  }
  return out;
}

type Entry = { path: string; name: string; kind: 'file' | 'dir' | 'other' };

/** A directory's entries by name, links resolved to what they point at. */
function entries(dir: string, problems: Problem[]): Entry[] {
  let list: Dirent[];
  try {
    list = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({
      code: 'unreadable',
      file: dir,
      message: `cannot read this folder: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      hint: 'fix its permissions, or keep drill sets elsewhere',
    });
    return [];
  }
  return list
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((e) => {
      const path = join(dir, e.name);
      if (!e.isSymbolicLink())
        return {
          path,
          name: e.name,
          kind: e.isFile() ? 'file' : e.isDirectory() ? 'dir' : 'other',
        };
      try {
        const st = statSync(path);
        return {
          path,
          name: e.name,
          kind: st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other',
        };
      } catch (error) {
        if (!e.name.startsWith('.'))
          problems.push({
            code: 'broken-link',
            file: path,
            message: `is a symbolic link to nothing (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
            hint: 'point it at an existing drill file, or remove it',
          });
        return { path, name: e.name, kind: 'other' };
      }
    });
}

export function readSetFile(file: string): SetParse {
  try {
    return parseDrillSet(readTextFileSync(file, MAX_YAML_BYTES), file);
  } catch (error) {
    if (error instanceof CliError) return { ok: false, problems: error.problems };
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    return {
      ok: false,
      problems: [{ code: 'unreadable-file', file, message: `cannot read: ${code}` }],
    };
  }
}
