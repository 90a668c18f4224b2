import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Problem } from '../errors.js';
import { DrillSet, Item, Lang } from './schema.js';
import { issueToProblem, pathLabel, valueAt } from './schema-issues.js';
import { checkSetConsistency, type Inconsistency } from './set-consistency.js';
import { type PathKey, parseYaml, type YamlSource } from './yaml-source.js';

export interface LoadedSet {
  set: DrillSet;
  /** Content hash of the set's meaning (not its formatting): history records which version was drilled. */
  hash: string;
  file: string;
  /** Where a path of the set is in its YAML file (absent for sets compiled to JSON). */
  locate?: (path: readonly PathKey[]) => { line: number; col: number };
}

/**
 * What of a set with problems is still sound: its valid items (each with its place in the
 * file) and its language when that is valid, so that validate also runs their examples and
 * model answers in the same pass.
 */
export interface SetParts {
  set: Pick<DrillSet, 'items'> & { lang?: DrillSet['lang'] };
  /** A problem found in `set` (a path into its items), placed in the file. */
  problemOf(c: Inconsistency): Problem;
}

export type SetParse =
  | { ok: true; loaded: LoadedSet; parts: SetParts }
  | {
      ok: false;
      problems: Problem[];
      parts?: SetParts;
      /** The file is something else (an answer sheet, a history): callers may skip it quietly. */
      notASet?: NotASet;
    };

/**
 * Parse and validate one drill file's text, reporting every problem at once: the schema's,
 * and for every item that passes the schema, the checks between fields (answers, ids,
 * skills), even when other items or the top of the file are broken. Pure: the caller reads
 * the file.
 */
export function parseDrillSet(text: string, file: string): SetParse {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const { source } = parsed;
  const other = notADrillSet(source.value);
  if (other) return { ok: false, notASet: other, problems: [notASetProblem(other, file)] };
  const result = DrillSet.safeParse(source.value);
  const schemaProblems = result.success
    ? []
    : result.error.issues.map((i) => issueToProblem(i, source, file));
  const parts = result.success
    ? wholeParts(result.data, source, file)
    : soundParts(source, file, result.error.issues);
  const problems = [
    ...schemaProblems,
    ...checkSetConsistency({
      ...parts.set,
      ...(result.success ? { skills: result.data.skills } : { skills: validSkills(source.value) }),
    }).map(parts.problemOf),
  ];
  if (!result.success || problems.length > 0)
    return { ok: false, problems: sortProblems(problems), parts };
  return {
    ok: true,
    loaded: {
      set: result.data,
      hash: hashSet(result.data),
      file,
      locate: (p) => source.positionOf(p),
    },
    parts,
  };
}

function wholeParts(set: DrillSet, source: YamlSource, file: string): SetParts {
  return { set, problemOf: placer(source, file, (i) => i) };
}

/** The items that pass the schema on their own, and the set's language if valid. */
function soundParts(
  source: YamlSource,
  file: string,
  issues: readonly z.core.$ZodIssue[],
): SetParts {
  const value = source.value as Record<string, unknown>;
  const broken = new Set(
    issues
      .filter((i) => i.path[0] === 'items' && typeof i.path[1] === 'number')
      .map((i) => i.path[1]),
  );
  const raw = Array.isArray(value.items) ? (value.items as unknown[]) : [];
  const kept: { item: Item; index: number }[] = [];
  raw.forEach((r, index) => {
    if (broken.has(index)) return;
    const item = Item.safeParse(r);
    if (item.success) kept.push({ item: item.data, index });
  });
  const lang = Lang.safeParse(value.lang);
  return {
    set: { items: kept.map((k) => k.item), ...(lang.success ? { lang: lang.data } : {}) },
    problemOf: placer(source, file, (i) => kept[i]?.index ?? i),
  };
}

/** Turns a problem at a path of the kept items into one at its place in the file. */
function placer(
  source: YamlSource,
  file: string,
  indexInFile: (i: number) => number,
): (c: Inconsistency) => Problem {
  return (c) => {
    const path =
      c.path[0] === 'items' && typeof c.path[1] === 'number'
        ? ['items', indexInFile(c.path[1]), ...c.path.slice(2)]
        : c.path;
    let { message, params } = c;
    // The first of two items with one id is named by its line: an index means little to an author.
    if (c.code === 'duplicate-id' && typeof params?.first === 'number') {
      const firstLine = source.positionOf(['items', indexInFile(params.first)]).line;
      message = `${message} (first on line ${firstLine})`;
      params = { ...params, first: firstLine };
    }
    // A problem inside an item is said with the item's id, unless the message names it already.
    const item = path[0] === 'items' ? pathLabel(path.slice(0, 2), source.value) : '';
    const id = valueAt(source.value, [...path.slice(0, 2), 'id']);
    if (item && !(typeof id === 'string' && message.includes(`"${id}"`))) {
      message = `${item}: ${message}`;
      params = { ...params, at: item };
    }
    return {
      code: c.code,
      message,
      file,
      ...source.positionOf(path),
      ...(c.hint ? { hint: c.hint } : {}),
      ...(params ? { params } : {}),
    };
  };
}

function validSkills(value: unknown): string[] | undefined {
  const skills = (value as Record<string, unknown>).skills;
  return Array.isArray(skills) && skills.every((s) => typeof s === 'string') ? skills : undefined;
}

export type NotASet = 'sheet' | 'other';

/**
 * A YAML file that is plainly no drill set: an answer sheet (answers, no items), or a
 * mapping with none of a set's keys. A set with a slip (a misspelt key, items missing) still
 * has some of them and is reported as a set.
 */
function notADrillSet(value: unknown): NotASet | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'other';
  const keys = Object.keys(value).map((k) => k.trim().toLowerCase());
  if (keys.includes('items')) return undefined;
  if (keys.includes('answers')) return 'sheet';
  const setKeys = Object.keys(DrillSet.shape);
  return keys.some((k) => setKeys.includes(k) && k !== 'id' && k !== 'lang') ? undefined : 'other';
}

function notASetProblem(kind: NotASet, file: string): Problem {
  return {
    code: 'not-a-set',
    file,
    line: 1,
    col: 1,
    message:
      kind === 'sheet'
        ? 'this is an answer sheet, not a drill set'
        : 'this is not a drill set (no items, title or format)',
    hint:
      kind === 'sheet'
        ? 'score it with `cs-drill assess <set> --answers <this file>`'
        : '`cs-drill new` writes a drill set to start from',
    params: { kind },
  };
}

export function hashSet(set: DrillSet): string {
  const { $schema: _ignored, ...content } = set;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
