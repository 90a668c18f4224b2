import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { InStream } from '../../commands/context.js';
import { readTextFile } from '../../drills/set-files.js';
import { MAX_YAML_BYTES } from '../../drills/yaml-source.js';
import { CliError } from '../../errors.js';
import type { SheetInput } from './assess-sheet.js';

const SHEET_FILE = /\.(ya?ml|json)$/i;
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

/** `--answers`: one file, a directory of sheets (one per trainee, top level only), or "-" for stdin. */
export function openSheetInputs(answers: string, cwd: string, stdin: InStream): SheetInputs {
  if (answers === '-') return { total: 1, sheets: once(readStdin(stdin)) };
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
  if (!isDir) return { total: 1, sheets: once(Promise.resolve(readOne(answers, path))) };
  const names = readdirSync(path, { withFileTypes: true })
    .filter((e) => e.isFile() && SHEET_FILE.test(e.name) && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
  if (names.length === 0) {
    throw new CliError({
      code: 'no-sheets',
      file: answers,
      message: 'no answer sheets (*.yaml, *.yml, *.json) in this directory',
      hint: 'write one per trainee with `cs-drill template <set> --out <dir>/<name>.yaml`',
    });
  }
  return {
    total: names.length,
    sheets: (async function* () {
      for (const name of names) yield readOne(join(answers, name), join(path, name));
    })(),
  };
}

/** Shown as given on the command line (relative stays relative); read from the resolved path. */
function readOne(label: string, path: string): SheetInput {
  try {
    return { file: label, text: readTextFile(path) };
  } catch (error) {
    if (error instanceof CliError)
      return { file: label, problems: error.problems.map((p) => ({ ...p, file: label })) };
    // One unreadable sheet (no permission) is skipped and reported; the class is still scored.
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    return {
      file: label,
      problems: [{ code: 'unreadable-file', file: label, message: `cannot read: ${code}` }],
    };
  }
}

async function readStdin(stdin: InStream): Promise<SheetInput> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_YAML_BYTES) {
      return {
        file: STDIN_LABEL,
        problems: [
          {
            code: 'file-too-large',
            file: STDIN_LABEL,
            message: `the sheet on standard input is larger than ${MAX_YAML_BYTES / 1024 / 1024} MB`,
          },
        ],
      };
    }
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString('utf8');
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
  return { file: STDIN_LABEL, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

async function* once(input: Promise<SheetInput>): AsyncIterable<SheetInput> {
  yield await input;
}
