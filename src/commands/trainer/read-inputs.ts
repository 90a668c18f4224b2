import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { type CsvRowSheet, csvSheets } from '../../answers/sheet-csv.js';
import { MAX_YAML_BYTES } from '../../drills/yaml-source.js';
import { CliError, EXIT, type Problem } from '../../errors.js';
import type { InStream } from '../../shell/context.js';
import { readTextFileSync, readTextPath, readTextStream } from '../../shell/text-input.js';

const SHEET_FILE = /\.(ya?ml|json|csv)$/i;
const CSV_FILE = /\.csv$/i;
export const STDIN_LABEL = '<stdin>';

export interface SheetInputs {
  /** How many sheets there are, when known before reading them (a directory's files). */
  total: number;
  /** The sheets one at a time: a directory of any size is never read whole. */
  sheets: AsyncIterable<SheetInput>;
}

/** The trainee's name when a sheet names no one: the file's name without extension. */
export function defaultNameFor(file: string): string | undefined {
  return file === STDIN_LABEL ? undefined : basename(file, extname(file));
}

/**
 * `--answers`: one file, a directory of sheets (one per trainee, top level only), or "-" for
 * stdin. A directory's sheets are handed out unread: whoever scores one reads it.
 */
export function openSheetInputs(
  answers: string,
  cwd: string,
  stdin: InStream,
  signal?: AbortSignal,
): SheetInputs {
  if (answers === '-') return { total: 1, sheets: once(readStdin(stdin, signal)) };
  const path = resolve(cwd, answers);
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (error) {
    throw new CliError({
      code: 'file-not-found',
      file: answers,
      message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      hint: 'give an answer sheet, a directory of sheets, or - for standard input',
    });
  }
  if (!isDir && CSV_FILE.test(path)) {
    const rows = csvInputs(answers, path);
    return { total: rows.length, sheets: listed(rows) };
  }
  if (!isDir) return { total: 1, sheets: once(readSheet(answers, path, signal)) };
  const names = readdirSync(path, { withFileTypes: true })
    // Links are read like files (a link to nothing is reported as that sheet's problem).
    .filter(
      (e) =>
        (e.isFile() || e.isSymbolicLink()) && SHEET_FILE.test(e.name) && !e.name.startsWith('.'),
    )
    .map((e) => e.name)
    .sort();
  if (names.length === 0) {
    throw new CliError({
      code: 'no-sheets',
      file: answers,
      message: 'no answer sheets (*.yaml, *.yml, *.json, *.csv) in this directory',
      hint: 'write one per trainee with `cs-drill template <set> --out <dir>/<name>.yaml`',
    });
  }
  // A spreadsheet holds a class: it is read here, whole, and handed out one row per trainee.
  const inputs = names.flatMap((name): SheetInput[] =>
    CSV_FILE.test(name)
      ? csvInputs(join(answers, name), join(path, name))
      : [{ file: join(answers, name), path: join(path, name) }],
  );
  return { total: inputs.length, sheets: listed(inputs) };
}

/** A CSV sheet's rows, one input per trainee (labelled file:row), or why it cannot be read. */
function csvInputs(label: string, path: string): SheetInput[] {
  let text: string;
  try {
    text = readTextFileSync(path, MAX_YAML_BYTES);
  } catch (error) {
    if (error instanceof CliError) return [{ file: label, problems: error.problems }];
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    return [
      {
        file: label,
        problems: [{ code: 'unreadable-file', file: label, message: `cannot read: ${code}` }],
      },
    ];
  }
  const read = csvSheets(text, label);
  if (!read.ok) return [{ file: label, problems: read.problems }];
  return read.rows.map((csv) => ({ file: `${label}:${csv.row}`, csv }));
}

async function* listed(inputs: SheetInput[]): AsyncIterable<SheetInput> {
  yield* inputs;
}

/** Shown as given on the command line (relative stays relative); read from the resolved path. */
export async function readSheet(
  label: string,
  path: string,
  signal?: AbortSignal,
): Promise<Exclude<SheetInput, { path: string }>> {
  try {
    return { file: label, text: await readTextPath(path, label, MAX_YAML_BYTES, signal) };
  } catch (error) {
    if (error instanceof CliError && error.exitCode === EXIT.invalid)
      return {
        file: label,
        problems: error.problems.map((p) => ({ ...p, file: p.file ?? label })),
      };
    if (error instanceof CliError) throw error;
    // One unreadable sheet (no permission) is skipped and reported; the class is still scored.
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    return {
      file: label,
      problems: [{ code: 'unreadable-file', file: label, message: `cannot read: ${code}` }],
    };
  }
}

async function readStdin(stdin: InStream, signal?: AbortSignal): Promise<SheetInput> {
  let text: string;
  try {
    text = await readTextStream(stdin, STDIN_LABEL, MAX_YAML_BYTES, signal);
  } catch (error) {
    if (error instanceof CliError && error.exitCode === EXIT.invalid)
      return { file: STDIN_LABEL, problems: error.problems };
    throw error;
  }
  if (text.trim() === '')
    return {
      file: STDIN_LABEL,
      problems: [
        {
          code: 'empty-input',
          file: STDIN_LABEL,
          message: 'nothing came in on standard input',
          hint: 'pipe a sheet in: `cs-drill assess <set> --answers - < sheet.yaml`',
        },
      ],
    };
  return { file: STDIN_LABEL, text };
}

async function* once(input: Promise<SheetInput>): AsyncIterable<SheetInput> {
  yield await input;
}

/**
 * One sheet's text, or why it could not be read; or a sheet file still to be read, by the
 * thread that scores it (a worker reads its own sheets, in parallel with the others).
 */
export type SheetInput =
  | { file: string; text: string }
  | { file: string; problems: Problem[] }
  | { file: string; path: string }
  /** One trainee's row of a spreadsheet sheet (file is "class.csv:3"). */
  | { file: string; csv: CsvRowSheet };

/** A sheet's text, from its file when only the path was handed over. */
export async function sheetText(
  unread: SheetInput,
  signal?: AbortSignal,
): Promise<Exclude<SheetInput, { path: string }>> {
  return 'path' in unread ? readSheet(unread.file, unread.path, signal) : unread;
}
