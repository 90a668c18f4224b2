import { nearNames } from '../drills/near.js';
import type { LoadedSet } from '../drills/parse-set.js';
import { quoted } from '../drills/quote.js';
import {
  MAX_YAML_BYTES,
  type PathKey,
  parseYaml,
  type YamlParse,
  type YamlSource,
} from '../drills/yaml-source.js';
import type { Problem } from '../errors.js';
import type { Answer } from '../session/answer.js';
import { scanJson } from './json-positions.js';
import { readSheetAnswer } from './sheet-answer.js';
import { isEmptySlot, SHEET_FORMAT, SHEET_KEYS } from './sheet-format.js';
import { readSimpleSheet } from './sheet-lines.js';
import { quoteColonAnswers } from './sheet-repair.js';

/** A sheet read as data, before it is checked against a set. */
export interface RawSheet {
  file: string;
  name?: string;
  setId?: string;
  lang?: string;
  hash?: string;
  answers: Record<string, unknown>;
  /** The key the answers are under, as written ("Answers", "answer"). */
  answersKey?: string;
  /** What was read forgivingly (a key in another case, a repaired line). */
  warnings?: Problem[];
  /** A spreadsheet row: each answer is a cell, and fixes are worded for a cell. */
  cells?: true;
  /** Line and column of a path in the sheet (computed only when a problem needs it). */
  locate(path: readonly PathKey[], which?: 'value' | 'key'): { line: number; col: number };
}

export type RawSheetParse = { ok: true; sheet: RawSheet } | { ok: false; problems: Problem[] };

/**
 * A drill set lying among the sheets (the set they are for), or results written beside them:
 * left out, not a sheet to fix.
 */
export function isSetAmongSheets(problems: readonly Problem[]): boolean {
  const code = problems.length === 1 ? problems[0]?.code : undefined;
  return code === 'set-among-sheets' || code === 'results-among-sheets';
}

/** The answers of a sheet that fits its set, in the shapes scoring takes. */
export interface CheckedSheet {
  answers: Map<string, Answer>;
  /** Items with an empty or absent slot: they score zero. */
  missing: string[];
  /** Answers that cannot be read, one problem each (file:line and how to write it): they score zero. */
  invalid: Problem[];
  /** Things worth saying that do not stop the sheet being scored. */
  warnings: Problem[];
}

export type SheetCheck = { ok: true; sheet: CheckedSheet } | { ok: false; problems: Problem[] };

/**
 * Reads a sheet's text (YAML, or JSON, which YAML reads too). Pure. JSON sheets take a fast
 * path; one linear scan finds their duplicate keys and the positions of their problems.
 * Sheets shaped like the template's take another (readSimpleSheet), with the same value.
 */
