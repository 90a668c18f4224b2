import type { Lang } from '../../drills/schema.js';
import { escapeHtml as e } from '../../formats/html-escape.js';
import { htmlPage } from '../../formats/html-page.js';
import type { GroupStats, ItemTally, Stats } from '../../stats/aggregate.js';
import { LEECH_MISSES, MIN_ATTEMPTS } from '../../stats/aggregate.js';
import type { RegradeRow } from '../../stats/regrades.js';
import { type HtmlLabels, htmlLabelsFor } from './html-labels.js';
import type { SessionRow } from './rows.js';
import { modeWord, type StatsLabels, statsLabelsFor } from './screen-text.js';
import { lineChart } from './svg-chart.js';

export interface HtmlReportInput {
  user: string;
  /** Every trainee's sessions (--all-users): the session table names whose each one is. */
  allUsers?: boolean;
  /** Already formatted for people (local time). */
  generatedAt: string;
  /** What the report covers, e.g. "set listening, since 2026-11-01". */
  scope: string;
  stats: Stats;
  /** Newest first, possibly capped. */
  sessions: SessionRow[];
  totalSessions: number;
  formatDate: (iso: string) => string;
  /** Language of the report's words (English when not given). */
  lang?: Lang;
  /** Trainers' regrades, newest first, possibly capped; `totalRegrades` counts them all. */
  regrades?: RegradeRow[];
  totalRegrades?: number;
}

/**
 * One self-contained HTML file: inline CSS and SVG, no script, and a Content Security
 * Policy that forbids every network request, so it opens offline and prints cleanly.
 */
export function htmlReport(input: HtmlReportInput): string {
  const { stats } = input;
  const L = statsLabelsFor(input.lang ?? 'en');
  const H = htmlLabelsFor(input.lang ?? 'en');
  const body = [
    `<header><h1>${e(L.reportTitle(input.user))}</h1>`,
    `<p class="meta">${e(L.generated(input.generatedAt))}${input.scope ? ` · ${e(input.scope)}` : ''}</p>`,
    `<p class="summary">${e(L.summaryLine(stats.sessions, stats.reviews, stats.aborted, stats.overall))}<br>${e(L.streakLine(stats.streaks.current, stats.streaks.longest, stats.streaks.activeDays))}</p></header>`,
    section(L.trendTitle, trends(stats.skills, L, H)),
    section(L.bySet, groupTable(stats.sets, L)),
    section(L.weakestTitle(MIN_ATTEMPTS), weakest(stats.weakest, L)),
    stats.chronicMisses.length
      ? section(L.chronicTitle(LEECH_MISSES), chronic(stats.chronicMisses, L))
      : '',
    stats.calibration.length ? section(L.selfTitle, calibration(stats, L)) : '',
    input.regrades?.length ? section(H.regradesTitle, regrades(input, H)) : '',
    section(L.sessionsTitle, sessions(input, L, H)),
  ].join('\n');
  return htmlPage({
    lang: input.lang ?? 'en',
    title: L.reportTitle(input.user),
    css: CSS,
    body,
    images: true,
  });
}

function section(title: string, content: string): string {
  return `<section><h2>${e(title)}</h2>\n${content}\n</section>`;
}

function trends(skills: GroupStats[], L: StatsLabels, H: HtmlLabels): string {
  if (skills.length === 0) return `<p>${e(L.noTrend)}</p>`;
  return `<div class="charts">${skills.map((s) => lineChart({ title: H.chartCaption(s.key, s.average), values: s.trend, footer: H.chartFooter })).join('\n')}</div>`;
}

function regrades(input: HtmlReportInput, H: HtmlLabels): string {
  const list = input.regrades ?? [];
  const rows = list.map(
    (r) =>
      `<tr><td>${e(input.formatDate(r.at))}</td><td>${e(r.user)}</td><td>${e(r.set)}</td><td>${e(r.item)}</td><td class="n">${r.auto_score}/${r.max}</td><td class="n">${r.score}/${r.max}</td><td>${e(r.by)}</td><td>${e(r.note)}</td></tr>`,
  );
  const total = input.totalRegrades ?? list.length;
  const note =
    total > list.length ? `<p class="note">${e(H.regradesCapped(list.length, total))}</p>` : '';
  return `${note}${table(H.regradesHeader, rows, [4, 5])}`;
}

function groupTable(groups: GroupStats[], L: StatsLabels): string {
  if (groups.length === 0) return `<p>${e(L.noTrend)}</p>`;
  const head = L.reportGroupHeader;
  const rows = groups.map(
    (g) =>
      `<tr><td>${e(g.key)}${g.title ? `<br><small>${e(g.title)}</small>` : ''}</td><td class="n">${g.sessions}</td><td class="n">${g.latest}%</td><td class="n">${g.best}%</td><td class="n">${g.average}%</td></tr>`,
  );
  return table(head, rows, [1, 2, 3, 4]);
}

