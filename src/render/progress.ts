import type { OutStream } from '../shell/context.js';

export interface Progress {
  tick(): void;
  /** What to write before a message so it does not land on the bar (the bar comes back on the next tick). */
  clear(): string;
  done(): void;
}

const NONE: Progress = { tick() {}, clear: () => '', done() {} };

/**
 * A one-line progress bar on a terminal, redrawn at most every 100 ms and erased at the
 * end; nothing at all when the stream is a file or a pipe (logs stay clean).
 */
export function createProgress(
  stream: OutStream,
  total: number,
  label: (done: number, total: number) => string,
  now: () => number,
): Progress {
  if (!stream.isTTY || total < 2) return NONE;
  let done = 0;
  let last = 0;
  const width = 30;
  const draw = () => {
    const full = Math.round((done / total) * width);
    stream.write(
      `\r[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${label(done, total)}\u001b[K`,
    );
  };
  return {
    tick() {
      done++;
      const t = now();
      if (t - last >= 100 || done === total) {
        last = t;
        draw();
      }
    },
    clear() {
      last = 0;
      return '\r\u001b[K';
    },
    done() {
      stream.write('\r\u001b[K');
    },
  };
}
