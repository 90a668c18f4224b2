import { statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parseSheet } from '../../answers/sheet-parse.js';
import { CliError } from '../../errors.js';
import { looksLikePath } from '../../shell/catalogue.js';
import type { CommandContext } from '../../shell/context.js';
import { readSetFile } from '../../shell/set-files.js';
import { openSheetInputs, STDIN_LABEL, sheetText } from './read-inputs.js';
import type { AssessText } from './text.js';

/** How `assess` names its set: as given, or as the sheets name it (`set:`), with where to look. */
export interface SetChoice {
  /** An id or a path (a path named in a sheet is made absolute, beside that sheet). */
  name: string;
  /** A folder to look in when the id is not among the known sets: the sheets' own. */
  beside: string;
}

/**
 * The set to score with when the command names none: the one the sheets name. Sheets naming
 * different sets are refused with what to run instead (one run scores one set: its outputs —
 * JSON, JUnit, the report — describe one set).
 */
export async function setFromSheets(
  ctx: CommandContext,
  answers: string,
  T: AssessText,
): Promise<SetChoice> {
  const where = sheetsFolder(ctx.cwd, answers);
  if (answers === '-')
    throw new CliError({ code: 'no-set', message: T.sets.noneNamed, hint: T.sets.nameIt });
  const named = new Map<string, { name: string; files: string[] }>();
  for await (const input of openSheetInputs(answers, ctx.cwd, ctx.stdin, ctx.signal).sheets) {
    const read = await sheetText(input, ctx.signal);
    const set =
      'csv' in read
        ? read.csv.meta.set
        : 'text' in read
          ? (() => {
              const p = parseSheet(read.text, read.file);
              return p.ok ? p.sheet.setId : undefined;
            })()
          : undefined;
    if (set === undefined) continue;
    // A path in a sheet is the sheet's own: beside it, wherever assess runs.
    const file = 'csv' in read ? read.csv.file : read.file;
    const name =
      looksLikePath(set) && !isAbsolute(set) ? resolve(ctx.cwd, dirname(file), set) : set;
    // `set: my-set` and `set: ./my-set.yaml` beside it are one set: files are known by their id.
    const key = (looksLikePath(set) ? idInFile(name) : undefined) ?? set.toLowerCase();
    const entry = named.get(key) ?? { name, files: [] };
    if (looksLikePath(set)) entry.name = name;
    entry.files.push(file);
    named.set(key, entry);
  }
  const sets = [...named.values()];
  if (sets.length === 0)
    throw new CliError({ code: 'no-set', message: T.sets.noneNamed, hint: T.sets.nameIt });
  if (sets.length > 1)
    throw new CliError({
      code: 'several-sets',
      file: answers,
      message: T.sets.several(sets.map((s) => `${s.name} (${s.files.length})`).join(', ')),
      hint: T.sets.onePerRun(sets.map((s) => `cs-drill assess ${s.name} --answers ${answers}`)),
    });
  return { name: sets[0]!.name, beside: where };
}

function idInFile(file: string): string | undefined {
  const parsed = readSetFile(file);
  return parsed.ok ? parsed.loaded.set.id.toLowerCase() : undefined;
}

/** The folder the sheets are in: where a set they name by id may lie too. */
export function sheetsFolder(cwd: string, answers: string): string {
  if (answers === '-' || answers === STDIN_LABEL) return cwd;
  const path = resolve(cwd, answers);
  try {
    return statSync(path).isDirectory() ? path : dirname(path);
  } catch {
    return dirname(path);
  }
}
