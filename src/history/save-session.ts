import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError, formatProblem } from '../errors.js';
import type { SessionRecord } from '../session/record.js';
import { type DataOwner, dataOwner } from './location.js';
import { appendRecord } from './store.js';

export type SaveOutcome =
  | { saved: 'history'; file: string }
  | { saved: 'fallback'; file: string; reason: string }
  | { saved: 'nowhere'; reason: string; json: string };

/**
 * Never lose a result: history, else a fallback file, else the caller prints the JSON. The
 * history may be refused (a foreign link, another user's file), be busy with a merge for longer
 * than an append waits, or be unwritable: each is a reason shown with the fallback's path.
 */
export function saveSession(
  historyFile: string,
  record: SessionRecord,
  who: DataOwner = dataOwner(process.env),
): SaveOutcome {
  try {
    appendRecord(historyFile, record, who);
    return { saved: 'history', file: historyFile };
  } catch (error) {
    const reason = describe(error);
    const json = JSON.stringify(record);
    const fallback = join(tmpdir(), `cs-drill-unsaved-${record.id}.jsonl`);
    try {
      writeFileSync(fallback, `${json}\n`, { mode: 0o600, flag: 'wx' });
      return { saved: 'fallback', file: fallback, reason };
    } catch {
      return { saved: 'nowhere', reason, json };
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof CliError) return error.problems.map(formatProblem).join('; ');
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return 'no permission to write the history file';
    case 'EROFS':
      return 'the history is on a read-only file system';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EISDIR':
      return 'the history path is a directory';
    case 'ENOTDIR':
      return 'a part of the history path is a file, not a directory';
    default:
      return e.code ?? String(e.message ?? error);
  }
}