export function parseSheet(text: string, file: string): RawSheetParse {
  let value: unknown;
  let locate: RawSheet['locate'] | undefined;
  const repairs: Problem[] = [];
  const fast = text.trimStart().startsWith('{') ? tryJson(text) : undefined;
  const simple =
    fast === undefined && text.length <= MAX_YAML_BYTES ? readSimpleSheet(text) : undefined;
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
  } else if (simple !== undefined) {
    // A sheet as the template writes it: read without the YAML parser, which is asked for
    // positions only when a problem needs one (the text is valid YAML, so it answers).
    value = simple;
    let full: YamlSource | undefined;
    locate = (path, which) => {
      full ??= (parseYaml(text, file) as Extract<YamlParse, { ok: true }>).source;
      return full.positionOf(path, which);
    };
  } else {
    let parsed = parseYaml(text, file);
    const repaired = parsed.ok ? undefined : quoteColonAnswers(text, parsed.problems, file);
    if (repaired) {
      const again = parseYaml(repaired.text, file);
      if (again.ok) {
        parsed = again;
        repairs.push(...repaired.warnings);
      }
    }
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
  const keys = Object.keys(value).map((k) => k.trim().toLowerCase());
  if (keys.includes('items') && !keys.includes('answers'))
    return {
      ok: false,
      problems: [
        {
          code: 'set-among-sheets',
          ...at([]),
          message: 'this is a drill set, not an answer sheet',
          hint: 'a folder of sheets may hold the set they are for: it is left out',
        },
      ],
    };
  const problems: Problem[] = [];
  const warnings: Problem[] = [...repairs];
  const top = readTopKeys(value, at, warnings);
  if (top.values.sheet !== undefined && top.values.sheet !== SHEET_FORMAT) {
    problems.push({
      code: 'sheet-format',
      ...at([top.keyOf.sheet ?? 'sheet']),
      message: `sheet format ${String(top.values.sheet)} is not one this cs-drill reads (${SHEET_FORMAT})`,
      hint: HINT.template,
    });
  }
  const text_ = (key: SheetKey): string | undefined => {
    const v = top.values[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
    problems.push({
      code: 'invalid-value',
      ...at([top.keyOf[key] ?? key]),
      message: `${key}: expected text`,
      params: { where: key, expected: 'string', got: Array.isArray(v) ? 'array' : typeof v },
    });
    return undefined;
  };
  const header = {
    name: text_('name'),
    setId: text_('set'),
    lang: text_('lang'),
    hash: text_('hash'),
  };
  const answers = top.values.answers;
  const answersKey = top.keyOf.answers ?? 'answers';
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
      ...at([answersKey]),
      message: 'answers: expected one "item-id: answer" line per item',
      hint: HINT.template,
      params: {
        where: 'answers',
        expected: 'object',
        got: Array.isArray(answers) ? 'array' : typeof answers,
      },
    });
  }
  if (problems.length > 0) return { ok: false, problems: [...problems, ...warnings] };
  return {
    ok: true,
    sheet: {
      file,
      ...header,
      answers: answers as Record<string, unknown>,
      answersKey,
      warnings,
      locate,
    },
  };
}

type SheetKey = (typeof SHEET_KEYS)[number];

/**
 * The top-level keys, read forgivingly: any case, spaces around them, and a slip of the keyboard
 * ("answer", "nmae") read as the key it is nearest to, with a warning. Other keys are ignored
 * with a warning. Own keys only (a "__proto__" key is just an unknown key).
 */
function readTopKeys(
  value: Record<string, unknown>,
  at: (path: readonly PathKey[], which?: 'value' | 'key') => Omit<Problem, 'code' | 'message'>,
  warnings: Problem[],
): { values: Partial<Record<SheetKey, unknown>>; keyOf: Partial<Record<SheetKey, string>> } {
  const values: Partial<Record<SheetKey, unknown>> = {};
  const keyOf: Partial<Record<SheetKey, string>> = {};
  const known = SHEET_KEYS as readonly string[];
  const unknown: string[] = [];
  for (const written of Object.keys(value)) {
    const key = written.trim().toLowerCase();
    if (known.includes(key) && keyOf[key as SheetKey] === undefined) {
      values[key as SheetKey] = value[written];
      keyOf[key as SheetKey] = written;
    } else unknown.push(written);
  }
  for (const written of unknown) {
    const near = nearNames(written, known).filter((k) => keyOf[k as SheetKey] === undefined);
    const guess = near.length === 1 ? (near[0] as SheetKey) : undefined;
    if (guess) {
      values[guess] = value[written];
      keyOf[guess] = written;
    }
    warnings.push({
      code: guess ? 'key-guessed' : 'unknown-key',
      ...at([written], 'key'),
      message: guess
        ? `read ${quoted(written)} as "${guess}"`
        : `unknown key ${quoted(written)} ignored`,
      hint: guess ? `write "${guess}:"` : `a sheet has ${SHEET_KEYS.join(', ')}`,
      params: guess ? { key: written, guess } : { keys: quoted(written), sheet: 1 },
    });
  }
  return { values, keyOf };
}

/**
 * Checks every answer of a sheet against its set. Forgiving about how an answer is written
 * (see readSheetAnswer) and about item ids (any case; a typo read as the one unanswered item it
 * is nearest to, with a warning); an answer that is still wrong makes that item invalid (it
 * scores zero) and is listed with its line and how to write it; the rest of the sheet is scored.
 * Only a sheet for another set is refused.
 */
