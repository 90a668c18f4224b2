import { parse } from 'yaml';
import { checkRoleplay } from '../roleplay/check.js';
import { quoted } from './quote.js';
import type { DrillSet, Item } from './schema.js';
import type { PathKey } from './yaml-source.js';

export interface Inconsistency {
  code: string;
  message: string;
  /** The variable parts of the message, so it can be worded in the interface language. */
  params?: Record<string, string | number>;
  path: PathKey[];
  hint?: string;
}

/**
 * Checks the schema cannot express: references between fields, uniqueness, coverage. Skills
 * are checked when the set's list of skills is known (it may itself be broken).
 */
export function checkSetConsistency(
  set: Pick<DrillSet, 'items'> & { skills?: readonly string[] | undefined },
): Inconsistency[] {
  const out: Inconsistency[] = [];
  const seen = new Map<string, number>();
  set.items.forEach((item, i) => {
    const at = (...rest: PathKey[]): PathKey[] => ['items', i, ...rest];
    const first = seen.get(item.id);
    if (first !== undefined) {
      out.push({
        code: 'duplicate-id',
        path: at('id'),
        message: `item id "${item.id}" is used twice`,
        hint: 'give every item its own id',
        params: { id: item.id, first },
      });
    } else seen.set(item.id, i);
    if (item.skill && set.skills && !set.skills.includes(item.skill)) {
      out.push({
        code: 'unknown-skill',
        path: at('skill'),
        message: `skill "${item.skill}" is not in the set's skills (${set.skills.join(', ')})`,
        hint: 'add it to `skills:` at the top',
        params: { skill: item.skill, skills: set.skills.join(', ') },
      });
    }
    out.push(...checkItem(item, at));
  });
  return out;
}

function checkItem(item: Item, at: (...rest: PathKey[]) => PathKey[]): Inconsistency[] {
  switch (item.kind) {
    case 'choice':
      return [
        ...uniqueKeys(item.options, 'options', at),
        ...knownKey(item.answer, item.options, at('answer'), 'answer'),
      ];
    case 'multi':
      return [
        ...uniqueKeys(item.options, 'options', at),
        ...item.answers.flatMap((a, j) => knownKey(a, item.options, at('answers', j), 'answer')),
        ...duplicates(item.answers).map((a) => ({
          code: 'duplicate-answer',
          path: at('answers'),
          message: `answer "${a}" is listed twice`,
          params: { answer: a },
        })),
      ];
    case 'order':
      return uniqueKeys(item.steps, 'steps', at);
    case 'classify':
      return [
        ...uniqueKeys(item.categories, 'categories', at),
        ...item.statements.flatMap((s, j) =>
          knownKey(s.category, item.categories, at('statements', j, 'category'), 'category'),
        ),
      ];
    case 'ask':
    case 'paraphrase':
    case 'rewrite':
      return checkRubric(item, at);
    case 'scale':
      return checkScale(item, at);
    case 'roleplay':
      return checkRoleplay(item).map((p) => ({ ...p, path: at(...p.path) }));
  }
}

function checkRubric(
  item: Extract<Item, { kind: 'ask' | 'paraphrase' | 'rewrite' }>,
  at: (...rest: PathKey[]) => PathKey[],
): Inconsistency[] {
  const out: Inconsistency[] = [];
  if (item.kind !== 'ask' && item.criteria.length === 0) {
    out.push({
      code: 'empty-rubric',
      path: at('kind'),
      message: `${item.kind} item "${item.id}" has no criteria`,
      hint: 'add `criteria:` with the facts or elements a good answer contains',
      params: { kind: item.kind, id: item.id },
    });
  }
  for (const id of duplicates(item.criteria.map((c) => c.id))) {
    out.push({
      code: 'duplicate-id',
      path: at('criteria'),
      message: `criterion id "${id}" is used twice`,
      params: { criterion: id },
    });
  }
  item.criteria.forEach((c, j) => {
    c.any.forEach((p, k) => {
      if (isEmptyPattern(p))
        out.push({
          code: 'empty-pattern',
          path: at('criteria', j, 'any', k),
          message: `pattern ${quoted(p)} has no words besides gaps`,
          params: { pattern: quoted(p) },
        });
    });
  });
  if (item.kind === 'rewrite') {
    item.avoid.forEach((p, k) => {
      if (isEmptyPattern(p))
        out.push({
          code: 'empty-pattern',
          path: at('avoid', k),
          message: `pattern ${quoted(p)} has no words besides gaps`,
          params: { pattern: quoted(p) },
        });
    });
  }
  return out;
}

function checkScale(
  item: Extract<Item, { kind: 'scale' }>,
  at: (...rest: PathKey[]) => PathKey[],
): Inconsistency[] {
  const { min, max } = item.scale;
  if (min >= max)
    return [
      {
        code: 'invalid-scale',
        path: at('scale'),
        message: `scale min (${min}) must be below max (${max})`,
        params: { min, max },
      },
    ];
  const lowest = min * item.statements.length;
  const highest = max * item.statements.length;
  const out: Inconsistency[] = [];
  for (let total = lowest; total <= highest; total++) {
    const hits = item.bands.filter((b) => b.min <= total && total <= b.max).length;
    if (hits !== 1) {
      out.push({
        code: hits === 0 ? 'band-gap' : 'band-overlap',
        path: at('bands'),
        message: `a total of ${total} falls in ${hits === 0 ? 'no band' : `${hits} bands`} (totals run from ${lowest} to ${highest})`,
        hint: 'make the bands cover every total exactly once',
        params: { total, hits, lowest, highest },
      });
      break;
    }
  }
  return out;
}

function uniqueKeys(
  list: { key: string }[],
  field: string,
  at: (...rest: PathKey[]) => PathKey[],
): Inconsistency[] {
  return list.flatMap((o, j) => [
    ...(list.findIndex((p) => p.key === o.key) < j
      ? [
          {
            code: 'duplicate-key',
            path: at(field, j, 'key'),
            message: `${field} key "${o.key}" is used twice`,
            params: { field, key: o.key },
          },
        ]
      : []),
    ...notTextOnSheet(o.key, at(field, j, 'key'), field),
  ]);
}

/**
 * A trainee writes keys unquoted on an answer sheet, where YAML reads `true` as a boolean and
 * `007` as 7: such a key could never be answered. (`1` is fine: 1 reads back as "1".)
 */
function notTextOnSheet(key: string, path: PathKey[], field: string): Inconsistency[] {
  const read: unknown = parse(key);
  if (typeof read === 'string' || (typeof read === 'number' && String(read) === key)) return [];
  return [
    {
      code: 'key-not-text',
      path,
      message: `${field} key "${key}" would be read as ${read === null ? 'null' : `${typeof read} ${String(read)}`} on an answer sheet, so it could not be answered`,
      hint: 'use a key YAML keeps as text, such as a letter or a word',
      params: { field, key },
    },
  ];
}

function knownKey(
  key: string,
  list: { key: string }[],
  path: PathKey[],
  what: string,
): Inconsistency[] {
  if (list.some((o) => o.key === key)) return [];
  return [
    {
      code: 'unknown-answer',
      path,
      message: `${what} "${key}" is not one of ${list.map((o) => o.key).join(', ')}`,
      params: { what, key, keys: list.map((o) => o.key).join(', ') },
    },
  ];
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

function isEmptyPattern(p: string): boolean {
  return p.replaceAll('...', '').replaceAll('…', '').trim() === '';
}
