import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  type Stats,
  writeSync,
} from 'node:fs';
import type { Problem } from '../errors.js';
import type { SessionRecord } from '../session/record.js';
import { isBlank, type RawLine, readLines } from './lines.js';
import type { DataOwner } from './location.js';
import { parseRecordLine } from './parse-record.js';
import { applyRegrades, readRegrades, regradesFileFor } from './regrades.js';
import { openForRead, unreadable } from './safe-file.js';
import { lineProblem, TOO_LONG } from './store.js';
import { decodeSummary, encodeSummary, type SessionSummary, summaryOf } from './summary.js';

/**
 * The history index: one summary per line of history.jsonl, kept beside it in
 * history.index.jsonl, so the session-level commands parse a tenth of the bytes. It is only a
 * cache: history.jsonl stays the truth and its appends are untouched (same lock, one write).
 * A reader checks the index against the history (same file, the first and last covered
 * lines hash the same) and rebuilds it when it is missing, stale or damaged; lines appended
 * since are parsed and added. It is replaced through a temp file and a rename, never edited.
 */
export function indexFileFor(historyFile: string): string {
  return `${historyFile.replace(/\.jsonl$/, '')}.index.jsonl`;
}

const INDEX_VERSION = 1;
/** The header has a fixed width, so adding entries never moves the ones already written. */
const HEADER_BYTES = 256;

interface Header {
  index: typeof INDEX_VERSION;
  dev: number;
  ino: number;
  /** Bytes of history covered: whole lines only (a line still being appended is not). */
  end: number;
  /** Lines covered (blank ones too): numbering goes on from here. */
  lines: number;
  /** The first and last covered lines: [start, hash of their bytes up to their newline]. */
  first: [number, string] | null;
  last: [number, string] | null;
}

/** A history line as indexed: its number and bytes, and its summary or why it is not a record. */
type Entry<S = unknown> =
  | [n: number, start: number, length: number, summary: S]
  | [n: number, start: number, length: number, summary: null, reason: Reason, message: string];
type Reason = 'damaged' | 'newer-schema' | 'too-long';

/** How much of the history a read had to parse in full (tests bound it). */
export interface IndexWork {
  parsed: number;
}

/** Where a session's line is in the history: its first byte and its length (no newline). */
export interface LinePlace {
  start: number;
  length: number;
}

/**
 * The sessions of the history as summaries, in file order, with trainers' regrades applied;
 * damaged, overlong and newer lines are reported in `problems` as the full read reports them.
 * `places`, when given, learns where each summary's line is (for recordAt).
 */
export async function* streamSummaries(
  file: string,
  problems: Problem[],
  who: DataOwner,
  work: IndexWork = { parsed: 0 },
  places?: WeakMap<SessionSummary, LinePlace>,
): AsyncGenerator<SessionSummary> {
  const placed = (summary: SessionSummary, start: number, length: number) => {
    places?.set(summary, { start, length });
    return summary;
  };
  const fd = openForRead(file, who);
  if (fd === undefined) return;
  const writer = new IndexWriter(indexFileFor(file));
  let oldFd: number | undefined;
  try {
    const st = fstatSync(fd);
    const regrades = readRegrades(regradesFileFor(file), problems, who);
    const reread = (start: number, length: number): SessionSummary | undefined => {
      const parsed = parseRecordLine(lineText(readBytes(fd, start, length), start));
      work.parsed++;
      return parsed.ok ? summaryOf(applyRegrades(parsed.record, regrades)) : undefined;
    };
    const report = (n: number, reason: Reason, message: string) =>
      problems.push(
        lineProblem(
          file,
          n,
          reason,
          message,
          reason === 'newer-schema'
            ? 'update cs-drill to read it'
            : 'this line is skipped; the file is not changed',
        ),
      );

    // What the index holds, as far as it is whole and still describes this file.
    let cover: Cover = { end: 0, lines: 0, lastStart: 0 };
    let changed = true;
    const old = openIndex(writer.path, who, fd, st);
    if (old) {
      oldFd = old.fd;
      let kept = HEADER_BYTES;
      try {
        for await (const batch of readLines(old.fd, { start: HEADER_BYTES })) {
          for (const raw of batch) {
            if (raw.bytes !== null && isBlank(raw.bytes)) continue;
            const entry = decodeEntry(raw);
            if (entry === undefined) throw new DamagedIndex();
            const [n, start, length, value] = entry;
            kept = raw.end + 1;
            cover = { end: start + length + 1, lines: n, lastStart: start };
            if (value === null) report(n, entry[4]!, entry[5]!);
            else if (regrades.has(value.id)) {
              const summary = reread(start, length);
              if (summary) yield placed(summary, start, length);
            } else yield placed(value, start, length);
          }
        }
        const { end, lines, last } = old.header;
        cover = { end, lines, lastStart: last?.[0] ?? 0 };
        changed = false;
      } catch (error) {
        // Kept up to the last whole entry; the history is read again from the line after it.
        if (!(error instanceof DamagedIndex)) throw error;
      }
      writer.keep(old.fd, kept);
    }

    // The lines after it: parsed in full, and added to the index when they are whole.
    const from = cover;
    for await (const batch of readHistoryLines(file, fd, from.end, st.size)) {
      for (const raw of batch) {
        const n = from.lines + raw.n;
        const whole = raw.end < st.size;
        if (raw.bytes !== null && isBlank(raw.bytes)) {
          if (whole) cover = { end: raw.end + 1, lines: n, lastStart: raw.start };
          continue;
        }
        let entry: Entry;
        if (raw.bytes === null) {
          report(n, 'too-long', TOO_LONG);
          entry = [n, raw.start, raw.end - raw.start, null, 'too-long', TOO_LONG];
        } else {
          const parsed = parseRecordLine(raw.bytes.toString('utf8'));
          work.parsed++;
          if (parsed.ok) {
            yield placed(
              summaryOf(applyRegrades(parsed.record, regrades)),
              raw.start,
              raw.end - raw.start,
            );
            entry = [n, raw.start, raw.end - raw.start, encodeSummary(summaryOf(parsed.record))];
          } else {
            report(n, parsed.reason, parsed.message);
            entry = [n, raw.start, raw.end - raw.start, null, parsed.reason, parsed.message];
          }
        }
        if (!whole) continue;
        writer.add(JSON.stringify(entry));
        changed = true;
        cover = { end: raw.end + 1, lines: n, lastStart: raw.start };
      }
    }
    if (changed) writer.commit(headerFor(st, fd, cover));
  } finally {
    writer.abandon();
    if (oldFd !== undefined) closeSync(oldFd);
    closeSync(fd);
  }
}