export function checkSheet(sheet: RawSheet, loaded: LoadedSet): SheetCheck {
  const { set, hash } = loaded;
  const file = sheet.file;
  const at = (path: readonly PathKey[], which?: 'value' | 'key') => ({
    file,
    ...sheet.locate(path, which),
  });
  // A sheet that names its set by a file path (`set: ./my-set.yaml`) was scored with that file.
  const namesFile = sheet.setId !== undefined && /[/\\]|\.ya?ml$/i.test(sheet.setId);
  if (
    sheet.setId !== undefined &&
    !namesFile &&
    sheet.setId.toLowerCase() !== set.id.toLowerCase()
  ) {
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
          params: { sheetSet: sheet.setId, set: set.id },
        },
      ],
    };
  }
  const warnings: Problem[] = [...(sheet.warnings ?? [])];
  const invalid: Problem[] = [];
  const answersPath = (written: string): PathKey[] => [sheet.answersKey ?? 'answers', written];
  // Which written key answers which item: exact ids first, then any case, then near misses.
  const byLower = new Map(set.items.map((item) => [item.id.toLowerCase(), item.id]));
  const writtenFor = new Map<string, string>();
  const strays: string[] = [];
  for (const written of Object.keys(sheet.answers)) {
    const id = byLower.get(written.trim().toLowerCase());
    if (id !== undefined && !writtenFor.has(id)) writtenFor.set(id, written);
    else if (id !== undefined)
      warnings.push({
        code: 'duplicate-item',
        ...at(answersPath(written), 'key'),
        message: `item "${id}" is answered twice; the first answer is scored`,
        hint: 'keep one of them',
        params: { item: id },
      });
    else strays.push(written);
  }
  for (const written of strays) {
    const free = set.items.map((i) => i.id).filter((id) => !writtenFor.has(id));
    const near = nearNames(written, free);
    const guess = near.length === 1 ? near[0] : undefined;
    if (guess !== undefined) writtenFor.set(guess, written);
    warnings.push({
      code: guess !== undefined ? 'item-guessed' : 'unknown-item',
      ...at(answersPath(written), 'key'),
      message:
        guess !== undefined
          ? `item ${quoted(written)} is not in set "${set.id}"; read as "${guess}"`
          : `item ${quoted(written)} is not in set "${set.id}"; its answer is not scored`,
      hint:
        guess !== undefined
          ? `write "${guess}:"`
          : near.length > 0
            ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`
            : `check the spelling; the set's items are ${set.items.map((i) => i.id).join(', ')}`,
      params: {
        item: written,
        set: set.id,
        ...(guess !== undefined ? { guess } : {}),
        ...(near.length > 0 && guess === undefined ? { near: near.join('\n') } : {}),
      },
    });
  }
  const answers = new Map<string, Answer>();
  const missing: string[] = [];
  for (const item of set.items) {
    const written = writtenFor.get(item.id);
    // Own keys only: an item id such as "constructor" must not find Object.prototype's.
    const raw =
      written !== undefined && Object.hasOwn(sheet.answers, written)
        ? sheet.answers[written]
        : undefined;
    if (isEmptySlot(raw)) {
      missing.push(item.id);
      continue;
    }
    const read = readSheetAnswer(item, raw, sheet.cells === true);
    if (read.ok) answers.set(item.id, read.answer);
    else
      invalid.push({
        code: read.fault.code,
        ...at(answersPath(written ?? item.id)),
        message: read.fault.message,
        hint: read.fault.hint,
        params: read.fault.params,
      });
  }
  if (sheet.hash !== undefined && sheet.hash !== hash) {
    warnings.push({
      code: 'set-changed',
      ...at(['hash']),
      message: `the sheet was made for another version of "${set.id}" (hash ${sheet.hash}, now ${hash}); answers were checked against the current one`,
      params: { set: set.id, sheetHash: sheet.hash, hash },
    });
  }
  const byLine = (a: Problem, b: Problem) => (a.line ?? 0) - (b.line ?? 0);
  return {
    ok: true,
    sheet: { answers, missing, invalid: invalid.sort(byLine), warnings: warnings.sort(byLine) },
  };
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
