import { closeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CliError, type Problem } from '../errors.js';
import { type ItemResult, verdictOf } from '../session/item-result.js';
import { percent, type SessionRecord, summarise } from '../session/record.js';
import { appendLines } from './append.js';
import { isBlank, readLinesSync } from './lines.js';
import { type DataOwner, dataOwner } from './location.js';
import { openForRead } from './safe-file.js';

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

/** One line, one write(), under the lock: the same guarantees as the history file. */
export function appendRegrade(
  file: string,
  regrade: Regrade,
  who: DataOwner = dataOwner(process.env),
): void {
  appendRegrades(file, [regrade], who);
}

export function appendRegrades(
  file: string,
  regrades: readonly Regrade[],
  who: DataOwner = dataOwner(process.env),
  own = true,
): void {
  if (regrades.length)
    appendLines(
      file,
      regrades.map((r) => JSON.stringify(r)),
      who,
      own,
    );
}

/** Reads the (small) regrades file; a missing file means no regrades. Later lines win. */
export function readRegrades(
  file: string,
  problems: Problem[],
  who: DataOwner = dataOwner(process.env),
): RegradeIndex {
  const index: RegradeIndex = new Map();
  let fd: number | undefined;
  try {
    fd = openForRead(file, who, { what: 'regrades' });
  } catch (error) {
    const p = error instanceof CliError ? error.problems[0] : undefined;
    problems.push({
      code: 'regrades-unreadable',
      file,
      message: p?.message ?? `cannot read regrades: ${String(error)}`,
      hint: 'regrades are not applied',
    });
    return index;
  }
  if (fd === undefined) return index;
  try {
    for (const { n, bytes } of readLinesSync(fd)) {
      if (bytes !== null && isBlank(bytes)) continue;
      const r = bytes === null ? undefined : parseRegradeLine(bytes.toString('utf8'));
      if (!r) {
        problems.push({
          code: 'regrades-damaged',
          file,
          line: n,
          message: 'not a valid regrade line',
          hint: 'this line is skipped; the file is not changed',
        });
        continue;
      }
      const items = index.get(r.sessionId) ?? new Map<string, Regrade>();
      items.set(r.itemId, r);
      index.set(r.sessionId, items);
    }
  } catch (error) {
    problems.push({
      code: 'regrades-unreadable',
      file,
      message: `cannot read regrades: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    });
  } finally {
    closeSync(fd);
  }
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
