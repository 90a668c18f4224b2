import {
  closeSync,
  createReadStream,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Problem } from '../errors.js';
import { acquireLock } from './lock.js';
import { parseRecordLine } from './parse-record.js';

export interface MergeResult {
  added: number;
  /** Sessions already in the target (same session id), or listed twice in the sources. */
  skipped: number;
  /** Lines in the sources that are not session records (or come from a newer cs-drill). */
  damaged: number;
  problems: Problem[];
}

/**
 * Merges history files into `target` under its lock: new sessions (by id) are woven into
 * the target in time order through a temp file that is renamed over it, so the target is
 * never half-written and `list`'s "last score" stays the latest. Lines of the target are
 * copied byte for byte, damaged ones included; lines appended by a running session while
 * the merge works are carried over before the rename. New sessions are held in memory
 * (the target is streamed).
 */
export async function mergeHistories(target: string, sources: string[]): Promise<MergeResult> {
  mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  const release = await acquireLock(target);
  const temp = `${target}.merge-${process.pid}.tmp`;
  try {
    const ids = new Set<string>();
    const snapshot = existsSync(target) ? statSync(target).size : 0;
    await eachLine(target, 0, snapshot, (line) => {
      const p = parseRecordLine(line);
      if (p.ok) ids.add(p.record.id);
    });
    const result: MergeResult = { added: 0, skipped: 0, damaged: 0, problems: [] };
    const fresh: { t: number; line: string }[] = [];
    for (const source of sources) {
      let n = 0;
      await eachLine(source, 0, Number.POSITIVE_INFINITY, (line) => {
        n++;
        if (line.trim() === '') return;
        const p = parseRecordLine(line);
        if (!p.ok) {
          result.damaged++;
          result.problems.push({
            code: p.reason === 'newer-schema' ? 'history-newer' : 'history-damaged',
            file: source,
            line: n,
            message: p.message,
            hint: 'this line is not merged',
          });
          return;
        }
        if (ids.has(p.record.id)) {
          result.skipped++;
          return;
        }
        ids.add(p.record.id);
        fresh.push({ t: Date.parse(p.record.startedAt) || 0, line: JSON.stringify(p.record) });
      });
    }
    result.added = fresh.length;
    if (fresh.length === 0) return result;
    fresh.sort((a, b) => a.t - b.t);

    const fd = openSync(temp, 'wx', 0o600);
    try {
      const out = new LineWriter(fd);
      let next = 0;
      await eachLine(target, 0, snapshot, (line) => {
        const p = parseRecordLine(line);
        const t = p.ok ? Date.parse(p.record.startedAt) : Number.NaN;
        if (!Number.isNaN(t))
          while (next < fresh.length && fresh[next]!.t < t) out.line(fresh[next++]!.line);
        out.line(line);
      });
      while (next < fresh.length) out.line(fresh[next++]!.line);
      out.flush();
      // Sessions appended while we worked (appends take no lock) must not be lost.
      let copied = snapshot;
      for (;;) {
        const size = existsSync(target) ? statSync(target).size : 0;
        if (size <= copied) break;
        copyRange(target, copied, size, fd);
        copied = size;
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    return result;
  } finally {
    if (existsSync(temp)) unlinkSync(temp);
    release();
  }
}

async function eachLine(
  file: string,
  start: number,
  end: number,
  fn: (line: string) => void,
): Promise<void> {
  if (end <= start || !existsSync(file)) return;
  const stream = createReadStream(file, {
    encoding: 'utf8',
    start,
    ...(Number.isFinite(end) ? { end: end - 1 } : {}),
  });
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) fn(line);
}

class LineWriter {
  private pending: string[] = [];
  private size = 0;
  constructor(private readonly fd: number) {}
  line(text: string): void {
    if (text === '') return;
    this.pending.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.pending.length === 0) return;
    const buf = Buffer.from(`${this.pending.join('\n')}\n`, 'utf8');
    this.pending = [];
    this.size = 0;
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd, buf, off, buf.length - off);
  }
}

function copyRange(file: string, from: number, to: number, outFd: number): void {
  const inFd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(Math.min(1 << 20, to - from));
    let pos = from;
    while (pos < to) {
      const n = readSync(inFd, buf, 0, Math.min(buf.length, to - pos), pos);
      if (n === 0) break;
      let off = 0;
      while (off < n) off += writeSync(outFd, buf, off, n - off);
      pos += n;
    }
  } finally {
    closeSync(inFd);
  }
}