class DamagedIndex extends Error {}

/**
 * The full record on the history line at `place` (as streamSummaries placed it), with trainers'
 * regrades applied; undefined when that line no longer holds a record (the file has changed).
 */
export function recordAt(
  file: string,
  place: LinePlace,
  who: DataOwner,
): SessionRecord | undefined {
  const fd = openForRead(file, who);
  if (fd === undefined) return undefined;
  try {
    const parsed = parseRecordLine(lineText(readBytes(fd, place.start, place.length), place.start));
    if (!parsed.ok) return undefined;
    const regrades = readRegrades(regradesFileFor(file), [], who);
    return regrades.size > 0 ? applyRegrades(parsed.record, regrades) : parsed.record;
  } finally {
    closeSync(fd);
  }
}

async function* readHistoryLines(
  file: string,
  fd: number,
  start: number,
  end: number,
): AsyncGenerator<RawLine[]> {
  try {
    yield* readLines(fd, { start, end });
  } catch (error) {
    throw unreadable(file, { errno: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

/** How far the index reaches: whole lines up to `end`, the last of them starting at `lastStart`. */
interface Cover {
  end: number;
  lines: number;
  lastStart: number;
}

/** The header for an index that covers `cover`: the first and last lines are hashed once, here. */
function headerFor(st: Stats, fd: number, cover: Cover): Header {
  const mark = (start: number, end: number): [number, string] => [
    start,
    hashOf(readBytes(fd, start, end - start)),
  ];
  return {
    index: INDEX_VERSION,
    dev: st.dev,
    ino: st.ino,
    end: cover.end,
    lines: cover.lines,
    first: cover.end > 0 ? mark(0, nextNewline(fd, 0) + 1) : null,
    last: cover.end > 0 ? mark(cover.lastStart, cover.end) : null,
  };
}

/** The index when it is whole at its head and describes this very history file. */
function openIndex(
  path: string,
  who: DataOwner,
  historyFd: number,
  st: Stats,
): { fd: number; header: Header } | undefined {
  let fd: number | undefined;
  try {
    fd = openForRead(path, who, { what: 'index' });
  } catch {
    return undefined;
  }
  if (fd === undefined) return undefined;
  // Summaries are trusted as the history is: only an index of the history's own owner is read.
  if (fstatSync(fd).uid !== st.uid) {
    closeSync(fd);
    return undefined;
  }
  let header: Header | undefined;
  try {
    header = JSON.parse(readBytes(fd, 0, HEADER_BYTES).toString('utf8')) as Header;
  } catch {
    header = undefined;
  }
  const sameLine = (mark: [number, string] | null, end: number) =>
    mark !== null &&
    end > mark[0] &&
    hashOf(readBytes(historyFd, mark[0], end - mark[0])) === mark[1];
  const valid =
    header?.index === INDEX_VERSION &&
    header.dev === st.dev &&
    header.ino === st.ino &&
    header.end <= st.size &&
    (header.end === 0 ||
      (header.first !== null &&
        sameLine(header.first, nextNewline(historyFd, header.first[0]) + 1) &&
        sameLine(header.last, header.end)));
  if (!valid || !header) {
    closeSync(fd);
    return undefined;
  }
  return { fd, header };
}

/** Writes a new index beside the old one and renames it into place; any failure leaves the old. */
class IndexWriter {
  private fd: number | undefined;
  private temp: string | undefined;
  private pending: string[] = [];
  private pendingBytes = 0;
  private source: { fd: number; bytes: number } | undefined;

  constructor(readonly path: string) {}

  /** Starts from the first `bytes` of the old index (its header and the entries still good). */
  keep(fd: number, bytes: number): void {
    this.source = { fd, bytes };
  }

  add(line: string): void {
    this.pending.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes > 256 * 1024) this.flush();
  }

  commit(header: Header): void {
    const head = JSON.stringify(header);
    if (head.length >= HEADER_BYTES) return;
    this.flush();
    const fd = this.open();
    if (fd === undefined) return;
    try {
      writeSync(fd, `${head.padEnd(HEADER_BYTES - 1)}\n`, 0);
      closeSync(fd);
      this.fd = undefined;
      renameSync(this.temp!, this.path);
      this.temp = undefined;
    } catch {
      // A cache that cannot be written (a read-only directory, a full disk) is rebuilt next time.
    }
  }

  abandon(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.temp !== undefined) rmSync(this.temp, { force: true });
    this.fd = undefined;
    this.temp = undefined;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const fd = this.open();
    const text = `${this.pending.join('\n')}\n`;
    this.pending = [];
    this.pendingBytes = 0;
    if (fd === undefined) return;
    try {
      writeSync(fd, text, null, 'utf8');
    } catch {
      this.abandon();
      this.failed = true;
    }
  }

  private failed = false;

  /** The temp file, begun with the kept part of the old index (read from the index this run checked). */
  private open(): number | undefined {
    if (this.fd !== undefined || this.failed) return this.fd;
    this.temp = `${this.path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      this.fd = openSync(
        this.temp,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
        0o600,
      );
      const src = this.source ?? { fd: -1, bytes: 0 };
      writeSync(this.fd, `${' '.repeat(HEADER_BYTES - 1)}\n`);
      const chunk = Buffer.allocUnsafe(1024 * 1024);
      for (let pos = HEADER_BYTES; pos < src.bytes; ) {
        const n = readSync(src.fd, chunk, 0, Math.min(chunk.length, src.bytes - pos), pos);
        if (n === 0) break;
        writeSync(this.fd, chunk, 0, n);
        pos += n;
      }
      return this.fd;
    } catch {
      this.abandon();
      this.failed = true;
      return undefined;
    }
  }
}

function decodeEntry(raw: RawLine): Entry<SessionSummary> | undefined {
  if (raw.bytes === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw.bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length < 4) return undefined;
  const [n, start, length, summary] = value as [unknown, unknown, unknown, unknown];
  if (typeof n !== 'number' || typeof start !== 'number' || typeof length !== 'number')
    return undefined;
  if (summary === null)
    return typeof value[5] === 'string' ? (value as Entry<SessionSummary>) : undefined;
  const decoded = decodeSummary(summary);
  return decoded ? [n, start, length, decoded] : undefined;
}

/** A history line's text as the full reader sees it: no CR before the newline, no BOM. */
function lineText(bytes: Buffer, start: number): string {
  let text = bytes.toString('utf8');
  if (text.endsWith('\r')) text = text.slice(0, -1);
  if (start === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

function readBytes(fd: number, start: number, length: number): Buffer {
  const buf = Buffer.alloc(Math.max(0, length));
  let got = 0;
  while (got < buf.length) {
    const n = readSync(fd, buf, got, buf.length - got, start + got);
    if (n === 0) break;
    got += n;
  }
  return buf.subarray(0, got);
}

/** The offset of the first newline at or after `start` (the end of the file when none). */
function nextNewline(fd: number, start: number): number {
  const chunk = Buffer.alloc(64 * 1024);
  for (let pos = start; ; ) {
    const n = readSync(fd, chunk, 0, chunk.length, pos);
    if (n === 0) return pos;
    const nl = chunk.subarray(0, n).indexOf(0x0a);
    if (nl !== -1) return pos + nl;
    pos += n;
  }
}

/**
 * Two 32-bit FNV-1a hashes (different offsets) of a line: enough to notice a changed line in a
 * cache check, and no node:crypto (a score of internal modules) on every `list`.
 */
function hashOf(bytes: Buffer): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i]!, 0x01000193);
    b = Math.imul(b ^ bytes[bytes.length - 1 - i]!, 0x01000193);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}
