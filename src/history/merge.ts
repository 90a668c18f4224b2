import {
  closeSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  openSync,
  readSync,
  renameSync,
  type Stats,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError, type Problem } from '../errors.js';
import { isBlank, readLines } from './lines.js';
import type { DataOwner } from './location.js';
import { acquireLock } from './lock.js';
import { parseRecordLine } from './parse-record.js';
import { openForRead, secureFilePath } from './safe-file.js';
import { lineProblem, TOO_LONG } from './store.js';

export interface MergeResult {
  added: number;
  /** Sessions already in the target (same session id), or listed twice in the sources. */
  skipped: number;
  /** Lines in the sources that are not session records (or come from a newer cs-drill). */
  damaged: number;
  problems: Problem[];
  /** Stopped by a signal before the target was replaced: nothing was changed. */
  interrupted?: boolean;
}

export interface MergeTarget {
  file: string;
  /** cs-drill's own history (secured like every append), or a file the user named with --into. */
  own: boolean;
  /** The existing --into file: its owner and mode are kept. */
  existing?: Stats;
}

/** Appends wait this long for the lock at most; a merge waits longer: it is a deliberate act. */
const MERGE_WAIT_MS = 30_000;

/**
 * Merges history files into the target under its lock (the same lock every append takes, held
 * from the first read of the target to the rename): new sessions (by id) are woven into the
 * target in time order through a temp file that is renamed over it, so the target is never
 * half-written and `list`'s "last score" stays the latest. Lines of the target are copied byte
 * for byte, damaged and overlong ones included. New sessions are held in memory (the target
 * is streamed). A signal before the rename leaves the target as it was.
 */
export async function mergeHistories(
  target: MergeTarget,
  sources: string[],
  who: DataOwner,
  signal?: AbortSignal,
): Promise<MergeResult> {
  const real = target.own ? secureFilePath(target.file, who) : target.file;
  const release = await acquireLock(real, { waitMs: MERGE_WAIT_MS });
  const temp = join(dirname(real), `.${basename(real)}.merge-${process.pid}.tmp`);
  let tempFd: number | undefined;
  const inFd = openForRead(real, who, { follow: !target.own });
  try {
    const snapshot = inFd === undefined ? 0 : fstatSync(inFd).size;
    const ids = new Set<string>();
    if (inFd !== undefined)
      for await (const batch of readLines(inFd, { end: snapshot }))
        for (const { bytes } of batch) {
          if (bytes === null) continue;
          const p = parseRecordLine(bytes.toString('utf8'));
          if (p.ok) ids.add(p.record.id);
        }
    const result: MergeResult = { added: 0, skipped: 0, damaged: 0, problems: [] };
    const fresh: { t: number; bytes: Buffer }[] = [];
    for (const source of sources) {
      const fd = openForRead(source, who, { follow: true });
      if (fd === undefined) continue;
      try {
        for await (const batch of readLines(fd))
          for (const { n, bytes } of batch) {
            if (bytes !== null && isBlank(bytes)) continue;
            const p = bytes === null ? undefined : parseRecordLine(bytes.toString('utf8'));
            if (!p?.ok) {
              result.damaged++;
              result.problems.push(
                lineProblem(
                  source,
                  n,
                  p?.reason ?? 'damaged',
                  p?.message ?? TOO_LONG,
                  'this line is not merged',
                ),
              );
              continue;
            }
            if (ids.has(p.record.id)) {
              result.skipped++;
              continue;
            }
            ids.add(p.record.id);
            // The line as it was (a copy: `bytes` is a view into a shared read buffer).
            fresh.push({ t: Date.parse(p.record.startedAt) || 0, bytes: Buffer.from(bytes!) });
          }
      } finally {
        closeSync(fd);
      }
    }
    result.added = fresh.length;
    if (fresh.length === 0) return result;
    fresh.sort((a, b) => a.t - b.t);

    tempFd = openSync(temp, 'wx', target.existing ? target.existing.mode & 0o777 : 0o600);
    keepOwner(tempFd, target);
    const out = new LineWriter(tempFd);
    let next = 0;
    if (inFd !== undefined)
      for await (const batch of readLines(inFd, { end: snapshot }))
        for (const line of batch) {
          if (line.bytes === null) {
            out.range(inFd, line.start, line.end);
            continue;
          }
          const p = parseRecordLine(line.bytes.toString('utf8'));
          const t = p.ok ? Date.parse(p.record.startedAt) : Number.NaN;
          if (!Number.isNaN(t))
            while (next < fresh.length && fresh[next]!.t < t) out.line(fresh[next++]!.bytes);
          out.line(line.bytes);
        }
    while (next < fresh.length) out.line(fresh[next++]!.bytes);
    // A writer that took no lock (an older cs-drill) may have appended meanwhile: keep its lines.
    if (inFd !== undefined) {
      const size = fstatSync(inFd).size;
      if (size > snapshot) out.range(inFd, snapshot, size);
    }
    out.flush();
    fsyncSync(tempFd);
    closeSync(tempFd);
    tempFd = undefined;
    if (signal?.aborted) return { ...result, added: 0, interrupted: true };
    renameSync(temp, real);
    return result;
  } finally {
    if (tempFd !== undefined) closeSync(tempFd);
    if (inFd !== undefined) closeSync(inFd);
    try {
      unlinkSync(temp);
    } catch {}
    release();
  }
}

/** A rewritten --into file keeps its owner (root merging into a trainee's file leaves it theirs). */
function keepOwner(fd: number, target: MergeTarget): void {
  const want = target.existing;
  if (!want) return;
  const have = fstatSync(fd);
  if (have.uid === want.uid && have.gid === want.gid) return;
  try {
    fchownSync(fd, want.uid, want.gid);
  } catch (error) {
    throw new CliError({
      code: 'cannot-keep-owner',
      file: target.file,
      message: `cannot keep the file's owner (uid ${want.uid}): ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      hint: 'merge as the file\u2019s owner, or into a file of your own',
    });
  }
}

class LineWriter {
  private pending: Buffer[] = [];
  private size = 0;
  constructor(private readonly fd: number) {}
  line(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.pending.push(bytes, NEWLINE);
    this.size += bytes.length + 1;
    if (this.size > 1 << 20) this.flush();
  }
  /** Bytes copied from `inFd` unread (an overlong line, or lines appended meanwhile). */
  range(inFd: number, from: number, to: number): void {
    this.flush();
    const buf = Buffer.alloc(Math.min(1 << 20, Math.max(1, to - from)));
    let pos = from;
    while (pos < to) {
      const n = readSync(inFd, buf, 0, Math.min(buf.length, to - pos), pos);
      if (n === 0) break;
      writeAll(this.fd, buf.subarray(0, n));
      pos += n;
    }
    const last = Buffer.alloc(1);
    if (to > from && readSync(inFd, last, 0, 1, to - 1) === 1 && last[0] !== 0x0a)
      writeAll(this.fd, NEWLINE);
  }
  flush(): void {
    if (this.pending.length === 0) return;
    const buf = Buffer.concat(this.pending, this.size);
    this.pending = [];
    this.size = 0;
    writeAll(this.fd, buf);
  }
}

const NEWLINE = Buffer.from('\n');

function writeAll(fd: number, buf: Buffer): void {
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}
