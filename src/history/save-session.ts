import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError, type Problem } from '../errors.js';
import type { SessionRecord } from '../session/record.js';
import { type DataOwner, dataOwner } from './location.js';
import { appendRecord } from './store.js';

export type SaveOutcome =
  | { saved: 'history'; file: string }
  | { saved: 'fallback'; file: string; reason: Problem[] }
  | { saved: 'nowhere'; reason: Problem[]; json: string };

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
    try {
      return { saved: 'fallback', file: writeFallback(record.id, json), reason };
    } catch {
      return { saved: 'nowhere', reason, json };
    }
  }
}

/** Why the history was not written, as problems the shell words in the user's language. */
function describe(error: unknown): Problem[] {
  if (error instanceof CliError) return error.problems;
  const e = error as NodeJS.ErrnoException;
  const message = NOT_SAVED_EN[e.code ?? ''] ?? e.code ?? String(e.message ?? error);
  return [{ code: 'history-not-saved', message, ...(e.code ? { params: { errno: e.code } } : {}) }];
}

const NOT_SAVED_EN: Record<string, string> = {
  EACCES: 'no permission to write the history file',
  EPERM: 'no permission to write the history file',
  EROFS: 'the history is on a read-only file system',
  ENOSPC: 'the disk is full',
  EISDIR: 'the history path is a directory',
  ENOTDIR: 'a part of the history path is a file, not a directory',
};

/** A new owner-only file in the temp directory (never an existing one, never through a link). */
function writeFallback(id: string, json: string): string {
  for (let attempt = 0; ; attempt++) {
    // node:crypto only here: `start` loads none of it before its first prompt.
    const suffix =
      attempt === 0
        ? ''
        : `-${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}`;
    const file = join(tmpdir(), `cs-drill-unsaved-${id}${suffix}.jsonl`);
    try {
      writeFileSync(file, `${json}\n`, { mode: 0o600, flag: 'wx' });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error;
    }
  }
}
