// A class gradebook (after Moodle's grader report): one row per trainee, a column per item of one
// set or per set, totals, answers waiting for a trainer and pass/fail. Pure: records in, table out.

import { userKey } from '../session/name.js';
import { roundPoints } from '../session/points.js';
import { percent, type SessionRecord } from '../session/record.js';

export type GradebookBy = 'item' | 'set';

export interface GradebookColumn {
  /** The item id (by item) or the set id (by set). */
  id: string;
  max: number;
}

export interface GradebookCell {
  score: number;
  max: number;
  /** A trainer regraded it (by item) or one of its items (by set). */
  regraded: boolean;
}

export interface GradebookRow {
  /** The name as the trainee's newest session spells it. */
  user: string;
  cells: (GradebookCell | undefined)[];
  score: number;
  max: number;
  /** null when nothing counted has points. */
  percent: number | null;
  /** Free-text answers the judge was unsure of and no trainer has regraded yet. */
  needs_review: number;
  /** Every set in the row passed (its newest completed session). */
  passed: boolean;
  sessions: number;
}

export interface Gradebook {
  by: GradebookBy;
  /** The set, when the gradebook is of one set. */
  set?: string;
  columns: GradebookColumn[];
  rows: GradebookRow[];
}

/**
 * Collects completed sessions (in any order) and keeps, per trainee and set, the newest: a
 * gradebook shows where each trainee stands now. Memory: one session per trainee and set.
 */
export class GradebookBuilder {
  private readonly newest = new Map<string, Map<string, SessionRecord>>();
  private readonly counts = new Map<string, number>();

  add(r: SessionRecord): void {
    if (r.status !== 'completed') return;
    const key = userKey(r.user);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const sets = this.newest.get(key) ?? new Map<string, SessionRecord>();
    this.newest.set(key, sets);
    const have = sets.get(r.setId);
    if (!have || Date.parse(r.startedAt) >= Date.parse(have.startedAt)) sets.set(r.setId, r);
  }

  /** By item when the sessions are of one set (or `by` says so), else by set. */
  result(by?: GradebookBy): Gradebook {
    const setIds = new Set([...this.newest.values()].flatMap((s) => [...s.keys()]));
    const mode: GradebookBy = by ?? (setIds.size === 1 ? 'item' : 'set');
    const columns = new Map<string, GradebookColumn>();
    const found: { row: Omit<GradebookRow, 'cells'>; cells: Map<string, GradebookCell> }[] = [];
    for (const [key, sets] of this.newest) {
      const records = [...sets.values()];
      const latest = records.reduce((a, b) =>
        Date.parse(b.startedAt) > Date.parse(a.startedAt) ? b : a,
      );
      const cells = new Map<string, GradebookCell>();
      for (const r of records) {
        if (mode === 'set') {
          cells.set(r.setId, {
            score: r.score,
            max: r.max,
            regraded: r.items.some((i) => i.regrade),
          });
          grow(columns, r.setId, r.max);
        } else
          for (const i of r.items) {
            if (i.kind === 'scale') continue;
            cells.set(i.id, { score: i.score, max: i.max, regraded: i.regrade !== undefined });
            grow(columns, i.id, i.max);
          }
      }
      const score = roundPoints([...cells.values()].reduce((n, c) => n + c.score, 0));
      const max = roundPoints([...cells.values()].reduce((n, c) => n + c.max, 0));
      found.push({
        cells,
        row: {
          user: latest.user,
          score,
          max,
          percent: max > 0 ? percent(score, max) : null,
          needs_review: records.reduce(
            (n, r) => n + r.items.filter((i) => i.needsReview && !i.regrade).length,
            0,
          ),
          passed: records.every((r) => r.passed),
          sessions: this.counts.get(key) ?? 0,
        },
      });
    }
    const cols = [...columns.values()];
    const rows = found.map(({ row, cells }) => ({
      ...row,
      cells: cols.map((c) => cells.get(c.id)),
    }));
    rows.sort((a, b) => a.user.localeCompare(b.user));
    return {
      by: mode,
      ...(setIds.size === 1 ? { set: [...setIds][0]! } : {}),
      columns: cols,
      rows,
    };
  }
}

function grow(columns: Map<string, GradebookColumn>, id: string, max: number): void {
  const have = columns.get(id);
  if (!have) columns.set(id, { id, max });
  else have.max = Math.max(have.max, max);
}
