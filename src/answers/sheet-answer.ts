import type { Item } from '../drills/schema.js';
import { type Answer, checkAnswerShape } from '../session/answer.js';

/** Why one answer on a sheet cannot be scored: a stable code, English words, and the parts to word it again. */
export interface AnswerFault {
  code: 'not-an-option' | 'repeated-key' | 'wrong-count' | 'out-of-range' | 'wrong-shape';
  message: string;
  hint: string;
  params: Record<string, string | number>;
}

export type SheetAnswer = { ok: true; answer: Answer } | { ok: false; fault: AnswerFault };

/**
 * Reads one answer the way a person wrote it: keys and category names in any case and with
 * spaces around them, a list written as `a, c` without brackets, a category by its name
 * ("Fact") as well as its key, ratings written as text. What is still wrong is named
 * precisely (which value, which keys are allowed, how to write it) for the trainer and trainee.
 * Pure.
 */
export function readSheetAnswer(item: Item, raw: unknown, inCell = false): SheetAnswer {
  const read = readAnswer(item, raw);
  if (read.ok || !inCell) return read;
  // A spreadsheet cell has no brackets, quotes or "- ": the fix is worded for the cell.
  const params = { ...read.fault.params, cell: 1 };
  return { ok: false, fault: { ...read.fault, hint: cellHint(item), params } };
}

function readAnswer(item: Item, raw: unknown): SheetAnswer {
  switch (item.kind) {
    case 'choice': {
      const keys = item.options;
      const one = Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
      if (Array.isArray(one) || typeof one === 'object')
        return fault(item, 'wrong-shape', { expected: 'one key' }, hints.choice(keys));
      const key = matchKey(String(one), keys);
      if (key === undefined)
        return fault(item, 'not-an-option', { value: String(one).trim() }, hints.choice(keys));
      return shaped(item, key, hints.choice(keys));
    }
    case 'multi':
    case 'order': {
      const keys = item.kind === 'multi' ? item.options : item.steps;
      const hint = item.kind === 'multi' ? hints.multi(keys) : hints.order(keys);
      const list = asList(raw);
      if (!list) return fault(item, 'wrong-shape', { expected: 'a list of keys' }, hint);
      const picked: string[] = [];
      for (const v of list) {
        const key = matchKey(v, keys);
        if (key === undefined) return fault(item, 'not-an-option', { value: v.trim() }, hint);
        if (picked.includes(key)) return fault(item, 'repeated-key', { value: key }, hint);
        picked.push(key);
      }
      if (item.kind === 'order' && picked.length !== keys.length)
        return fault(item, 'wrong-count', { expected: keys.length, got: picked.length }, hint);
      return shaped(item, picked, hint);
    }
    case 'classify': {
      const hint = hints.classify(item.categories);
      const list = onePerStatement(item, raw, 'a list of categories', hint);
      if (!Array.isArray(list)) return list;
      const cats: string[] = [];
      for (const v of list) {
        const key = matchKey(v, item.categories) ?? matchText(v, item.categories);
        if (key === undefined) return fault(item, 'not-an-option', { value: v.trim() }, hint);
        cats.push(key);
      }
      return shaped(item, cats, hint);
    }
    case 'scale': {
      const { min, max } = item.scale;
      const hint = hints.scale(min, max);
      const list = onePerStatement(item, raw, 'a list of ratings', hint);
      if (!Array.isArray(list)) return list;
      const ratings: number[] = [];
      for (const v of list) {
        const n = Number(v.trim());
        if (v.trim() === '' || !Number.isInteger(n) || n < min || n > max)
          return fault(item, 'out-of-range', { value: v.trim(), min, max }, hint);
        ratings.push(n);
      }
      return shaped(item, ratings, hint);
    }
    case 'ask':
    case 'paraphrase':
    case 'rewrite':
      // Free text that YAML read as a number or true/false is still what the trainee wrote;
      // a "|" block ends in a newline the prompt would never have given.
      if (typeof raw === 'number' || typeof raw === 'boolean') return shaped(item, String(raw), '');
      if (typeof raw !== 'string')
        return fault(item, 'wrong-shape', { expected: 'text' }, hints.text);
      return shaped(item, raw.trim(), hints.text);
    case 'roleplay':
      // A spreadsheet cell holds the replies one per line.
      return shaped(
        item,
        typeof raw === 'string'
          ? raw
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean)
          : raw,
        hints.roleplay,
      );
  }
}

const hints = {
  choice: (keys: Keyed) => `write one key: ${keyList(keys)}`,
  multi: (keys: Keyed) => `write the keys that apply, e.g. [${keyList(keys.slice(0, 2))}]`,
  order: (keys: Keyed) => `write all ${keys.length} keys in order: [${keyList(keys)}] rearranged`,
  classify: (cats: Keyed) => `one category per statement, each one of ${keyList(cats)}`,
  scale: (min: number, max: number) => `one whole number from ${min} to ${max} per statement`,
  text: 'write the answer as text, in quotes',
  roleplay: 'one reply per line, each starting with "- "',
};

