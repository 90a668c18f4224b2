import { closeSync, lstatSync, openSync, realpathSync, type Stats } from 'node:fs';
import { basename, dirname } from 'node:path';
import { CliError } from '../errors.js';
import { isBlank, readLinesSync } from './lines.js';
import { parseRecordLine } from './parse-record.js';
import { fileKind, kindOf } from './safe-file.js';

export interface OutTargetOptions {
  /** The option that named the file, for the messages: `--out` or `--into`. */
  option: string;
  /** cs-drill's data directory (undefined when it cannot be told): its files are never replaced. */
  dataDir: string | undefined;
  force: boolean;
  /** `--into`: the file is merged into (an existing history is expected), not replaced. */
  merging?: boolean;
}

export interface OutTarget {
  /** The existing file, whose owner and mode the rewrite keeps; undefined for a new file. */
  existing: Stats | undefined;
  /** `--into` the user's own history (the default target, named explicitly). */
  ownHistory: boolean;
}

/**
 * Decides, before any work, whether cs-drill may write `target`: never a device, FIFO, socket,
 * directory or symbolic link (a rename would replace the device or the link, not write
 * through it), never a file of cs-drill's own data directory (except merging into the history
 * itself), and never an existing file without --force (for --into: a file that is not a
 * cs-drill history).
 */
export function checkOutTarget(target: string, opts: OutTargetOptions): OutTarget {
  // `reason` (and its parts) let the shell word the refusal in the user's language.
  const refuse = (
    params: Record<string, string> & { reason: string },
    message: string,
    hint?: string,
  ): CliError =>
    new CliError({
      code: 'unsafe-out',
      file: target,
      message: `${opts.option} ${message}`,
      ...(hint ? { hint } : {}),
      params: { option: opts.option, ...params },
    });
  const dir = realOr(dirname(target));
  const data = opts.dataDir === undefined ? undefined : realOr(opts.dataDir);
  const inData = data !== undefined && dir === data;
  // Merging into one's own history by name: the same as the default target.
  if (inData && opts.merging === true && basename(target) === 'history.jsonl')
    return { existing: undefined, ownHistory: true };
  let st: Stats | undefined;
  try {
    st = lstatSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') {
      const errno = code ?? String(error);
      throw refuse({ reason: 'unchecked', errno }, `cannot be checked: ${errno}`);
    }
  }
  if (dir === undefined)
    throw refuse(
      { reason: 'no-directory' },
      'is in a directory that does not exist',
      'create the directory first',
    );
  if (st?.isSymbolicLink())
    throw refuse(
      { reason: 'link' },
      'is a symbolic link; cs-drill does not write through links',
      'give the real file',
    );
  if (st && !st.isFile()) {
    const kind = fileKind(st);
    throw refuse(
      { reason: 'not-a-file', kind },
      `is ${kindOf(kind)}; cs-drill writes only regular files`,
      st.isDirectory() ? 'give a file name inside it' : 'give a file name',
    );
  }
  if (inData)
    throw refuse(
      { reason: 'data-directory' },
      "is in cs-drill's own data directory, whose files only cs-drill writes",
      'write it somewhere else',
    );
  if (st && !opts.force) {
    if (!opts.merging)
      throw refuse({ reason: 'exists' }, 'already exists', 'add --force to replace it');
    if (!looksLikeHistory(target))
      throw refuse(
        { reason: 'not-a-history' },
        'does not look like a cs-drill history (its first line is not a session record)',
        'check the file name, or add --force to merge into it anyway',
      );
  }
  return { existing: st, ownHistory: false };
}

function realOr(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** An empty file, or one whose first non-blank line is a session record. */
function looksLikeHistory(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    for (const { bytes } of readLinesSync(fd)) {
      if (bytes === null) return false;
      if (isBlank(bytes)) continue;
      return parseRecordLine(bytes.toString('utf8')).ok;
    }
    return true;
  } finally {
    closeSync(fd);
  }
}
