import {
  closeSync,
  fchownSync,
  fsyncSync,
  openSync,
  renameSync,
  type Stats,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OutStream } from '../shell/context.js';

/** Where an export goes: standard output, or a file that appears whole or not at all. */
export interface Sink {
  write(text: string): Promise<void>;
  /** Finishes the output (for a file: renames the complete temp file into place). */
  close(): Promise<void>;
  /** Gives up: a file export leaves no trace. */
  abort(): void;
  /** The reader went away (`cs-drill export | head -1`): stop writing, it is not an error. */
  readonly closed: boolean;
}

const CHUNK = 64 * 1024;

/**
 * Standard output, in chunks of `chunk` characters (64 Ki by default), waiting when the pipe is
 * full. A `chunk` of 1 writes each piece through at once.
 */
export function streamSink(out: OutStream, chunk = CHUNK): Sink {
  let pending = '';
  let closed = false;
  const flush = async () => {
    if (pending === '' || closed) return;
    const chunk = pending;
    pending = '';
    if (out.destroyed || out.writableEnded) {
      closed = true;
      return;
    }
    if (!out.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          out.off('drain', done);
          out.off('close', gone);
          out.off('error', gone);
          resolve();
        };
        const gone = () => {
          closed = true;
          done();
        };
        out.once('drain', done);
        out.once('close', gone);
        out.once('error', gone);
      });
    }
  };
  return {
    async write(text) {
      pending += text;
      if (pending.length >= chunk) await flush();
    },
    close: flush,
    abort() {
      pending = '';
    },
    get closed() {
      return closed || out.destroyed === true;
    },
  };
}

/**
 * A file written through a temp file beside it, fsynced, then renamed over the target:
 * readers see the old file or the complete new one, never half of one. Ctrl-C and SIGTERM
 * reach the command through ctx.signal (run.ts), which then aborts the sink; if the
 * process exits anyway the temp file is removed on the way out. After a `kill -9` only a
 * hidden `.name.*.tmp` file can remain, never a torn target.
 * New files are owner-only (0600), like the history they come from; a file replaced (--force)
 * keeps its owner and mode.
 */
export function fileSink(target: string, existing?: Stats): Sink {
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  const fd = openSync(temp, 'wx', existing ? existing.mode & 0o777 : 0o600);
  if (existing && (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.())) {
    try {
      fchownSync(fd, existing.uid, existing.gid);
    } catch (error) {
      closeSync(fd);
      unlinkSync(temp);
      throw error;
    }
  }
  let open = true;
  let pending = '';
  const cleanup = () => {
    if (open) {
      open = false;
      try {
        closeSync(fd);
      } catch {}
    }
    try {
      unlinkSync(temp);
    } catch {}
  };
  const unhook = () => process.off('exit', cleanup);
  process.once('exit', cleanup);
  const flush = () => {
    if (pending === '') return;
    const buf = Buffer.from(pending, 'utf8');
    pending = '';
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
  };
  return {
    async write(text) {
      pending += text;
      if (pending.length >= CHUNK) {
        flush();
        // Let signals and other events in between chunks.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    },
    async close() {
      try {
        flush();
        fsyncSync(fd);
        closeSync(fd);
        open = false;
        renameSync(temp, target);
      } catch (error) {
        cleanup();
        throw error;
      } finally {
        unhook();
      }
    },
    abort() {
      cleanup();
      unhook();
    },
    closed: false,
  };
}
