import {
  closeSync,
  constants,
  createReadStream,
  fstatSync,
  openSync,
  readSync,
  type Stats,
} from 'node:fs';
import { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { CliError, EXIT, type Problem } from '../errors.js';

/**
 * Reading the text people hand in (sheets, replies, drill files, results): the limit is kept on
 * the bytes read, never on a stat (a device or a FIFO says size 0), and the bytes must be text
 * in an encoding we can name — otherwise a Big5 reply would be judged as mojibake and pass.
 */

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;

function refuse(file: string, code: string, message: string, hint?: string): CliError {
  const p: Problem = { code, file, message };
  if (hint) p.hint = hint;
  return new CliError(p);
}

function tooLarge(file: string, limit: number, size?: number): CliError {
  if (size !== undefined)
    return refuse(
      file,
      'file-too-large',
      `file is too large (${(size / MB).toFixed(1)} MB; the limit is ${limit / MB} MB)`,
    );
  return refuse(
    file,
    'file-too-large',
    `is larger than the limit of ${limit / MB} MB (stopped reading there)`,
    'split it into several files',
  );
}

const binary = (file: string) =>
  refuse(file, 'binary-file', 'is not a text file (it contains NUL bytes)');

const startsUtf16 = (b: Uint8Array) =>
  b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));

/**
 * UTF-8 (a BOM is dropped) or UTF-16 announced by its BOM; anything else is refused, naming
 * the problem. Line breaks come out as LF.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  let text: string;
  if (startsUtf16(bytes)) {
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw refuse(
        file,
        'not-utf8',
        'is not UTF-8 text (Big5, GB18030 or another legacy encoding?)',
        'save it as UTF-8 (e.g. `iconv -f BIG5 -t UTF-8`) and try again',
      );
    }
  }
  if (text.includes('\u0000')) throw binary(file);
  // Line breaks as YAML and people read them: CRLF, and a lone CR from old Mac editors.
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

/** Collects chunks up to `limit` bytes; a NUL outside UTF-16 stops it at once (/dev/zero). */
class Collector {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  constructor(
    private readonly file: string,
    private readonly limit: number,
  ) {}
  add(chunk: Buffer): void {
    this.size += chunk.length;
    if (this.size > this.limit) throw tooLarge(this.file, this.limit);
    this.chunks.push(chunk);
    if (chunk.includes(0) && !startsUtf16(this.chunks[0]!)) throw binary(this.file);
  }
  text(): string {
    const whole = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    return decodeText(whole, this.file);
  }
}

function unreadable(file: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return refuse(file, 'is-directory', 'is a directory, not a file');
  return refuse(file, 'file-not-found', `cannot read: ${code ?? 'error'}`, 'check the path');
}

/**
 * A regular file, read synchronously (drill sets are loaded in synchronous code). A FIFO or a
 * device would block the process beyond the reach of Ctrl-C, so they are refused here.
 */
export function readTextFileSync(file: string, limit: number): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw unreadable(file, error);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw refuse(file, 'is-directory', 'is a directory, not a file');
    if (!st.isFile())
      throw refuse(
        file,
        'not-a-file',
        'is not a regular file (a device, FIFO or socket)',
        'give a file',
      );
    if (st.size > limit) throw tooLarge(file, limit, st.size);
    return readAllSync(fd, file, limit);
  } catch (error) {
    throw unreadable(file, error);
  } finally {
    closeSync(fd);
  }
}

/**
 * One read buffer per thread, used again by every synchronous read: a fresh zero-filled 64 KB
 * for each read (two per sheet) kept the garbage collector busy in a class of 10k sheets.
 */
let readBuffer: Buffer | undefined;

/** A regular file's bytes from an open descriptor, bounded like any input. */
function readAllSync(fd: number, file: string, limit: number): string {
  const into = new Collector(file, limit);
  readBuffer ??= Buffer.allocUnsafe(CHUNK);
  for (;;) {
    const n = readSync(fd, readBuffer, 0, CHUNK, null);
    if (n === 0) break;
    // Only the bytes read are kept, copied out of the shared buffer before the next read.
    into.add(Buffer.from(readBuffer.subarray(0, n)));
  }
  return into.text();
}

/** The work, or a rejection as soon as the signal aborts (the listener goes when the work ends). */
async function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  let stop = () => {};
  const aborted = new Promise<never>((_, reject) => {
    stop = () =>
      reject(
        new CliError({ code: 'interrupted', message: 'stopped while reading' }, EXIT.interrupted),
      );
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/**
 * Any file — a FIFO or a device too — read without blocking the event loop, so Ctrl-C and
 * SIGTERM still act (a regular file is read at once: it cannot block). A FIFO is read through
 * the event loop, never by a thread-pool read that would block (and hold the process at exit)
 * while its writer stays silent.
 */
export async function readTextPath(
  path: string,
  label: string,
  limit: number,
  signal?: AbortSignal,
): Promise<string> {
  let fd: number;
  let st: Stats;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    st = fstatSync(fd);
  } catch (error) {
    throw unreadable(label, error);
  }
  if (st.isDirectory()) {
    closeSync(fd);
    throw refuse(label, 'is-directory', 'is a directory, not a file');
  }
  // A regular file never blocks: read at once, not through a stream (a class of 10k sheets
  // spent more in stream and thread-pool round trips than in reading).
  if (st.isFile()) {
    try {
      return readAllSync(fd, label, limit);
    } catch (error) {
      throw unreadable(label, error);
    } finally {
      closeSync(fd);
    }
  }
  const stream =
    st.isFIFO() || st.isSocket()
      ? new Socket({ fd, readable: true, writable: false })
      : createReadStream('', { fd, highWaterMark: CHUNK });
  try {
    return await readTextStream(stream, label, limit, signal);
  } catch (error) {
    throw unreadable(label, error);
  } finally {
    stream.destroy();
  }
}

/** Standard input (or any stream), bounded like a file. */
export async function readTextStream(
  stream: Readable,
  label: string,
  limit: number,
  signal?: AbortSignal,
): Promise<string> {
  const work = (async () => {
    const into = new Collector(label, limit);
    for await (const chunk of stream) {
      into.add(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      if (signal?.aborted) break;
    }
    return into.text();
  })();
  return untilAborted(work, signal);
}
