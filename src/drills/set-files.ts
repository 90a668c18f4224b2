import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../errors.js';
import { readTextFileSync } from '../text-input.js';
import { parseDrillSet, type SetParse } from './parse-set.js';
import { MAX_YAML_BYTES } from './yaml-source.js';

/** Folders under a drills directory that hold other data than sets. */
const NOT_SETS = new Set(['phrase-lists', 'node_modules']);
const YAML_FILE = /\.ya?ml$/i;

/** Drill files in a directory: `*.yaml` at its top and one level down (`<set>/<lang>.yaml`). */
export function findSetFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isFile() && YAML_FILE.test(entry.name)) out.push(path);
    else if (entry.isDirectory() && !NOT_SETS.has(entry.name) && !entry.name.startsWith('.')) {
      for (const inner of readdirSync(path, { withFileTypes: true }).sort((a, b) =>
        a.name.localeCompare(b.name),
      )) {
        if (inner.isFile() && YAML_FILE.test(inner.name)) out.push(join(path, inner.name));
      }
    }
  }
  return out;
}

export function readSetFile(file: string): SetParse {
  try {
    return parseDrillSet(readTextFileSync(file, MAX_YAML_BYTES), file);
  } catch (error) {
    if (error instanceof CliError) return { ok: false, problems: error.problems };
    throw error;
  }
}
