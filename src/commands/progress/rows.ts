import type { Cell } from '../../formats/csv.js';
import type { Answer } from '../../session/answer.js';
import { percent, type SessionRecord } from '../../session/record.js';

/**
 * The rows every export format writes (documented, stable: add columns at the end only).
 * One row per session, or with --items one row per answered item.
 */
export interface SessionRow {
  id: string;
  user: string;
  set: string;
  title: string;
  lang: string;
  mode: string;
  /** "completed" or "stopped" (older records say "aborted": read as stopped). */
  status: 'completed' | 'stopped';
  started: string;
  ended: string;
  duration_s: number;
  score: number;
  max: number;
  /** null for sessions without points (self-rating scales only). */
  percent: number | null;
  passed: boolean;
  items: number;
  /** The score before trainers' regrades (equal to score when nothing was regraded). */
  auto_score: number;
  regraded_items: number;
}

export interface ItemRow {
  session: string;
  user: string;
  set: string;
  lang: string;
  mode: string;
  started: string;
  item: string;
  kind: string;
  skill: string;
  answer: string;
  score: number;
  max: number;
  verdict: string;
  needs_review: boolean;
  forbidden_phrases: number;
  duration_s: number;
  /** The judge's score; `score` is the trainer's when the item was regraded. */
  auto_score: number;
  regraded: boolean;
  regraded_by: string;
  regraded_at: string;
  regrade_note: string;
}

export const SESSION_COLUMNS: (keyof SessionRow)[] = [
  'id',
  'user',
  'set',
  'title',
  'lang',
  'mode',
  'status',
  'started',
  'ended',
  'duration_s',
  'score',
  'max',
  'percent',
  'passed',
  'items',
  'auto_score',
  'regraded_items',
];
export const ITEM_COLUMNS: (keyof ItemRow)[] = [
  'session',
  'user',
  'set',
  'lang',
  'mode',
  'started',
  'item',
  'kind',
  'skill',
  'answer',
  'score',
  'max',
  'verdict',
  'needs_review',
  'forbidden_phrases',
  'duration_s',
  'auto_score',
  'regraded',
  'regraded_by',
  'regraded_at',
  'regrade_note',
];

export type Row = SessionRow | ItemRow;

/** What a session row reads of an item: of a whole record or of its summary. */
type RowItem = { score: number; regrade?: { autoScore: number } };

/** From a whole record or its summary. */
export function sessionRow(
  r: Omit<SessionRecord, 'items' | 'plan'> & { items: readonly RowItem[] },
): SessionRow {
  const seconds = (Date.parse(r.endedAt) - Date.parse(r.startedAt)) / 1000;
  return {
    id: r.id,
    user: r.user,
    set: r.setId,
    title: r.setTitle ?? '',
    lang: r.lang,
    mode: r.mode,
    status: r.status === 'completed' ? 'completed' : 'stopped',
    started: r.startedAt,
    ended: r.endedAt,
    duration_s: Number.isFinite(seconds) ? Math.max(0, Math.round(seconds)) : 0,
    score: r.score,
    max: r.max,
    percent: r.max > 0 ? percent(r.score, r.max) : null,
    passed: r.passed === true,
    items: r.items.length,
    auto_score:
      Math.round(r.items.reduce((n, i) => n + (i.regrade?.autoScore ?? i.score), 0) * 100) / 100,
    regraded_items: r.items.filter((i) => i.regrade).length,
  };
}

export function itemRows(r: SessionRecord): ItemRow[] {
  return r.items.map((i) => ({
    session: r.id,
    user: r.user,
    set: r.setId,
    lang: r.lang,
    mode: r.mode,
    started: r.startedAt,
    item: i.id,
    kind: i.kind,
    skill: i.skill,
    answer: answerText(i.answer),
    score: i.score,
    max: i.max,
    verdict: i.kind === 'scale' ? 'recorded' : i.verdict,
    needs_review: i.needsReview === true,
    forbidden_phrases: i.forbidden?.length ?? 0,
    duration_s: Math.round((i.durationMs ?? 0) / 100) / 10,
    auto_score: i.regrade?.autoScore ?? i.score,
    regraded: i.regrade !== undefined,
    regraded_by: i.regrade?.by ?? '',
    regraded_at: i.regrade?.at ?? '',
    regrade_note: i.regrade?.note ?? '',
  }));
}

/** An answer as one line of text: option keys joined by commas, ratings by spaces. */
export function answerText(answer: Answer | null): string {
  if (answer === null || answer === undefined) return '';
  if (typeof answer === 'string') return answer;
  if (answer.every((a) => typeof a === 'number')) return answer.join(' ');
  return answer.join(', ');
}

export function cells(row: Row, columns: readonly string[]): Cell[] {
  return columns.map((c) => (row as unknown as Record<string, Cell>)[c] ?? null);
}
