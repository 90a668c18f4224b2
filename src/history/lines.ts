import { read, readSync } from 'node:fs';
import { promisify } from 'node:util';

const readAsync = promisify(read);

/** One line of a JSON Lines file: its bytes without the newline (nor a CR before it). */
export interface RawLine {
  /** 1-based line number. */
  n: number;
  /** `null` when the line is longer than the cap: it was skipped, never held in memory. */
  bytes: Buffer | null;
  /** Where the line lies in the file (`end` is the offset of its newline), to copy it unread. */
  start: number;
  end: number;
}

/** No session line comes near this; a longer one is damage (or an attack), skipped unread. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;
const CHUNK = 1 << 20;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Cuts a byte stream into lines with bounded memory: a line over `maxBytes` is dropped as it
 * arrives (reported as `bytes: null`), so a 600 MB line costs one chunk, not a RangeError.
 * A UTF-8 byte order mark at the very start is dropped too.
 */
class LineSplitter {
  private parts: Buffer[] = [];
  private size = 0;
  private tooLong = false;
  private n = 0;
  private lineStart: number;
  private pos: number;
  constructor(
    private readonly maxBytes: number,
    start: number,
  ) {
    this.lineStart = start;
    this.pos = start;
  }

  /** The next bytes of the file (they follow the previous ones). */
  *push(data: Buffer): Generator<RawLine> {
    let from = 0;
    const base = this.pos;
    this.pos += data.length;
    for (;;) {
      const nl = data.indexOf(0x0a, from);
      if (nl === -1) {
        this.take(data.subarray(from));
        return;
      }
      this.take(data.subarray(from, nl));
      yield this.finish(base + nl);
      from = nl + 1;
    }
  }

  *end(): Generator<RawLine> {
    if (this.size > 0 || this.tooLong) yield this.finish(this.pos);
  }

  private take(b: Buffer): void {
    if (this.tooLong || b.length === 0) return;
    if (this.size + b.length > this.maxBytes) {
      this.tooLong = true;
      this.parts = [];
      this.size = 0;
      return;
    }
    this.parts.push(b);
    this.size += b.length;
  }

  private finish(end: number): RawLine {
    this.n++;
    const start = this.lineStart;
    this.lineStart = end + 1;
    let bytes: Buffer | null = null;
    if (!this.tooLong) {
      bytes = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.size);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
      if (start === 0 && bytes.subarray(0, 3).equals(BOM)) bytes = bytes.subarray(3);
    }
    this.parts = [];
    this.size = 0;
    this.tooLong = false;
    return { n: this.n, bytes, start, end };
  }
}

export interface LineRange {
  start?: number;
  /** Exclusive byte offset; the end of the file when absent. */
  end?: number;
  maxBytes?: number;
}

/** The lines of an open file, read in 1 MiB chunks (signals and other events run in between). */
export async function* readLines(fd: number, range: LineRange = {}): AsyncGenerator<RawLine> {
  let pos = range.start ?? 0;
  const split = new LineSplitter(range.maxBytes ?? MAX_LINE_BYTES, pos);
  const end = range.end ?? Number.POSITIVE_INFINITY;
  while (pos < end) {
    // A fresh buffer per chunk: the lines handed out are views into it.
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, end - pos));
    const { bytesRead } = await readAsync(fd, chunk, 0, chunk.length, pos);
    if (bytesRead === 0) break;
    pos += bytesRead;
    yield* split.push(chunk.subarray(0, bytesRead));
  }
  yield* split.end();
}

/** The same, synchronously, for the small files read in one go (regrades). */
export function* readLinesSync(fd: number, range: LineRange = {}): Generator<RawLine> {
  let pos = range.start ?? 0;
  const split = new LineSplitter(range.maxBytes ?? MAX_LINE_BYTES, pos);
  const end = range.end ?? Number.POSITIVE_INFINITY;
  while (pos < end) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, end - pos));
    const bytesRead = readSync(fd, chunk, 0, chunk.length, pos);
    if (bytesRead === 0) break;
    pos += bytesRead;
    yield* split.push(chunk.subarray(0, bytesRead));
  }
  yield* split.end();
}

/** A line of white space (or nothing) is not a record, nor damage. */
export function isBlank(bytes: Buffer): boolean {
  // Records start with "{": most lines are decided by their first byte, without decoding.
  if (bytes.length > 0 && bytes[0] === 0x7b) return false;
  return bytes.toString('utf8').trim() === '';
}
