import { read, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
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
const CHUNK = 64 * 1024;
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

  /** The lines the next bytes of the file complete (they follow the previous bytes). */
  push(data: Buffer): RawLine[] {
    const out: RawLine[] = [];
    let from = 0;
    const base = this.pos;
    this.pos += data.length;
    for (;;) {
      const nl = data.indexOf(0x0a, from);
      if (nl === -1) {
        this.take(data.subarray(from));
        return out;
      }
      this.take(data.subarray(from, nl));
      out.push(this.finish(base + nl));
      from = nl + 1;
    }
  }

  end(): RawLine[] {
    return this.size > 0 || this.tooLong ? [this.finish(this.pos)] : [];
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

/**
 * The lines of an open file, read in 64 KiB chunks (signals and other events run in between),
 * handed out a chunk's worth at a time: one await per line would cost more than the reading.
 */
export async function* readLines(fd: number, range: LineRange = {}): AsyncGenerator<RawLine[]> {
  let pos = range.start ?? 0;
  const split = new LineSplitter(range.maxBytes ?? MAX_LINE_BYTES, pos);
  const end = range.end ?? Number.POSITIVE_INFINITY;
  while (pos < end) {
    // A fresh buffer per chunk: the lines handed out are views into it.
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, end - pos));
    const { bytesRead } = await readAsync(fd, chunk, 0, chunk.length, pos);
    if (bytesRead === 0) break;
    pos += bytesRead;
    const lines = split.push(chunk.subarray(0, bytesRead));
    if (lines.length) yield lines;
  }
  const last = split.end();
  if (last.length) yield last;
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

/** A line decoded as UTF-8; `text` is null when the line is longer than the cap. */
export interface TextLine {
  n: number;
  text: string | null;
}

/**
 * The lines of an open file as text, for readers: decoded a chunk at a time (much cheaper than
 * a Buffer per line) with the same bounds as readLines — an overlong line is dropped as it
 * arrives, a BOM at the start is dropped, and so is a CR before a newline.
 */
export async function* readTextLines(fd: number): AsyncGenerator<TextLine[]> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let tooLong = false;
  let n = 0;
  let pos = 0;
  const finish = (text: string): TextLine => {
    n++;
    let line: string | null = tooLong ? null : text;
    if (line !== null) {
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (n === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    }
    tooLong = false;
    return { n, text: line };
  };
  const take = (piece: string) => {
    if (tooLong) return;
    // A UTF-16 length bounds the bytes too (at most 3 bytes per unit).
    if (pending.length + piece.length > MAX_LINE_BYTES) {
      tooLong = true;
      pending = '';
    } else pending += piece;
  };
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    const { bytesRead } = await readAsync(fd, chunk, 0, CHUNK, pos);
    const text = bytesRead === 0 ? decoder.end() : decoder.write(chunk.subarray(0, bytesRead));
    pos += bytesRead;
    const out: TextLine[] = [];
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      if (nl === -1) break;
      take(text.slice(from, nl));
      out.push(finish(pending));
      pending = '';
      from = nl + 1;
    }
    take(text.slice(from));
    if (bytesRead === 0) {
      if (pending !== '' || tooLong) out.push(finish(pending));
      if (out.length) yield out;
      return;
    }
    if (out.length) yield out;
  }
}
