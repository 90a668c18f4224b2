import {
  closeSync,
  createReadStream,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Problem } from '../errors.js';
import type { SessionRecord } from '../session/record.js';
import { parseRecordLine } from './parse-record.js';
import { applyRegrades, readRegrades, regradesFileFor } from './regrades.js';

/**
 * Appends one session as one line with a single write(): concurrent writers never
 * interleave, and a crash can at worst leave a torn last line, never damage earlier ones.
 * Costs the same whatever the file's size.
 */
export function appendRecord(file: string, record: SessionRecord): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const fd = openSync(file, 'a+', 0o600);
  try {
    // A previous crash may have left a line without its newline: start ours on a fresh line.
    const size = fstatSync(fd).size;
    let lead = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) lead = '\n';
    }
    const buf = Buffer.from(`${lead}${JSON.stringify(record)}\n`, 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
  } finally {
    closeSync(fd);
  }
}

export interface HistoryRead {
  records: SessionRecord[];
  /** Damaged lines (reported with their line number, never rewritten) and refused ones. */
  problems: Problem[];
}

/**
 * Streams the history file line by line; a missing file is an empty history. Trainers'
 * regrades (regrades.jsonl beside it) are applied as records pass.
 */
export async function* streamHistory(
  file: string,
  problems: Problem[],
): AsyncGenerator<SessionRecord> {
  const regrades = readRegrades(regradesFileFor(file), problems);
  let stream: ReturnType<typeof createReadStream>;
  try {
    const fd = openSync(file, 'r');
    stream = createReadStream('', { fd, encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    problems.push({
      code: 'history-unreadable',
      file,
      message: `cannot read history: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    });
    return;
  }
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const parsed = parseRecordLine(line);
    if (parsed.ok) yield regrades.size > 0 ? applyRegrades(parsed.record, regrades) : parsed.record;
    else {
      problems.push({
        code: parsed.reason === 'newer-schema' ? 'history-newer' : 'history-damaged',
        file,
        line: n,
        message: parsed.message,
        hint:
          parsed.reason === 'newer-schema'
            ? 'update cs-drill to read it'
            : 'this line is skipped; the file is not changed',
      });
    }
  }
}

export async function readHistory(
  file: string,
  keep: (r: SessionRecord) => boolean = () => true,
): Promise<HistoryRead> {
  const problems: Problem[] = [];
  const records: SessionRecord[] = [];
  for await (const r of streamHistory(file, problems)) if (keep(r)) records.push(r);
  return { records, problems };
}
