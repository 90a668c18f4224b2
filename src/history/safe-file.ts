import {
  chmodSync,
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { CliError } from '../errors.js';
import type { DataOwner } from './location.js';

const { O_RDONLY, O_RDWR, O_APPEND, O_CREAT } = constants;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;
// A FIFO opened for reading would wait for a writer forever: open without waiting, then refuse it.
const O_NONBLOCK = constants.O_NONBLOCK ?? 0;

/** Why a path of cs-drill's data is refused; `params` carries it so the shell can word it (zh). */
function unsafe(
  file: string,
  params: Record<string, string | number> & { reason: string },
  message: string,
  hint?: string,
): CliError {
  return new CliError({ code: 'unsafe-path', file, message, ...(hint ? { hint } : {}), params });
}

/** What a non-regular file is, as a code (src/render/messages/problems.ts words it in zh). */
export type FileKind = 'directory' | 'fifo' | 'device' | 'socket' | 'link' | 'other';

export function fileKind(st: Stats): FileKind {
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  if (st.isSymbolicLink()) return 'link';
  return 'other';
}

const KIND_EN: Record<FileKind, string> = {
  directory: 'a directory',
  fifo: 'a FIFO (named pipe)',
  device: 'a device',
  socket: 'a socket',
  link: 'a symbolic link',
  other: 'not a regular file',
};

/** What a non-regular file is, for the English message that refuses it. */
export function kindOf(kind: FileKind): string {
  return KIND_EN[kind];
}

function inside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The path to use for `path` of cs-drill's own data: itself, or, when it is a symbolic link, its
 * target, but only if the link is the user's own and points inside the user's home. Anything
 * else is refused: on a shared folder another user's link could redirect a write into any file.
 */
export function trustedPath(path: string, who: DataOwner): string {
  let st: Stats;
  try {
    st = lstatSync(path);
  } catch {
    return path;
  }
  if (!st.isSymbolicLink()) return path;
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    throw unsafe(
      path,
      { reason: 'dangling-link' },
      'is a symbolic link that leads nowhere',
      'remove the link or point it at a file',
    );
  }
  const hint = 'replace the link with the real file or directory, or set CS_DRILL_HOME to it';
  if (who.uid !== undefined && st.uid !== who.uid)
    throw unsafe(
      path,
      { reason: 'foreign-link', uid: st.uid },
      `is a symbolic link owned by another user (uid ${st.uid}); cs-drill does not follow it`,
      hint,
    );
  let home: string | undefined;
  try {
    home = who.home ? realpathSync(who.home) : undefined;
  } catch {
    home = undefined;
  }
  if (!home || !inside(target, home))
    throw unsafe(
      path,
      { reason: 'link-outside-home', target },
      `is a symbolic link to ${target}, outside your home directory; cs-drill does not follow it`,
      hint,
    );
  return target;
}

function checkOwner(path: string, st: Stats, who: DataOwner): void {
  if (who.uid !== undefined && st.uid !== who.uid)
    throw unsafe(
      path,
      { reason: 'foreign-owner', uid: st.uid },
      `belongs to another user (uid ${st.uid}); cs-drill writes only its user's own files`,
      'set CS_DRILL_HOME to a directory of your own',
    );
}

/**
 * cs-drill's data directory, created owner-only (0700); an existing one must be the user's own
 * directory and is tightened to 0700. Returns the real path to write in.
 */
export function secureDir(dir: string, who: DataOwner): string {
  // The usual case, a real directory already there: mkdir would do nothing and trustedPath would
  // return it as it is, so one lstat decides (a link or anything else takes the full way).
  let st = lstatIfAny(dir);
  if (st?.isDirectory()) return ownedDir(dir, dir, st, who);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const real = trustedPath(dir, who);
  st = lstatSync(real);
  return ownedDir(dir, real, st, who);
}

