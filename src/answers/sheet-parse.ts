import type { LoadedSet } from '../drills/parse-set.js';
import { quoted } from '../drills/quote.js';
import { type PathKey, parseYaml } from '../drills/yaml-source.js';
import type { Problem } from '../errors.js';
import { type Answer, checkAnswerShape } from '../session/answer.js';
import { scanJson } from './json-positions.js';
import { isEmptySlot, SHEET_FORMAT, SHEET_KEYS } from './sheet-format.js';

/** A sheet read as data, before it is checked against a set. */
export interface RawSheet {
  file: string;
  name?: string;
  setId?: string;
  lang?: string;
  hash?: string;
  answers: Record<string, unknown>;
  /** Line and column of a path in the sheet (computed only when a problem needs it). */
  locate(path: readonly PathKey[], which?: 'value' | 'key'): { line: number; col: number };
}

export type RawSheetParse = { ok: true; sheet: RawSheet } | { ok: false; problems: Problem[] };

/** The answers of a sheet that fits its set, in the shapes scoring takes. */
export interface CheckedSheet {
  answers: Map<string, Answer>;
  /** Items with an empty or absent slot: they score zero. */
  missing: string[];
  /** Things worth saying that do not stop the sheet being scored. */
  warnings: Problem[];
}

export type SheetCheck = { ok: true; sheet: CheckedSheet } | { ok: false; problems: Problem[] };

/**
 * Reads a sheet's text (YAML, or JSON, which YAML reads too). Pure. JSON sheets take a fast
 * path; one linear scan finds their duplicate keys and the positions of their problems.
 */
export function parseSheet(text: string, file: string): RawSheetParse {
  let value: unknown;
  let locate: RawSheet['locate'] | undefined;
  const fast = text.trimStart().startsWith('{') ? tryJson(text) : undefined;
  if (fast !== undefined) {
    value = fast;
    const scan = scanJson(text);
    if (scan.duplicates.length > 0)
      return {
        ok: false,
        problems: scan.duplicates.map((d) => ({
          code: 'duplicate-key',
          file,
          line: d.line,
          col: d.col,
          message: `key ${quoted(String(d.path[d.path.length - 1]))} is given twice (JSON would keep only the last)`,
          hint: 'keep one of them',
        })),
      };
    locate = scan.positionOf;
  } else {
    const parsed = parseYaml(text, file);
    if (!parsed.ok)
      return {
        ok: false,
        problems: parsed.problems.map((p) => ({ ...p, hint: p.hint ?? HINT.syntax })),
      };
    value = parsed.source.value;
    locate = parsed.source.positionOf;
  }
  const at = (path: readonly PathKey[], which?: 'value' | 'key') => ({
    file,
    ...locate(path, which),
  });
  if (!isMap(value)) {
    return {
      ok: false,
      problems: [
        {
          code: 'not-a-sheet',
          ...at([]),
          message: 'this is not an answer sheet (expected keys such as set, name and answers)',
          hint: HINT.template,
        },
      ],
    };
  }
  const problems: Problem[] = [];
  for (const key of Object.keys(value)) {
    if (!(SHEET_KEYS as readonly string[]).includes(key)) {
      problems.push({
        code: 'unknown-key',
        ...at([key], 'key'),
        message: `unknown key ${quoted(key)}`,
        hint: `a sheet has ${SHEET_KEYS.join(', ')}`,
      });
    }
  }
  if (value.sheet !== undefined && value.sheet !== SHEET_FORMAT) {
    problems.push({
      code: 'sheet-format',
      ...at(['sheet']),
      message: `sheet format ${String(value.sheet)} is not one this cs-drill reads (${SHEET_FORMAT})`,
      hint: HINT.template,
    });
  }
  const text_ = (key: string): string | undefined => {
    const v = value[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
    problems.push({ code: 'invalid-value', ...at([key]), message: `${key}: expected text` });
    return undefined;
  };
  const header = {
    name: text_('name'),
    setId: text_('set'),
    lang: text_('lang'),
    hash: text_('hash'),
  };
  const answers = value.answers;
  if (answers === undefined || answers === null) {
    problems.push({
      code: 'no-answers',
      ...at([]),
      message: 'the sheet has no "answers:" section',
      hint: HINT.template,
    });
  } else if (!isMap(answers)) {
    problems.push({
      code: 'invalid-value',
      ...at(['answers']),
      message: 'answers: expected one "item-id: answer" line per item',
      hint: HINT.template,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    sheet: { file, ...header, answers: answers as Record<string, unknown>, locate },
  };
}

/** Checks every answer of a sheet against the set with the one shape check the prompts use too. */
export function checkSheet(sheet: RawSheet, loaded: LoadedSet): SheetCheck {
  const { set, hash } = loaded;
  const file = sheet.file;
  const at = (path: readonly PathKey[], which?: 'value' | 'key') => ({
    file,
    ...sheet.locate(path, which),
  });
  if (sheet.setId !== undefined && sheet.setId !== set.id) {
    return {
      ok: false,
      problems: [
        {
          code: 'wrong-set',
          ...at(['set']),
          message: `this sheet is for set ${quoted(sheet.setId)}, not "${set.id}"`,
          hint: /^[a-z0-9][a-z0-9-]*$/.test(sheet.setId)
            ? `score it with \`cs-drill assess ${sheet.setId} --answers …\``
            : HINT.template,
        },
      ],
    };
  }
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const byId = new Map(set.items.map((item) => [item.id, item]));
  for (const id of Object.keys(sheet.answers)) {
    if (!byId.has(id)) {
      problems.push({
        code: 'unknown-item',
        ...at(['answers', id], 'key'),
        message: `item ${quoted(id)} is not in set "${set.id}"`,
        hint: `check the spelling; \`cs-drill template ${set.id}\` lists the items`,
      });
    }
  }
  const answers = new Map<string, Answer>();
  const missing: string[] = [];
  for (const item of set.items) {
    // Own keys only: an item id such as "constructor" must not find Object.prototype's.
    let raw = Object.hasOwn(sheet.answers, item.id) ? sheet.answers[item.id] : undefined;
    if (isEmptySlot(raw)) {
      missing.push(item.id);
      continue;
    }
    // Free text that YAML read as a number or true/false is still what the trainee wrote;
    // A "|" block ends in a newline the prompt would never have given.
    if (item.kind === 'ask' || item.kind === 'paraphrase' || item.kind === 'rewrite') {
      if (typeof raw === 'number' || typeof raw === 'boolean') raw = String(raw);
      if (typeof raw === 'string') raw = raw.trim();
    }
    const checked = checkAnswerShape(item, raw);
    if (checked.ok) answers.set(item.id, checked.answer);
    else
      problems.push({
        code: 'wrong-shape',
        ...at(['answers', item.id]),
        message: `item "${item.id}" (${item.kind}): ${checked.message}`,
      });
  }
  if (problems.length > 0)
    return { ok: false, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  if (sheet.hash !== undefined && sheet.hash !== hash) {
    warnings.push({
      code: 'set-changed',
      ...at(['hash']),
      message: `the sheet was made for another version of "${set.id}" (hash ${sheet.hash}, now ${hash}); answers were checked against the current one`,
    });
  }
  return { ok: true, sheet: { answers, missing, warnings } };
}

const HINT = {
  syntax: 'fix the syntax here; `cs-drill template <set>` writes a fresh sheet to compare with',
  template: '`cs-drill template <set>` writes an empty sheet to start from',
};

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
