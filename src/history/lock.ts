import {
  closeSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
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
}

/**
 * An exclusive lock for rewriting `file`: `file.lock`, created with O_EXCL and holding the
 * owner's pid, host and time. A lock whose owner process is gone (same host) or that is
 * older than `staleMs` is taken over. Returns the release function.
 *
 * Appending a session (`start`, `review`) takes no lock: one write() per line cannot
 * interleave. Rewrites (merge) take this lock against each other, and catch up with lines
 * appended meanwhile before they rename.
 */
export async function acquireLock(file: string, opts: LockOptions = {}): Promise<() => void> {
  const lock = `${file}.lock`;
  const staleMs = opts.staleMs ?? 10 * 60_000;
  const deadline = Date.now() + (opts.waitMs ?? 5_000);
  for (;;) {
    try {
      const fd = openSync(lock, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n${hostname()}\n${new Date().toISOString()}\n`);
      closeSync(fd);
      return () => {
        try {
          unlinkSync(lock);
        } catch {}
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new CliError({
          code: 'lock-failed',
          file: lock,
          message: `cannot create the lock file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        });
      }
    }
    const owner = readOwner(lock);
    if (owner && isStale(owner, staleMs)) {
      // Move it aside first, so two processes that both judge it stale do not both delete a fresh lock.
      const aside = `${lock}.stale-${process.pid}`;
      try {
        renameSync(lock, aside);
        unlinkSync(aside);
      } catch {}
      continue;
    }
    if (Date.now() > deadline) {
      throw new CliError({
        code: 'history-locked',
        file,
        message: `another cs-drill process${owner ? ` (pid ${owner.pid} on ${owner.host})` : ''} is rewriting this history`,
        hint: `try again in a moment; if no such process is running, delete ${lock}`,
      });
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Owner {
  pid: number;
  host: string;
  mtimeMs: number;
}

function readOwner(lock: string): Owner | undefined {
  try {
    const [pid, host] = readFileSync(lock, 'utf8').split('\n');
    return { pid: Number(pid), host: host ?? '', mtimeMs: statSync(lock).mtimeMs };
  } catch {
    return undefined;
  }
}

function isStale(owner: Owner, staleMs: number): boolean {
  if (Date.now() - owner.mtimeMs > staleMs) return true;
  if (owner.host !== hostname() || !Number.isInteger(owner.pid) || owner.pid <= 0) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
