import { userInfo } from 'node:os';
import type { Problem } from '../errors.js';
import { EXIT } from '../errors.js';
import { dataOwner, historyFile } from '../history/location.js';
import { streamSummaries } from '../history/summary-index.js';
import { listTextFor } from '../render/messages/list.js';
import { jsonText, sanitize } from '../render/sanitize.js';
import { createStyle } from '../render/style.js';
import { fitTable, padEnd, truncate, wrap } from '../render/width.js';
import { percent } from '../session/record.js';
import type { CommandContext } from '../shell/context.js';
import { resolveUser } from '../shell/user.js';
import { setSizes, standsForSet } from '../stats/comparable.js';
import { catalogueFor, reportProblems } from './shared.js';

export interface ListOptions {
  json?: boolean;
  /** Only the set ids, one per line (for shell completion and scripts). */
  ids?: boolean;
  tags?: boolean;
  drills?: string;
  user?: string;
}

interface SetRow {
  id: string;
  title: string;
  langs: string[];
  items: number;
  skills: string[];
  tags: string[];
  last: number | null;
  best: number | null;
  origin: string;
}

export async function list(ctx: CommandContext, opts: ListOptions): Promise<number> {
  const catalogue = await catalogueFor(ctx, opts.drills);
  if (opts.ids) {
    ctx.stdout.write([...new Set(catalogue.entries.map((e) => `${e.summary.id}\n`))].join(''));
    return EXIT.ok;
  }
  const L = listTextFor(ctx.lang);
  const user = resolveUser(opts.user, ctx.env, () => userInfo().username);
  // Last and best score per set, kept as the history streams by (no list of every session):
  // over runs of the whole set only, so a --tag subset or a review cannot stand for the set.
  const sizes = setSizes(catalogue.entries.map((e) => e.summary));
  const scores = new Map<string, { last: number; best: number }>();
  const problems: Problem[] = [];
  for await (const r of streamSummaries(historyFile(ctx.env), problems, dataOwner(ctx.env))) {
    if (r.user !== user || !standsForSet(r, sizes)) continue;
    const p = percent(r.score, r.max);
    const seen = scores.get(r.setId);
    scores.set(r.setId, { last: p, best: seen ? Math.max(seen.best, p) : p });
  }
  reportProblems(ctx, problems);
  const rows = new Map<string, SetRow>();
  for (const { summary, origin } of catalogue.entries) {
    const row = rows.get(summary.id);
    if (row) {
      row.langs.push(summary.lang);
      row.tags = [...new Set([...row.tags, ...summary.tags])].sort();
      continue;
    }
    const mine = scores.get(summary.id);
    rows.set(summary.id, {
      id: summary.id,
      title: summary.title,
      langs: [summary.lang],
      items: summary.itemCount,
      skills: summary.skills,
      tags: summary.tags,
      last: mine?.last ?? null,
      best: mine?.best ?? null,
      origin,
    });
  }
  const all = [...rows.values()];
  if (opts.json) {
    ctx.stdout.write(`${jsonText(all, 2)}\n`);
    return EXIT.ok;
  }
  const style = await createStyle(ctx.color);
  const width = Math.max(20, ctx.stdout.columns ?? 100);
  if (opts.tags) {
    // Every tag is shown: they wrap under each other instead of being cut.
    const idWidth = all.reduce((w, r) => Math.max(w, r.id.length), L.tagsHeader[0]!.length) + 2;
    const lines = [`${style.dim(padEnd(L.tagsHeader[0]!, idWidth))}${style.dim(L.tagsHeader[1]!)}`];
    for (const r of all) {
      const tags = wrap(r.tags.join(', '), Math.max(20, width - idWidth)).split('\n');
      lines.push(
        `${style.bold(padEnd(r.id, idWidth))}${tags[0] ?? ''}`,
        ...tags.slice(1).map((t) => `${' '.repeat(idWidth)}${t}`),
      );
    }
    ctx.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  }
  // The table shows a set's title in the interface language when the set has it (--json keeps the first).
  const titleIn = (id: string) =>
    catalogue.entries.find((e) => e.summary.id === id && e.summary.lang === ctx.lang)?.summary
      .title;
  const score = (n: number | null) => (n === null ? '-' : `${n}%`);
  const tableRows = all.map((r) => [
    style.bold(r.id),
    truncate(sanitize(titleIn(r.id) ?? r.title), 36),
    r.langs.join(','),
    String(r.items),
    score(r.last),
    score(r.best),
    truncate(r.skills.join(', '), 30),
  ]);
  // Piped, the table keeps its columns whatever their width (scripts read it).
  const fit = ctx.stdout.columns ?? Number.POSITIVE_INFINITY;
  ctx.stdout.write(`${fitTable([L.header.map((h) => style.dim(h)), ...tableRows], fit)}\n`);
  if (all.length === 0) ctx.stderr.write(`${L.noSets}\n`);
  return EXIT.ok;
}
