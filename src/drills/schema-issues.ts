import type { z } from 'zod';
import type { Problem } from '../errors.js';
import { nearNames } from './near.js';
import { quoted } from './quote.js';
import { DrillSet, ITEM_KINDS } from './schema.js';
import type { PathKey, YamlSource } from './yaml-source.js';

/**
 * A schema issue (zod's) as a problem a person can act on: at its line, the item named by its
 * id, in plain words, "did you mean" for keys and kinds at any depth, and the parts of the
 * sentence in `params` for wording it in another language.
 */
export function issueToProblem(issue: z.core.$ZodIssue, source: YamlSource, file: string): Problem {
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
  const described = describeIssue(issue, value);
  return {
    code: missing ? 'missing-key' : 'invalid-value',
    file,
    ...source.positionOf(missing ? path.slice(0, -1) : path),
    message: missing
      ? `${pathLabel(path.slice(0, -1), source.value) || 'file'}: missing required key "${String(path.at(-1))}"`
      : `${where || 'file'}: ${described.text}`,
    params: missing
      ? { where: pathLabel(path.slice(0, -1), source.value), key: String(path.at(-1)) }
      : { where, ...described.params },
  };
}

/** An issue in plain words (English) and the parts of that sentence, for wording it in another language. */
function describeIssue(
  issue: z.core.$ZodIssue,
  value: unknown,
): { text: string; params: Record<string, string | number> } {
  switch (issue.code) {
    case 'invalid_type': {
      const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
      const quote = issue.expected === 'string' && typeof value !== 'object';
      return {
        text: `expected ${WANT[issue.expected] ?? issue.expected}, got ${value === null ? 'nothing' : typeof value === 'object' ? WANT[got] : `${got === 'string' ? 'text' : got} ${shown(value)}`}${quote ? ' (put it in quotes)' : ''}`,
        params: {
          expected: issue.expected,
          got,
          ...(typeof value !== 'object' ? { value: shown(value) } : {}),
          quote: quote ? 1 : 0,
        },
      };
    }
    case 'invalid_value':
      return {
        text: `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`,
        params: { values: issue.values.map((v) => JSON.stringify(v)).join('\n') },
      };
    case 'too_small':
    case 'too_big': {
      const big = issue.code === 'too_big';
      const bound = Number(
        big ? (issue as { maximum: unknown }).maximum : (issue as { minimum: unknown }).minimum,
      );
      const strict = issue.inclusive === false;
      if (!big && issue.origin === 'string' && bound === 1)
        return { text: 'must not be empty', params: { empty: 1 } };
      if (issue.origin === 'number')
        return {
          text: `${shown(value)} is too ${big ? 'big' : 'small'}: ${strict ? (big ? 'less than' : 'more than') : big ? 'at most' : 'at least'} ${bound}`,
          params: {
            [big ? 'max' : 'min']: String(bound),
            origin: 'number',
            value: shown(value),
            strict: strict ? 1 : 0,
          },
        };
      const count = Array.isArray(value) ? value.length : String(value ?? '').length;
      const unit =
        issue.origin === 'string'
          ? count === 1
            ? 'character'
            : 'characters'
          : count === 1
            ? 'entry'
            : 'entries';
      return {
        text: `has ${count} ${unit}; ${big ? 'at most' : 'at least'} ${bound} ${big ? 'allowed' : 'needed'}`,
        params: { [big ? 'max' : 'min']: String(bound), origin: issue.origin, count },
      };
    }
    case 'invalid_format':
      return {
        text: `${shown(value)}: ${issue.message}`,
        params: { value: shown(value), format: formatOf(String(issue.pattern ?? '')) },
      };
    case 'invalid_union': {
      const wants = [
        ...new Set(
          issue.errors.flatMap((e) =>
            e[0]?.code === 'invalid_type' ? [WANT[e[0].expected] ?? e[0].expected] : [],
          ),
        ),
      ];
      return wants.length > 0
        ? { text: `expected ${wants.join(' or ')}`, params: { wants: wants.join('\n') } }
        : { text: 'is not in any form this key takes', params: { form: 1 } };
    }
    default:
      return { text: issue.message, params: {} };
  }
}

const WANT: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a mapping',
  number: 'a number',
  boolean: 'true or false',
};

/** Which of the schema's text patterns a value failed (for wording the rule in other languages). */
function formatOf(pattern: string): string {
  if (pattern.includes('a-z0-9][a-z0-9-]')) return 'slug';
  if (pattern.includes('A-Za-z0-9_-')) return 'key';
  return 'other';
}

/** The keys allowed where an unknown key was found, at any depth, for "did you mean". */
function knownKeysAt(path: readonly PathKey[], root: unknown): string[] {
  let schema: z.ZodType | undefined = DrillSet;
  for (let i = 0; i <= path.length && schema; i++) {
    schema = unwrap(schema, valueAt(root, path.slice(0, i)));
    if (i === path.length) break;
    const def = (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
    schema =
      def.type === 'object'
        ? def.shape?.[String(path[i])]
        : def.type === 'array'
          ? def.element
          : undefined;
  }
  const def = schema && (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
  if (def?.type === 'union')
    return [
      ...new Set(
        (def.options ?? []).flatMap((o) =>
          Object.keys((o as unknown as { _zod: { def: SchemaDef } })._zod.def.shape ?? {}),
        ),
      ),
    ];
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
}

/** Past defaults and optionals; a union to the option that fits the value (by its kind). */
function unwrap(schema: z.ZodType, value: unknown): z.ZodType {
  let s = schema;
  for (;;) {
    const def = (s as unknown as { _zod: { def: SchemaDef } })._zod.def;
    if (def.innerType) s = def.innerType;
    else if (def.type === 'union' && def.options) {
      const objects = def.options.filter(
        (o) => (o as unknown as { _zod: { def: SchemaDef } })._zod.def.type === 'object',
      );
      const d = def.discriminator;
      const wanted = d ? valueAt(value, [d]) : undefined;
      const fits = d
        ? objects.find((o) => {
            const lit = (o as unknown as { _zod: { def: SchemaDef } })._zod.def.shape?.[d];
            return (lit as unknown as { value?: unknown } | undefined)?.value === wanted;
          })
        : undefined;
      if (!fits && d) return s;
      const next = fits ?? objects[0];
      if (!next) return s;
      s = next;
    } else return s;
  }
}

/** A wrong value as the message shows it: JSON, cut short (a whole file can be one string). */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

export function valueAt(root: unknown, path: readonly PathKey[]): unknown {
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
