import {
  closeSync,
  lstatSync,
  openSync,
  readFileSync,
  readlinkSync,
  renameSync,
  symlinkSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { CliError } from '../errors.js';

export interface LockOptions {
  /** A lock older than this is stale even if its owner cannot be checked (another host). */
  staleMs?: number;
  /** How long to wait for another process's lock before giving up. */
  waitMs?: number;
  /** How often to look again while waiting. */
  pollMs?: number;
}

/**
 * An exclusive lock on `file`: `file.lock`, holding the owner's pid and host (its time is the
 * lock's own mtime). It is a symbolic link whose target is that text: symlink() creates it whole
 * in one system call, fails when the name exists and never follows a link, and a crash cannot
 * leave an empty lock. Where symbolic links cannot be made (Windows without the privilege, FAT)
 * it is a file created with O_EXCL holding the same text; either kind is read and taken over
 * alike. A lock whose owner process is gone (same host) or that is older than `staleMs` is taken
 * over. Returns the release function.
 *
 * Every writer of a history takes it: appends (one line each, held for one write) and merges
 * (held from the first read of the target to the rename over it), so no session appended
 * during a merge can land in the file the merge is replacing.
 */
export async function acquireLock(file: string, opts: LockOptions = {}): Promise<() => void> {
  const deadline = Date.now() + (opts.waitMs ?? 5_000);
  for (;;) {
    const got = tryLock(file, opts.staleMs ?? STALE_MS, deadline);
    if (got) return got;
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 100));
  }
}

/** The same for a single append, which is synchronous: the wait is short and bounded. */
export function acquireLockSync(file: string, opts: LockOptions = {}): () => void {
  const deadline = Date.now() + (opts.waitMs ?? 5_000);
  for (;;) {
    const got = tryLock(file, opts.staleMs ?? STALE_MS, deadline);
    if (got) return got;
    nap ??= new Int32Array(new SharedArrayBuffer(4));
    Atomics.wait(nap, 0, 0, opts.pollMs ?? 10);
  }
}

/** What a synchronous wait sleeps on; made on the first wait (most appends never wait). */
let nap: Int32Array | undefined;

const STALE_MS = 10 * 60_000;

/** This machine's name, asked once per process (os.hostname() is a system call). */
let host: string | undefined;
const thisHost = (): string => {
  host ??= hostname();
  return host;
};

/** One attempt: the release function, or undefined to wait; throws once the deadline has passed. */
function tryLock(file: string, staleMs: number, deadline: number): (() => void) | undefined {
  const lock = `${file}.lock`;
  try {
    // No time in the text: ext4 keeps a link's target of up to 59 bytes in its inode; a longer
    // one (an EC2 host name and a time) takes a data block, which made a lock cost 58 µs instead
    // of 17 to make and, where freed blocks are discarded, 2 ms instead of 2 µs to remove.
    createLock(lock, `${process.pid}\n${thisHost()}\n`);
    return () => {
      try {
        unlinkSync(lock);
      } catch {}
    };
  } catch (error) {
    // No permission, a read-only or full disk: the caller words it (and saves elsewhere).
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const owner = readOwner(lock);
  if (owner && isStale(owner, staleMs)) {
    // Move it aside first, so two processes that both judge it stale do not both delete a fresh lock.
    const aside = `${lock}.stale-${process.pid}`;
    try {
      renameSync(lock, aside);
      unlinkSync(aside);
    } catch {}
    return undefined;
  }
  if (Date.now() > deadline) {
    throw new CliError({
      code: 'history-locked',
      file,
      message: `another cs-drill process${ownerNamed(owner)} is writing this history`,
      hint: `try again in a moment; if no such process is running, delete ${lock}`,
    });
  }
  return undefined;
}

/** Whether this process makes its locks as symbolic links (false after the file system refused one). */
let linkLocks = process.platform !== 'win32';

/** Creates `lock` holding `owner`, or throws (EEXIST when another process holds it). */
function createLock(lock: string, owner: string): void {
  if (linkLocks) {
    try {
      symlinkSync(owner, lock);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EPERM' && code !== 'ENOSYS' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP')
        throw error;
      linkLocks = false;
    }
  }
  const fd = openSync(lock, 'wx', 0o600);
  try {
    writeSync(fd, owner);
  } catch (error) {
    // A full disk: leave no ownerless lock behind for others to wait on.
    closeSync(fd);
    unlinkSync(lock);
    throw error;
  }
  closeSync(fd);
}

/** " (pid N on host)" when the lock names its owner; nothing for a lock still empty or unreadable. */
const ownerNamed = (owner: Owner | undefined): string =>
  owner && Number.isInteger(owner.pid) && owner.pid > 0
    ? ` (pid ${owner.pid}${owner.host ? ` on ${owner.host}` : ''})`
    : '';

interface Owner {
  pid: number;
  host: string;
  mtimeMs: number;
}

/** The owner written in a lock of either kind (never following a link to read it). */
function readOwner(lock: string): Owner | undefined {
  try {
    const st = lstatSync(lock);
    const text = st.isSymbolicLink() ? readlinkSync(lock, 'utf8') : readFileSync(lock, 'utf8');
    const [pid, host] = text.split('\n');
    return { pid: Number(pid), host: host ?? '', mtimeMs: st.mtimeMs };
  } catch {
    return undefined;
  }
}

function isStale(owner: Owner, staleMs: number): boolean {
  if (Date.now() - owner.mtimeMs > staleMs) return true;
  if (owner.host !== thisHost() || !Number.isInteger(owner.pid) || owner.pid <= 0) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