function cellHint(item: Item): string {
  switch (item.kind) {
    case 'choice':
      return hints.choice(item.options);
    case 'multi':
      return `type the keys that apply, separated by commas, e.g. ${keyList(item.options.slice(0, 2))}`;
    case 'order':
      return `type all ${item.steps.length} keys (${keyList(item.steps)}) in the right order, separated by commas`;
    case 'classify':
      return `${hints.classify(item.categories)}, separated by commas in the order of the statements`;
    case 'scale':
      return `${hints.scale(item.scale.min, item.scale.max)}, separated by commas`;
    case 'roleplay':
      return 'one reply per line within the cell';
    default:
      return 'type the answer into the cell as it is';
  }
}

type Keyed = readonly { key: string; text?: string }[];

const keyList = (keys: Keyed) => keys.map((k) => k.key).join(', ');

const SEPARATOR = /[,，、;；]/u;

/** A list as written: a YAML list, or one line of keys separated by commas (ASCII or Chinese). */
function asList(raw: unknown, keepEmpty = false): string[] | undefined {
  if (typeof raw === 'string') {
    const inner = raw.replace(/^\s*\[|\]\s*$/g, '');
    const parts = SEPARATOR.test(inner) ? inner.split(SEPARATOR) : inner.trim().split(/\s+/);
    return parts.map((s) => s.trim()).filter((s) => s !== '');
  }
  if (typeof raw === 'number') return [String(raw)];
  if (!Array.isArray(raw)) return undefined;
  const list = raw.map((v) => (v === null || v === undefined ? '' : String(v)));
  return keepEmpty ? list : list.filter((s) => s.trim() !== '');
}

function matchKey(value: string, keys: Keyed): string | undefined {
  const v = value.trim().toLowerCase();
  return keys.find((k) => k.key.toLowerCase() === v)?.key;
}

function matchText(value: string, keys: Keyed): string | undefined {
  const v = value.trim().toLowerCase();
  return keys.find((k) => k.text?.trim().toLowerCase() === v)?.key;
}

/** The answers of a classify or scale item: one per statement, or why not. */
function onePerStatement(
  item: Extract<Item, { kind: 'classify' | 'scale' }>,
  raw: unknown,
  expected: string,
  hint: string,
): string[] | SheetAnswer {
  const list = asList(raw, true);
  if (!list) return fault(item, 'wrong-shape', { expected }, hint);
  if (list.length !== item.statements.length)
    return fault(item, 'wrong-count', { expected: item.statements.length, got: list.length }, hint);
  return list;
}

/** What the item takes, for wording the fix in any language. */
function keysOf(item: Item): Record<string, string | number> {
  switch (item.kind) {
    case 'choice':
    case 'multi':
      return { keys: keyList(item.options) };
    case 'order':
      return { keys: keyList(item.steps), count: item.steps.length };
    case 'classify':
      return { keys: keyList(item.categories), count: item.statements.length };
    case 'scale':
      return { min: item.scale.min, max: item.scale.max, count: item.statements.length };
    default:
      return {};
  }
}

/** The one shape check the prompts use too, as the last word. */
function shaped(item: Item, raw: unknown, hint: string): SheetAnswer {
  const checked = checkAnswerShape(item, raw);
  if (checked.ok) return { ok: true, answer: checked.answer };
  return {
    ok: false,
    fault: {
      code: 'wrong-shape',
      message: `item "${item.id}" (${item.kind}): ${checked.message}`,
      hint,
      params: { item: item.id, kind: item.kind, ...keysOf(item), reason: checked.message },
    },
  };
}

function fault(
  item: Item,
  code: Exclude<AnswerFault['code'], 'wrong-shape'> | 'wrong-shape',
  params: Record<string, string | number>,
  hint: string,
): SheetAnswer {
  const all = { item: item.id, kind: item.kind, ...keysOf(item), ...params };
  return { ok: false, fault: { code, message: FAULT_TEXT[code](all), hint, params: all } };
}

const FAULT_TEXT: Record<AnswerFault['code'], (p: Record<string, string | number>) => string> = {
  'not-an-option': (p) => `item "${p.item}": "${p.value}" is not one of its keys`,
  'repeated-key': (p) => `item "${p.item}": "${p.value}" is listed twice`,
  'wrong-count': (p) => `item "${p.item}": expected ${p.expected} answers, found ${p.got}`,
  'out-of-range': (p) =>
    `item "${p.item}": rating "${p.value}" is not a whole number from ${p.min} to ${p.max}`,
  'wrong-shape': (p) => `item "${p.item}" (${p.kind}): expected ${p.expected}`,
};
