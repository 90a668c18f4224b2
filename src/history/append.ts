import { closeSync, readSync, writeSync } from 'node:fs';
import type { DataOwner } from './location.js';
import { acquireLockSync } from './lock.js';
import { appendPath, isLinkRefusal, openForAppend, trustedPath } from './safe-file.js';

/** How long an append waits for a merge to finish before the session goes to a fallback file. */
export const APPEND_WAIT_MS = 5_000;

/**
 * Appends whole lines to one of cs-drill's data files (history, regrades) with a single
 * write(), under the file's lock: a crash can at worst leave a torn last line, and a merge
 * never replaces the file between our write and its rename. Costs the same whatever the
 * file's size. Returns the real path written. `own` is false for a file the user named
 * (beside a `merge --into` target): its directory and mode are left as they are.
 */
export function appendLines(
  file: string,
  lines: readonly string[],
  who: DataOwner,
  own = true,
): string {
  const body = `${lines.join('\n')}\n`;
  if (!own) return writeLocked(file, body, who, false);
  // The usual case, a regular file (or none yet): locked and opened by its name, and the open
  // refuses a symbolic link; a link there is then checked, and followed only if trusted.
  const path = appendPath(file, who);
  try {
    return writeLocked(path, body, who, true);
  } catch (error) {
    if (!isLinkRefusal(error)) throw error;
  }
  return writeLocked(trustedPath(path, who), body, who, true);
}

function writeLocked(real: string, body: string, who: DataOwner, own: boolean): string {
  const release = acquireLockSync(real, { waitMs: APPEND_WAIT_MS });
  try {
    const { fd, size } = openForAppend(real, who, own);
    try {
      // A previous crash may have left a line without its newline: start ours on a fresh line.
      const last = Buffer.alloc(1);
      const lead =
        size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a ? '\n' : '';
      const text = `${lead}${body}`;
      // One write() of the string; a short write (rare: a full disk, a signal) finishes from a buffer.
      const wrote = writeSync(fd, text);
      if (wrote < Buffer.byteLength(text)) {
        const buf = Buffer.from(text, 'utf8');
        let off = wrote;
        while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
      }
    } finally {
      closeSync(fd);
    }
  } finally {
    release();
  }
  return real;
}