function weakest(items: ItemTally[], L: StatsLabels): string {
  if (items.length === 0) return `<p>${e(L.noWeakest(MIN_ATTEMPTS))}</p>`;
  const rows = items.map(
    (i) =>
      `<tr><td>${e(i.setId)}</td><td>${e(i.itemId)}${i.info ? `<br><small>${e(i.info.prompt)}</small>` : ''}</td><td class="n">${Math.round(i.successRate * 100)}%</td><td class="n">${i.attempts}</td><td><code>cs-drill start ${e(i.setId)}</code></td></tr>`,
  );
  return table(L.reportWeakestHeader, rows, [2, 3]);
}

function chronic(items: ItemTally[], L: StatsLabels): string {
  return `<ul class="chronic">${items
    .map(
      (i) =>
        `<li><strong>${e(i.setId)} / ${e(i.itemId)}</strong> — ${e(L.missedTimes(i.misses, i.attempts))}${i.info ? `<blockquote>${e(i.info.explanation)}</blockquote>` : ''}</li>`,
    )
    .join('')}</ul>`;
}

function calibration(stats: Stats, L: StatsLabels): string {
  const ratings = stats.selfRatings
    .map(
      (r) => `<li>${e(L.selfRatingLine(r.itemId, r.total, r.lowest, r.highest, r.selfPct))}</li>`,
    )
    .join('');
  const rows = stats.calibration.map(
    (c) =>
      `<tr><td>${e(c.skill)}</td><td class="n">${c.measured}%</td><td class="n">${c.self}%</td><td class="n">${c.gap > 0 ? '+' : ''}${c.gap}</td><td>${e(L.confidence[c.verdict])}</td></tr>`,
  );
  return `<ul>${ratings}</ul>${table(L.reportCalibrationHeader, rows, [1, 2, 3])}<p class="note">${e(L.selfNote)}</p>`;
}

function sessions(input: HtmlReportInput, L: StatsLabels, H: HtmlLabels): string {
  if (input.sessions.length === 0) return `<p>${e(L.noSessionsMatch)}</p>`;
  const rows = input.sessions.map((s) => {
    const m = Math.floor(s.duration_s / 60);
    const time = `${m}:${String(s.duration_s % 60).padStart(2, '0')}`;
    const status =
      s.status === 'stopped'
        ? L.statusText.stopped
        : s.percent === null
          ? L.statusText.completed
          : s.passed
            ? L.statusText.passed
            : L.statusText.notPassed;
    const regraded = s.regraded_items > 0 ? ` · ${H.regradedMark(s.regraded_items)}` : '';
    const user = input.allUsers ? `<td>${e(s.user)}</td>` : '';
    return `<tr><td>${e(input.formatDate(s.started))}</td>${user}<td>${e(s.set)}</td><td>${e(s.lang)}</td><td>${e(modeWord(L, s.mode))}</td><td class="n">${s.percent === null ? '–' : `${s.percent}%`}</td><td class="n">${time}</td><td>${e(status + regraded)}</td></tr>`;
  });
  const note =
    input.totalSessions > input.sessions.length
      ? `<p class="note">${e(L.sessionsCapped(input.sessions.length, input.totalSessions))}</p>`
      : '';
  const [date, ...rest] = L.reportHeader;
  return input.allUsers
    ? `${note}${table([date!, L.reportUserColumn, ...rest], rows, [5, 6])}`
    : `${note}${table(L.reportHeader, rows, [4, 5])}`;
}

/** `numeric`: the columns whose header is right-aligned over right-aligned figures. */
function table(head: readonly string[], rows: string[], numeric: number[] = []): string {
  const th = head
    .map((h, i) => `<th${numeric.includes(i) ? ' class="n"' : ''}>${e(h)}</th>`)
    .join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

const CSS = `
:root { color-scheme: light; --ink: #1d2430; --muted: #5b6472; --line: #d8dde5; --accent: #1f6feb; --warn: #b35900; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--ink); margin: 2rem auto; max-width: 70rem; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
.meta, .note, small { color: var(--muted); }
.summary { font-size: 1.05rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
.chart { border: 1px solid var(--line); border-radius: 6px; background: #fff; }
.chart-title { font-size: 12px; font-weight: 600; fill: var(--ink); }
.axis { font-size: 10px; fill: var(--muted); }
.grid { stroke: var(--line); stroke-width: 1; }
.pass-mark { stroke: var(--warn); stroke-dasharray: 4 3; }
.trend { fill: none; stroke: var(--accent); stroke-width: 2; }
.dot { fill: var(--accent); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f5f8; font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { white-space: nowrap; font-size: .9em; background: #f3f5f8; padding: 0 .25rem; border-radius: 3px; }
blockquote { margin: .3rem 0 .6rem 1rem; padding-left: .6rem; border-left: 3px solid var(--warn); color: var(--muted); }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; }
  section, .chart, tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
  th, code { background: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@page { margin: 1.5cm; }
`;