function lstatIfAny(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function ownedDir(dir: string, real: string, st: Stats, who: DataOwner): string {
  if (!st.isDirectory()) {
    const kind = fileKind(st);
    throw unsafe(dir, { reason: 'not-a-directory', kind }, `is ${kindOf(kind)}, not a directory`);
  }
  checkOwner(dir, st, who);
  if (who.uid !== undefined && (st.mode & 0o077) !== 0) chmodSync(real, 0o700);
  return real;
}

/** The real path of a data file (its directory secured, a trusted link followed). */
export function secureFilePath(file: string, who: DataOwner): string {
  const dir = secureDir(dirname(file), who);
  return trustedPath(join(dir, basename(file)), who);
}

/**
 * The path to lock and open to append to a data file: its name in its secured directory, where
 * the open refuses a symbolic link (O_NOFOLLOW; see isLinkRefusal), saving a look at the file
 * first; where there is no O_NOFOLLOW (Windows), its trusted path at once.
 */
export function appendPath(file: string, who: DataOwner): string {
  const path = join(secureDir(dirname(file), who), basename(file));
  return O_NOFOLLOW ? path : trustedPath(path, who);
}

/** An open with O_NOFOLLOW refused a symbolic link (ELOOP; EMLINK on FreeBSD). */
export function isLinkRefusal(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ELOOP' || code === 'EMLINK';
}

/**
 * Opens (creating 0600) a file for appending: never through a symbolic link, only a regular
 * file; one of cs-drill's own must be the user's and is tightened to 0600 when it is wider.
 * Returns the descriptor and the file's size when opened.
 */
export function openForAppend(
  real: string,
  who: DataOwner,
  own = true,
): { fd: number; size: number } {
  const fd = openSync(real, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK, 0o600);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      const kind = fileKind(st);
      throw unsafe(real, { reason: 'not-a-file', kind }, `is ${kindOf(kind)}, not a history file`);
    }
    if (!own) return { fd, size: st.size };
    checkOwner(real, st, who);
    if (who.uid !== undefined && (st.mode & 0o077) !== 0) fchmodSync(fd, 0o600);
    return { fd, size: st.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * Opens a file to read it as JSON Lines: a missing file is `undefined`; a directory, FIFO or
 * device is refused with a problem instead of a hang or a crash. `follow` is for files the
 * user named (merge sources); cs-drill's own files follow only trusted links.
 */
export function openForRead(
  file: string,
  who: DataOwner,
  opts: { follow?: boolean; what?: ReadWhat } = {},
): number | undefined {
  const what = opts.what ?? 'history';
  let fd: number;
  try {
    const real = opts.follow ? file : trustedPath(file, who);
    fd = openSync(real, O_RDONLY | O_NONBLOCK | (opts.follow ? 0 : O_NOFOLLOW));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw unreadable(
      file,
      code === 'ELOOP' ? { kind: 'link' } : { errno: code ?? String(error) },
      what,
    );
  }
  const st = fstatSync(fd);
  if (!st.isFile()) {
    closeSync(fd);
    throw unreadable(file, { kind: fileKind(st) }, what);
  }
  return fd;
}

/** Which of cs-drill's files could not be read. */
export type ReadWhat = 'history' | 'regrades' | 'index';

const WHAT_EN: Record<ReadWhat, string> = {
  history: 'the history',
  regrades: 'regrades',
  index: 'the history index',
};

/** Why a file could not be read: a system error name, or what it is instead of a file. */
export type ReadCause = { errno: string } | { kind: FileKind };

export function unreadable(file: string, cause: ReadCause, what: ReadWhat = 'history'): CliError {
  const why = 'errno' in cause ? cause.errno : `it is ${kindOf(cause.kind)}`;
  return new CliError({
    code: 'history-unreadable',
    file,
    message: `cannot read ${WHAT_EN[what]}: ${why}`,
    hint: 'move it aside, or point CS_DRILL_HOME at the directory that holds your history',
    params: { what, ...cause },
  });
}
