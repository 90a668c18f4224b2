import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Problem } from '../errors.js';
import { nearNames } from './near.js';
import { quoted } from './quote.js';
import { DrillSet, ITEM_KINDS, Item } from './schema.js';
import { checkSetConsistency } from './set-consistency.js';
import { type PathKey, parseYaml, type YamlSource } from './yaml-source.js';

export interface LoadedSet {
  set: DrillSet;
  /** Content hash of the set's meaning (not its formatting): history records which version was drilled. */
  hash: string;
  file: string;
  /** Where a path of the set is in its YAML file (absent for sets compiled to JSON). */
  locate?: (path: readonly PathKey[]) => { line: number; col: number };
}

export type SetParse = { ok: true; loaded: LoadedSet } | { ok: false; problems: Problem[] };

/** Parse and validate one drill file's text. Pure: the caller reads the file. */
export function parseDrillSet(text: string, file: string): SetParse {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const { source } = parsed;
  const result = DrillSet.safeParse(source.value);
  if (!result.success) {
    return {
      ok: false,
      problems: sortProblems(result.error.issues.map((i) => issueToProblem(i, source, file))),
    };
  }
  const problems = checkSetConsistency(result.data).map((c) => ({
    code: c.code,
    message: c.message,
    file,
    ...source.positionOf(c.path),
    ...(c.hint ? { hint: c.hint } : {}),
    ...(c.params ? { params: c.params } : {}),
  }));
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  return {
    ok: true,
    loaded: {
      set: result.data,
      hash: hashSet(result.data),
      file,
      locate: (p) => source.positionOf(p),
    },
  };
}

export function hashSet(set: DrillSet): string {
  const { $schema: _ignored, ...content } = set;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}

function issueToProblem(issue: z.core.$ZodIssue, source: YamlSource, file: string): Problem {
  const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
  const where = pathLabel(path, source.value);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const near = issue.keys.length === 1 ? nearNames(key, knownKeysAt(path, source.value)) : [];
    return {
      code: 'unknown-key',
      file,
      ...source.positionOf([...path, key], 'key'),
      message: `${where ? `${where}: ` : ''}unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(quoted).join(', ')}`,
      hint: near.length
        ? `did you mean ${near.map(quoted).join(' or ')}?`
        : 'check the spelling; `cs-drill schema` lists every key',
      params: {
        where,
        keys: issue.keys.map(quoted).join(', '),
        ...(near.length ? { near: near.join('\n') } : {}),
      },
    };
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue) {
    const kindPath = path.at(-1) === 'kind' ? path : [...path, 'kind'];
    const kind = valueAt(source.value, kindPath);
    const near = typeof kind === 'string' ? nearNames(kind, ITEM_KINDS) : [];
    return {
      code: 'unknown-kind',
      file,
      ...source.positionOf(kind === undefined ? path : kindPath),
      message: `${where}: ${kind === undefined ? 'missing kind' : `unknown kind ${quoted(String(kind))}`}`,
      hint: `${near.length ? `did you mean ${near.map(quoted).join(' or ')}? ` : ''}kind is one of ${ITEM_KINDS.join(', ')}`,
      params: { where, ...(near.length ? { near: near.join('\n') } : {}) },
    };
  }
  const value = valueAt(source.value, path);
  const missing = value === undefined && issue.code === 'invalid_type';
  return {
    code: missing ? 'missing-key' : 'invalid-value',
    file,
    ...source.positionOf(missing ? path.slice(0, -1) : path),
    message: missing
      ? `${pathLabel(path.slice(0, -1), source.value) || 'file'}: missing required key "${String(path.at(-1))}"`
      : `${where || 'file'}: ${describeIssue(issue, value)}`,
    params: missing
      ? { where: pathLabel(path.slice(0, -1), source.value), key: String(path.at(-1)) }
      : { where, ...issueParams(issue, value) },
  };
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type') {
    const got =
      value === null
        ? 'nothing'
        : Array.isArray(value)
          ? 'a list'
          : typeof value === 'object'
            ? 'a mapping'
            : `${typeof value} ${shown(value)}`;
    const want =
      issue.expected === 'string'
        ? 'text'
        : issue.expected === 'array'
          ? 'a list'
          : issue.expected === 'object'
            ? 'a mapping'
            : issue.expected;
    return `expected ${want}, got ${got}${issue.expected === 'string' && typeof value !== 'object' ? ' (put it in quotes)' : ''}`;
  }
  if (issue.code === 'invalid_value' && 'values' in issue)
    return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    const bound = String(issue.code === 'too_big' ? issue.maximum : issue.minimum);
    const what =
      issue.origin === 'number' ? '' : issue.origin === 'string' ? ' characters' : ' entries';
    return `${shown(value)} is too ${issue.code === 'too_big' ? 'big' : 'small'}: ${issue.code === 'too_big' ? 'at most' : 'at least'} ${bound}${what}`;
  }
  return issue.message;
}

/** The parts of describeIssue's sentence, for wording it in another language. */
function issueParams(issue: z.core.$ZodIssue, value: unknown): Record<string, string | number> {
  if (issue.code === 'invalid_type') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    return {
      expected: issue.expected,
      got,
      ...(typeof value !== 'object' ? { value: shown(value) } : {}),
      quote: issue.expected === 'string' && typeof value !== 'object' ? 1 : 0,
    };
  }
  if (issue.code === 'invalid_value' && 'values' in issue)
    return { values: issue.values.map((v) => JSON.stringify(v)).join('\n') };
  if (issue.code === 'too_big' || issue.code === 'too_small')
    return {
      [issue.code === 'too_big' ? 'max' : 'min']: String(
        issue.code === 'too_big' ? issue.maximum : issue.minimum,
      ),
      origin: issue.origin,
      value: shown(value),
    };
  return {};
}

/** The keys allowed where an unknown key was found, for "did you mean". */
function knownKeysAt(path: readonly PathKey[], root: unknown): string[] {
  if (path.length === 0) return Object.keys(DrillSet.shape);
  if (path.length === 2 && path[0] === 'items') {
    const kind = valueAt(root, [...path, 'kind']);
    const own = Item.options.find((o) => o.shape.kind.value === kind);
    return own ? Object.keys(own.shape) : Item.options.flatMap((o) => Object.keys(o.shape));
  }
  return [];
}

/** A wrong value as the message shows it: JSON, cut short (a whole file can be one string). */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathKey, unknown>)[key];
  }
  return node;
}

/**
 * items.3.options.1.key → items[3].options[1].key; with the file's value, an item is named by
 * its id: item "greet".options[1].key.
 */
export function pathLabel(path: readonly PathKey[], root?: unknown): string {
  const id =
    path[0] === 'items' && typeof path[1] === 'number'
      ? valueAt(root, [...path.slice(0, 2), 'id'])
      : undefined;
  if (typeof id === 'string' && id !== '') {
    const rest = pathLabel(path.slice(2));
    return `item ${quoted(id)}${rest && !rest.startsWith('[') ? '.' : ''}${rest}`;
  }
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${k}`)).join('');
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
