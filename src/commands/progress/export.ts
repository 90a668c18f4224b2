import { CliError, EXIT } from '../../errors.js';
import { BOM, csvLine } from '../../formats/csv.js';
import { markdownHeader, markdownRow } from '../../formats/markdown.js';
import type { Sink } from '../../formats/sink.js';
import { commonFor } from '../../render/messages/common.js';
import { jsonText } from '../../render/sanitize.js';
import type { CommandContext } from '../../shell/context.js';
import { StatsAggregator } from '../../stats/aggregate.js';
import { setSizes } from '../../stats/comparable.js';
import { Newest } from '../../stats/newest.js';
import { type RegradeRow, regradeRows } from '../../stats/regrades.js';
import { catalogueFor, setLoader } from '../shared.js';
import { historyErrorsFor } from './error-text.js';
import {
  type FilterOptions,
  historyScope,
  itemLookup,
  matchingSessions,
  scanSummaries,
} from './history-common.js';
import { htmlReport } from './html-report.js';
import { openOut } from './out-sink.js';
import {
  cells,
  ITEM_COLUMNS,
  itemRows,
  type Row,
  SESSION_COLUMNS,
  type SessionRow,
  sessionRow,
} from './rows.js';
import { statsLabelsFor } from './screen-text.js';

export const FORMATS = ['csv', 'json', 'jsonl', 'md', 'html'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface ExportOptions extends FilterOptions {
  format: ExportFormat;
  out?: string;
  force?: boolean;
  items?: boolean;
  bom?: boolean;
}

/** The HTML session table shows at most this many sessions (the charts count them all). */
export const HTML_SESSION_ROWS = 500;

/**
 * `cs-drill export`: the sessions (or with --items their items) as CSV, JSON, JSON Lines or
 * Markdown, streamed row by row; or an HTML report. To stdout, or --out through a temp file.
 */
export async function exportHistory(ctx: CommandContext, opts: ExportOptions): Promise<number> {
  const E = historyErrorsFor(ctx.lang);
  if (opts.bom && opts.format !== 'csv')
    throw new CliError({ code: 'invalid-option', message: commonFor(ctx.lang).bomOnlyCsv });
  if (opts.items && opts.format === 'html')
    throw new CliError({
      code: 'invalid-option',
      message: E.itemsNotHtml,
      hint: E.itemsNotHtmlHint,
    });
  const scope = historyScope(ctx, opts);
  const { sink, target } = openOut(ctx, opts);
  let rows = 0;
  try {
    if (opts.format === 'html') rows = await writeHtml(ctx, scope, sink);
    else {
      const writer = rowWriter(
        opts.format,
        opts.items ? ITEM_COLUMNS : SESSION_COLUMNS,
        opts.bom === true,
      );
      await sink.write(writer.head);
      // Session rows come from the history index; item rows need the whole records.
      const sessions = opts.items
        ? mapAsync(matchingSessions(ctx, scope), itemRows)
        : mapAsync(matchingSessions(ctx, scope, true), (r) => [sessionRow(r)]);
      for await (const batch of sessions) {
        if (sink.closed || ctx.signal?.aborted) break;
        for (const row of batch) {
          await sink.write(writer.row(row, rows === 0));
          rows++;
        }
      }
      await sink.write(writer.tail(rows));
    }
    // Ctrl-C or SIGTERM: leave no file behind (run.ts turns the outcome into 130 or 143).
    if (ctx.signal?.aborted) {
      sink.abort();
      return EXIT.interrupted;
    }
    await sink.close();
  } catch (error) {
    sink.abort();
    throw error;
  }
  if (target) ctx.stderr.write(`${statsLabelsFor(ctx.lang).exported(rows, target)}\n`);
  return EXIT.ok;
}

async function* mapAsync<T, U>(from: AsyncIterable<T>, f: (t: T) => U): AsyncGenerator<U> {
  for await (const t of from) yield f(t);
}

interface RowWriter {
  head: string;
  row(row: Row, first: boolean): string;
  tail(rows: number): string;
}

function rowWriter(
  format: Exclude<ExportFormat, 'html'>,
  columns: readonly string[],
  bom: boolean,
): RowWriter {
  switch (format) {
    case 'csv':
      return {
        head: `${bom ? BOM : ''}${csvLine(columns)}`,
        row: (r) => csvLine(cells(r, columns)),
        tail: () => '',
      };
    case 'md':
      return {
        head: markdownHeader(columns),
        row: (r) => markdownRow(cells(r, columns)),
        tail: () => '',
      };
    case 'jsonl':
      return { head: '', row: (r) => `${jsonText(r)}\n`, tail: () => '' };
    case 'json':
      return {
        head: '[',
        row: (r, first) => `${first ? '\n' : ',\n'}  ${jsonText(r)}`,
        tail: (n) => (n ? '\n]\n' : ']\n'),
      };
  }
}

async function writeHtml(
  ctx: CommandContext,
  scope: ReturnType<typeof historyScope>,
  sink: Sink,
): Promise<number> {
  const catalogue = await catalogueFor(ctx, undefined);
  const agg = new StatsAggregator(scope.dayOf, setSizes(catalogue.entries.map((e) => e.summary)), {
    trendLength: 60,
  });
  const newest = new Newest<SessionRow>(HTML_SESSION_ROWS);
  const regraded = new Newest<RegradeRow>(HTML_SESSION_ROWS);
  await scanSummaries(ctx, scope, (r) => {
    agg.add(r);
    newest.add(Date.parse(r.startedAt) || 0, sessionRow(r));
    for (const g of regradeRows(r)) regraded.add(Date.parse(g.at) || 0, g);
  });
  const lookup = itemLookup(setLoader(catalogue));
  const now = ctx.now();
  const L = statsLabelsFor(ctx.lang);
  const scopeText = [
    scope.filter.setId ? L.scopeSet(scope.filter.setId) : '',
    scope.filter.since !== undefined
      ? L.scopeSince(scope.formatDate(new Date(scope.filter.since).toISOString()))
      : '',
  ]
    .filter(Boolean)
    .join(', ');
  const sessions = newest.values();
  await sink.write(
    htmlReport({
      user: scope.label,
      allUsers: scope.filter.user === undefined,
      generatedAt: scope.formatDate(now.toISOString()),
      scope: scopeText,
      stats: agg.result(scope.dayOf(now.getTime()), lookup),
      sessions,
      totalSessions: newest.total,
      formatDate: scope.formatDate,
      lang: ctx.lang,
      regrades: regraded.values(),
      totalRegrades: regraded.total,
    }),
  );
  return newest.total;
}
