import { closeSync } from 'node:fs';
import type { Problem } from '../errors.js';
import type { SessionRecord } from '../session/record.js';
import { appendLines } from './append.js';
import { MAX_LINE_BYTES, readTextLines, type TextLine } from './lines.js';
import { type DataOwner, dataOwner } from './location.js';
import { parseRecordLine } from './parse-record.js';
import { applyRegrades, readRegrades, regradesFileFor } from './regrades.js';
import { openForRead, unreadable } from './safe-file.js';

/** Appends one session as one line (see appendLines: locked, one write(), never through a foreign link). */
export function appendRecord(
  file: string,
  record: SessionRecord,
  who: DataOwner = dataOwner(process.env),
): void {
  appendLines(file, [JSON.stringify(record)], who);
}

export interface HistoryRead {
  records: SessionRecord[];
  /** Damaged lines (reported with their line number, never rewritten) and refused ones. */
  problems: Problem[];
}

/** The problem for a line that is not a usable record (damaged, too long, or from a newer cs-drill). */
export function lineProblem(
  file: string,
  n: number,
  reason: 'damaged' | 'newer-schema' | 'too-long',
  message: string,
  hint: string,
): Problem {
  return {
    code: reason === 'newer-schema' ? 'history-newer' : 'history-damaged',
    file,
    line: n,
    message,
    hint,
  };
}

export const TOO_LONG = `longer than ${MAX_LINE_BYTES / (1024 * 1024)} MB: not a session record`;

/**
 * Streams the history file line by line with bounded memory; a missing file is an empty
 * history. A history that cannot be read at all (a directory, a FIFO, no permission, a foreign
 * symbolic link) throws a CliError naming it; damaged, overlong and newer lines are reported
 * in `problems` and skipped. Trainers' regrades (regrades.jsonl beside it) are applied as
 * records pass.
 */
export async function* streamHistory(
  file: string,
  problems: Problem[],
  who: DataOwner = dataOwner(process.env),
): AsyncGenerator<SessionRecord> {
  const fd = openForRead(file, who);
  if (fd === undefined) return;
  try {
    const regrades = readRegrades(regradesFileFor(file), problems, who);
    const skip = 'this line is skipped; the file is not changed';
    const batches = readTextLines(fd);
    for (;;) {
      let next: IteratorResult<TextLine[]>;
      try {
        next = await batches.next();
      } catch (error) {
        throw unreadable(file, { errno: (error as NodeJS.ErrnoException).code ?? String(error) });
      }
      if (next.done) break;
      for (const { n, text } of next.value) {
        if (text === null) {
          problems.push(lineProblem(file, n, 'too-long', TOO_LONG, skip));
          continue;
        }
        if (text.trim() === '') continue;
        const parsed = parseRecordLine(text);
        if (parsed.ok)
          yield regrades.size > 0 ? applyRegrades(parsed.record, regrades) : parsed.record;
        else
          problems.push(
            lineProblem(
              file,
              n,
              parsed.reason,
              parsed.message,
              parsed.reason === 'newer-schema' ? 'update cs-drill to read it' : skip,
            ),
          );
      }
    }
  } finally {
    closeSync(fd);
  }
}

export async function readHistory(
  file: string,
  keep: (r: SessionRecord) => boolean = () => true,
  who: DataOwner = dataOwner(process.env),
): Promise<HistoryRead> {
  const problems: Problem[] = [];
  const records: SessionRecord[] = [];
  for await (const r of streamHistory(file, problems, who)) if (keep(r)) records.push(r);
  return { records, problems };
}
