import { displayCopy } from '../../render/sanitize.js';
import type { Style } from '../../render/style.js';
import { table } from '../../render/width.js';
import type { SessionRow } from './rows.js';
import { modeWord, type StatsLabels, statsLabels } from './screen-text.js';

/** A session's row, and for a run of part of its set how many of the set's items it asked. */
export type HistoryRow = SessionRow & { part?: { asked: number; of: number } };

/** `cs-drill history`: one line per session, newest first; with `withUser` (--all-users), whose. */
export function renderHistoryTable(
  rows: HistoryRow[],
  formatDate: (iso: string) => string,
  style: Style,
  L: StatsLabels = statsLabels,
  withUser = false,
): string {
  const body = rows.map(displayCopy).map((r) => {
    // A stopped session has no score for the set (its status says so).
    const score = r.percent === null || r.status === 'stopped' ? '–' : `${r.percent}%`;
    return [
      formatDate(r.started),
      ...(withUser ? [r.user] : []),
      style.bold(r.set),
      r.lang,
      modeWord(L, r.mode),
      score,
      clock(r.duration_s),
      statusText(r, style, L),
      style.dim(r.id.slice(0, 8)),
    ];
  });
  const [date, ...rest] = L.historyHeader;
  const header = withUser ? [date!, L.userColumn, ...rest] : L.historyHeader;
  return `${table([header.map((h) => style.dim(h)), ...body])}\n`;
}

export function statusText(
  r: Pick<HistoryRow, 'status' | 'percent' | 'passed' | 'part'>,
  style: Style,
  L: StatsLabels = statsLabels,
): string {
  if (r.status === 'stopped') return style.yellow(L.statusText.stopped);
  // A part's pass says nothing of the set, as in `list` and `stats`.
  if (r.part) return style.dim(L.statusText.part(r.part.asked, r.part.of));
  if (r.percent === null) return L.statusText.completed;
  return r.passed ? style.green(L.statusText.passed) : L.statusText.notPassed;
}

export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
