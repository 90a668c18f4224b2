import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Problem } from '../errors.js';
import { type ItemResult, verdictOf } from '../session/item-result.js';
import { percent, type SessionRecord, summarise } from '../session/record.js';

export const REGRADE_SCHEMA = 1;

/** A trainer's verdict on one item of one session; stored append-only beside the history. */
export interface Regrade {
  schema: typeof REGRADE_SCHEMA;
  sessionId: string;
  itemId: string;
  score: number;
  note: string;
  /** ISO time the trainer recorded it. */
  at: string;
  by: string;
}

/** Latest regrade per session and item: sessionId → itemId → regrade. */
export type RegradeIndex = Map<string, Map<string, Regrade>>;

/** regrades.jsonl lives in the same directory as the history file it amends. */
export function regradesFileFor(historyFile: string): string {
  return join(dirname(historyFile), 'regrades.jsonl');
}

/** One line, one write(): the same guarantees as the history file. */
export function appendRegrade(file: string, regrade: Regrade): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const fd = openSync(file, 'a+', 0o600);
  try {
    // Start on a fresh line if a crash left the last one without its newline.
    const size = fstatSync(fd).size;
    const last = Buffer.alloc(1);
    const lead =
      size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a ? '\n' : '';
    const buf = Buffer.from(`${lead}${JSON.stringify(regrade)}\n`, 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
  } finally {
    closeSync(fd);
  }
}

/** Reads the (small) regrades file whole; a missing file means no regrades. Later lines win. */
export function readRegrades(file: string, problems: Problem[]): RegradeIndex {
  const index: RegradeIndex = new Map();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT')
      problems.push({
        code: 'regrades-unreadable',
        file,
        message: `cannot read regrades: ${code ?? String(error)}`,
      });
    return index;
  }
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const r = parseRegradeLine(line);
    if (!r) {
      problems.push({
        code: 'regrades-damaged',
        file,
        line: i + 1,
        message: 'not a valid regrade line',
        hint: 'this line is skipped; the file is not changed',
      });
      return;
    }
    const items = index.get(r.sessionId) ?? new Map<string, Regrade>();
    items.set(r.itemId, r);
    index.set(r.sessionId, items);
  });
  return index;
}

function parseRegradeLine(line: string): Regrade | undefined {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof v !== 'object' || v === null) return undefined;
  const r = v as Record<string, unknown>;
  const ok =
    r.schema === REGRADE_SCHEMA &&
    typeof r.sessionId === 'string' &&
    typeof r.itemId === 'string' &&
    typeof r.score === 'number' &&
    Number.isFinite(r.score) &&
    r.score >= 0 &&
    typeof r.at === 'string' &&
    typeof r.by === 'string';
  if (!ok) return undefined;
  return { ...(r as unknown as Regrade), note: typeof r.note === 'string' ? r.note : '' };
}

/**
 * The session as the trainer graded it: each regraded item takes the trainer's score (the
 * automatic one is kept in `regrade.autoScore`) and the totals, skills and pass are recomputed.
 * Pure; returns the record itself when nothing applies.
 */
export function applyRegrades(record: SessionRecord, index: RegradeIndex): SessionRecord {
  const mine = index.get(record.id);
  if (!mine) return record;
  let changed = false;
  const items = record.items.map((item): ItemResult => {
    const r = mine.get(item.id);
    if (!r) return item;
    changed = true;
    const score = Math.min(r.score, item.max);
    const autoScore = item.regrade?.autoScore ?? item.score;
    return {
      ...item,
      score,
      verdict: verdictOf(score, item.max),
      regrade: { autoScore, score, note: r.note, at: r.at, by: r.by },
    };
  });
  if (!changed) return record;
  const totals = summarise(items);
  return {
    ...record,
    items,
    ...totals,
    passed: record.status === 'completed' && percent(totals.score, totals.max) >= record.passMark,
  };
}
