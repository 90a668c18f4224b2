import { createHash } from 'node:crypto';
import { type CsvRowSheet, csvRowSheet } from '../../answers/sheet-csv.js';
import { type CheckedSheet, checkSheet, parseSheet } from '../../answers/sheet-parse.js';
import { sheetSource } from '../../answers/sheet-source.js';
import type { LoadedSet } from '../../drills/parse-set.js';
import type { Problem } from '../../errors.js';
import type { FreeTextJudge } from '../../judge/types.js';
import { normaliseName } from '../../session/name.js';
import type { SessionRecord } from '../../session/record.js';
import { runSession } from '../../session/run-session.js';
import { type SheetInput, sheetText } from './read-inputs.js';

export type SheetOutcome =
  | {
      kind: 'scored';
      file: string;
      record: SessionRecord;
      loaded: LoadedSet;
      missing: string[];
      /** Answers that could not be read: scored zero, each with where it is and how to write it. */
      invalid: Problem[];
      warnings: Problem[];
      /** The name as the sheet spells it, when that is not its normal form (record.user). */
      written?: string;
    }
  | { kind: 'skipped'; file: string; problems: Problem[] };

export interface AssessDeps {
  /** The version of the set a sheet is for (by the sheet's `lang`), with a warning if it had to fall back. */
  setFor(lang: string | undefined): { loaded: LoadedSet; warning?: string };
  /** The judge, or its loader (called only when a sheet reaches a free-text item). */
  judge: FreeTextJudge | (() => Promise<FreeTextJudge>);
  now: () => Date;
  newId: () => string;
  passMark?: number;
  /** Who the sheet belongs to when it names no one (a file's name), if anyone. */
  defaultName(file: string): string | undefined;
  /** Stops reading a sheet that never ends (a FIFO) on Ctrl-C or SIGTERM. */
  signal?: AbortSignal;
}

/** A sheet read and checked against its set, ready to score (or why it cannot be). */
export type ReadSheet =
  | {
      kind: 'read';
      file: string;
      loaded: LoadedSet;
      name: string;
      written?: string;
      checked: CheckedSheet;
      warnings: Problem[];
    }
  | Extract<SheetOutcome, { kind: 'skipped' }>;

/** Checks one sheet's text, without scoring it (`assess --check` stops here). */
export function checkSheetInput(
  input: Exclude<SheetInput, { path: string }>,
  deps: Pick<AssessDeps, 'setFor' | 'defaultName'>,
): ReadSheet {
  const { file } = input;
  if ('problems' in input) return { kind: 'skipped', file, problems: input.problems };
  const parsed =
    'csv' in input
      ? { ok: true as const, sheet: csvRowSheet(input.csv) }
      : parseSheet(input.text, file);
  if (!parsed.ok) return { kind: 'skipped', file, problems: parsed.problems };
  const raw = parsed.sheet;
  // Where problems point: the sheet's own file (a spreadsheet row's, not "class.csv:3").
  const at = raw.file;
  const { loaded, warning } = deps.setFor(raw.lang);
  const checked = checkSheet(raw, loaded);
  if (!checked.ok) return { kind: 'skipped', file, problems: checked.problems };
  const warnings = [...checked.sheet.warnings];
  if (warning)
    warnings.push({
      code: 'lang-fallback',
      file: at,
      ...raw.locate(['lang']),
      message: warning,
      params: { set: loaded.set.id, wanted: raw.lang ?? '', used: loaded.set.lang },
    });
  let name = raw.name;
  if (!name) {
    // A spreadsheet row without a name is no one's: the file's name is the whole class's.
    name = 'csv' in input ? undefined : deps.defaultName(file);
    if (!name) {
      return {
        kind: 'skipped',
        file,
        problems: [
          {
            code: 'missing-name',
            file: at,
            ...raw.locate(['name']),
            message: 'the sheet does not say whose it is',
            ...('csv' in input ? nameCell(input.csv) : { hint: 'fill in `name:`' }),
          },
          ...checked.sheet.invalid,
        ],
      };
    }
    warnings.push({
      code: 'missing-name',
      file: at,
      ...raw.locate(['name']),
      message: `no name in the sheet; using "${name}" from the file name`,
    });
  }
  // Names go into history and reports, like --user: one spelling per person.
  const plain = normaliseName(name);
  if (!plain.ok) {
    return {
      kind: 'skipped',
      file,
      problems: [
        {
          code: 'invalid-name',
          file: at,
          ...raw.locate(['name']),
          message: `the name is not usable: ${plain.message}`,
          hint: plain.hint,
        },
        ...checked.sheet.invalid,
      ],
    };
  }
  return {
    kind: 'read',
    file,
    loaded,
    name: plain.name,
    ...(plain.name === name ? {} : { written: name }),
    checked: checked.sheet,
    warnings,
  };
}

/** Reads, checks and scores one sheet through runSession: the same path as the interactive quiz. */
export async function assessSheet(unread: SheetInput, deps: AssessDeps): Promise<SheetOutcome> {
  const input = await sheetText(unread, deps.signal);
  const read = checkSheetInput(input, deps);
  if (read.kind === 'skipped') return read;
  const { file, loaded, name, written, checked, warnings } = read;
  const record = await runSession({
    loaded,
    items: loaded.set.items,
    source: sheetSource(checked.answers),
    judge: deps.judge,
    mode: 'batch',
    user: name,
    id: deps.newId(),
    now: deps.now,
    ...(deps.passMark !== undefined ? { passMark: deps.passMark } : {}),
  });
  record.sheetHash = sheetHash(
    'text' in input ? input.text : 'csv' in input ? input.csv.cells.join('\u0000') : '',
  );
  return {
    kind: 'scored',
    file,
    record,
    loaded,
    missing: checked.missing,
    invalid: checked.invalid,
    warnings,
    ...(written !== undefined ? { written } : {}),
  };
}

/** What makes a sheet the same sheet: its text (a re-run of `assess --record` on it is noticed). */
export function sheetHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** A spreadsheet row's name goes into a cell: the hint names its column and row, as the trainer sees them. */
function nameCell(row: CsvRowSheet): Pick<Problem, 'hint' | 'params'> {
  const column = row.header[row.nameCol] ?? 'name';
  return {
    hint: `write the trainee's name in the "${column}" column of row ${row.row}`,
    params: { column, row: row.row },
  };
}
