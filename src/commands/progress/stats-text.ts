import { displayCopy, sanitize } from '../../render/sanitize.js';
import type { Style } from '../../render/style.js';
import { fitTable, truncate, wrap } from '../../render/width.js';
import { type GroupStats, LEECH_MISSES, MIN_ATTEMPTS, type Stats } from '../../stats/aggregate.js';
import { type StatsLabels, statsLabels } from './screen-text.js';
import { sparkline } from './sparkline.js';

export interface StatsTextOptions {
  user: string;
  style: Style;
  /** On a terminal the sparklines speak for themselves; elsewhere the numbers follow them as text. */
  tty: boolean;
  width: number;
  /** The words, in the interface language (English when not given). */
  labels?: StatsLabels;
}

/** `cs-drill stats` for people: summary, streaks, skills, sets, weakest items, chronic misses, self-rating. */
export function renderStats(data: Stats, opts: StatsTextOptions): string {
  const stats = displayCopy(data);
  const { style } = opts;
  const L = opts.labels ?? statsLabels;
  const out: string[] = [
    style.bold(L.statsTitle(opts.user)),
    L.summaryLine(stats.sessions, stats.reviews, stats.aborted, stats.overall),
    L.streakLine(stats.streaks.current, stats.streaks.longest, stats.streaks.activeDays),
  ];
  if (stats.skills.length)
    out.push('', style.bold(L.bySkill), groupTable(L.skillColumn, stats.skills, opts));
  if (stats.sets.length || stats.partial) out.push('', style.bold(L.bySet));
  if (stats.sets.length) out.push(groupTable(L.setColumn, stats.sets, opts));
  if (stats.partial) out.push(style.dim(L.partialNote(stats.partial)));
  out.push('', style.bold(L.weakestTitle(MIN_ATTEMPTS)));
  if (stats.weakest.length === 0) out.push(L.noWeakest(MIN_ATTEMPTS));
  else {
    const rows = stats.weakest.map((i) => [
      i.setId,
      truncate(
        i.info ? `${i.itemId}: ${sanitize(i.info.prompt)}` : i.itemId,
        Number.isFinite(opts.width) ? Math.max(20, opts.width - 60) : 40,
      ),
      `${Math.round(i.successRate * 100)}%`,
      String(i.attempts),
      `cs-drill start ${i.setId}`,
    ]);
    out.push(fitTable([L.weakestHeader.map((h) => style.dim(h)), ...rows], opts.width));
  }
  if (stats.chronicMisses.length) {
    out.push('', style.bold(style.yellow(L.chronicTitle(LEECH_MISSES))));
    for (const i of stats.chronicMisses) {
      out.push(
        `• ${style.bold(`${i.setId} / ${i.itemId}`)} — ${L.missedTimes(i.misses, i.attempts)}`,
      );
      if (i.info) out.push(`  ${sanitize(i.info.explanation).replace(/\s+/g, ' ').trim()}`);
    }
  }
  if (stats.calibration.length) {
    out.push('', style.bold(L.selfTitle));
    for (const r of stats.selfRatings)
      out.push(`  ${L.selfRatingLine(r.itemId, r.total, r.lowest, r.highest, r.selfPct)}`);
    const rows = stats.calibration.map((c) => {
      const verdict = L.confidence[c.verdict];
      return [
        c.skill,
        `${c.measured}%`,
        `${c.self}%`,
        `${c.gap > 0 ? '+' : ''}${c.gap}`,
        c.verdict === 'matches' ? verdict : style.yellow(verdict),
      ];
    });
    out.push(
      fitTable([L.calibrationHeader.map((h) => style.dim(h)), ...rows], opts.width),
      style.dim(L.selfNote),
    );
  }
  const text = out.join('\n');
  return `${Number.isFinite(opts.width) ? wrap(text, opts.width - 1) : text}\n`;
}

function groupTable(first: string, groups: GroupStats[], opts: StatsTextOptions): string {
  const { style } = opts;
  const L = opts.labels ?? statsLabels;
  const rows = groups.map((g) => {
    const colour = g.latest >= 80 ? style.green : g.latest >= 40 ? style.yellow : style.red;
    const spark = colour(sparkline(g.trend));
    const trend = opts.tty ? spark : `${spark} ${g.trend.join(' ')}`;
    return [
      style.bold(g.key),
      String(g.sessions),
      `${g.latest}%`,
      `${g.best}%`,
      `${g.average}%`,
      trend,
    ];
  });
  return fitTable([L.groupHeader(first).map((h) => style.dim(h)), ...rows], opts.width);
}
