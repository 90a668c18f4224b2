import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, type Problem } from '../errors.js';
import { parseDrillSet, type SetParse } from './parse-set.js';
import { MAX_YAML_BYTES } from './yaml-source.js';

/** Folders under a drills directory that hold other data than sets. */
const NOT_SETS = new Set(['phrase-lists', 'node_modules']);
const YAML_FILE = /\.ya?ml$/i;

/**
 * Drill files in a directory: `*.yaml` at its top and one level down (`<set>/<lang>.yaml`).
 * A folder that cannot be read (a `lost+found`) is reported in `problems` and skipped.
 */
export function findSetFiles(dir: string, problems: Problem[] = []): string[] {
  const out: string[] = [];
  for (const entry of entriesOf(dir, problems)) {
    const path = join(dir, entry.name);
    if (entry.isFile() && YAML_FILE.test(entry.name)) out.push(path);
    else if (entry.isDirectory() && !NOT_SETS.has(entry.name) && !entry.name.startsWith('.')) {
      for (const inner of entriesOf(path, problems))
        if (inner.isFile() && YAML_FILE.test(inner.name)) out.push(join(path, inner.name));
    }
  }
  return out;
}

function entriesOf(dir: string, problems: Problem[]): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    problems.push({
      code: 'unreadable-folder',
      file: dir,
      message: `cannot read this folder (${(error as NodeJS.ErrnoException).code ?? String(error)}); the sets in it are skipped`,
    });
    return [];
  }
}

/** Read a text file for parsing, refusing huge ones before reading them whole. */
export function readTextFile(file: string, limit = MAX_YAML_BYTES): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory())
      throw new CliError({ code: 'is-directory', file, message: 'is a directory, not a file' });
    size = st.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError({
      code: 'file-not-found',
      file,
      message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      hint: 'check the path',
    });
  }
  if (size > limit) {
    throw new CliError({
      code: 'file-too-large',
      file,
      message: `file is too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${limit / 1024 / 1024} MB)`,
    });
  }
  const text = readFileSync(file, 'utf8');
  if (text.includes('\u0000'))
    throw new CliError({
      code: 'binary-file',
      file,
      message: 'is not a text file (it contains NUL bytes)',
    });
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function readSetFile(file: string): SetParse {
  try {
    return parseDrillSet(readTextFile(file), file);
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
