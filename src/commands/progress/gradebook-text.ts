import type { Lang } from '../../drills/schema.js';
import type { Cell } from '../../formats/csv.js';
import { csvLine } from '../../formats/csv.js';
import { markdownHeader, markdownRow } from '../../formats/markdown.js';
import { type Bilingual, pick } from '../../render/messages/common.js';
import { fmt } from '../../render/points.js';
import { sanitize } from '../../render/sanitize.js';
import type { Style } from '../../render/style.js';
import { table } from '../../render/width.js';
import type { Gradebook, GradebookCell, GradebookRow } from '../../stats/gradebook.js';

/** Words of `cs-drill gradebook`. CSV keeps fixed English column names (a format, not prose). */
const en = {
  title: (scope: string, n: number) =>
    `Gradebook${scope ? ` — ${scope}` : ''}: ${n} ${n === 1 ? 'trainee' : 'trainees'} (newest completed session of each set)`,
  trainee: 'TRAINEE',
  total: 'TOTAL',
  percent: '%',
  review: 'REVIEW',
  result: 'RESULT',
  sessions: 'SESSIONS',
  passed: 'passed',
  notPassed: 'not passed',
  regradedNote: '✎ = regraded by a trainer; – = not answered in the newest session',
  empty: 'no completed sessions in the history match',
  htmlTitle: 'Gradebook',
};

export type GradebookText = typeof en;

const zh: GradebookText = {
  title: (scope, n) =>
    `成绩册${scope ? `：${scope}` : ''}：${n} 位学员（每套题取最近一次完成的练习）`,
  trainee: '学员',
  total: '总分',
  percent: '%',
  review: '待复核',
  result: '结果',
  sessions: '练习次数',
  passed: '通过',
  notPassed: '未通过',
  regradedNote: '✎ = 培训师改过分；– = 最近一次练习没有这道题',
  empty: '练习记录中没有符合条件的已完成练习',
  htmlTitle: '成绩册',
};

export const gradebookText: Bilingual<GradebookText> = { en, zh };

export function gradebookTextFor(lang: Lang): GradebookText {
  return pick(gradebookText, lang);
}

function cellText(c: GradebookCell | undefined): string {
  if (!c) return '–';
  return `${fmt(c.score)}${c.regraded ? '✎' : ''}`;
}

/** The terminal table: right-aligned figures under each column. */
export function gradebookTable(
  g: Gradebook,
  T: GradebookText,
  style: Style,
  scope: string,
): string {
  if (g.rows.length === 0) return `${T.empty}\n`;
  const head = [
    T.trainee,
    ...g.columns.map((c) => `${sanitize(c.id)} /${fmt(c.max)}`),
    T.total,
    T.percent,
    T.review,
    T.result,
    T.sessions,
  ];
  const rows = g.rows.map((r) => [
    sanitize(r.user),
    ...r.cells.map(cellText),
    `${fmt(r.score)}/${fmt(r.max)}`,
    r.percent === null ? '–' : `${r.percent}%`,
    r.needs_review ? style.yellow(String(r.needs_review)) : '0',
    r.passed ? style.green(T.passed) : style.red(T.notPassed),
    String(r.sessions),
  ]);
  return `${style.bold(T.title(scope, g.rows.length))}\n${table([head.map((h) => style.dim(h)), ...rows])}\n${style.dim(T.regradedNote)}\n`;
}

/** Stable columns for spreadsheets: trainee, one per item or set, then the totals. */
export function gradebookCsv(g: Gradebook): string {
  const head = [
    'trainee',
    ...g.columns.map((c) => c.id),
    'score',
    'max',
    'percent',
    'needs_review',
    'passed',
    'sessions',
  ];
  return csvLine(head) + g.rows.map((r) => csvLine(flat(r))).join('');
}

export function gradebookMarkdown(g: Gradebook, T: GradebookText): string {
  const head = [
    T.trainee,
    ...g.columns.map((c) => c.id),
    T.total,
    T.percent,
    T.review,
    T.result,
    T.sessions,
  ];
  return (
    markdownHeader(head) +
    g.rows
      .map((r) =>
        markdownRow([
          r.user,
          ...r.cells.map(cellText),
          `${fmt(r.score)}/${fmt(r.max)}`,
          r.percent === null ? '–' : `${r.percent}%`,
          r.needs_review,
          r.passed ? T.passed : T.notPassed,
          r.sessions,
        ]),
      )
      .join('')
  );
}

function flat(r: GradebookRow): Cell[] {
  return [
    r.user,
    ...r.cells.map((c) => (c ? c.score : null)),
    r.score,
    r.max,
    r.percent,
    r.needs_review,
    r.passed,
    r.sessions,
  ];
}
