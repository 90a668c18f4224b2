import { CliError, EXIT } from '../../errors.js';
import { BOM } from '../../formats/csv.js';
import { commonFor } from '../../render/messages/common.js';
import { createStyle } from '../../render/style.js';
import type { CommandContext } from '../../shell/context.js';
import { GradebookBuilder, type GradebookBy } from '../../stats/gradebook.js';
import { gradebookHtml } from './gradebook-html.js';
import {
  gradebookCsv,
  gradebookMarkdown,
  gradebookTable,
  gradebookTextFor,
} from './gradebook-text.js';
import { historyScope, scanHistory } from './history-common.js';
import { openOut } from './out-sink.js';

export interface GradebookOptions {
  set?: string;
  since?: string;
  by?: GradebookBy;
  format?: 'table' | 'csv' | 'md' | 'html';
  bom?: boolean;
  out?: string;
  force?: boolean;
}

/**
 * `cs-drill gradebook`: every trainee in the history (names compared without case), the newest
 * completed session of each set. One pass over the history; memory per trainee and set.
 */
export async function gradebook(ctx: CommandContext, opts: GradebookOptions): Promise<number> {
  const format = opts.format ?? 'table';
  if (opts.bom && format !== 'csv')
    throw new CliError({ code: 'invalid-option', message: commonFor(ctx.lang).bomOnlyCsv });
  const scope = historyScope(ctx, {
    ...(opts.set ? { set: opts.set } : {}),
    ...(opts.since ? { since: opts.since } : {}),
  });
  const { setId, since } = scope.filter;
  const builder = new GradebookBuilder();
  await scanHistory(
    ctx,
    scope,
    (r) => builder.add(r),
    (r) =>
      (setId === undefined || r.setId === setId) &&
      (since === undefined || Date.parse(r.startedAt) >= since),
  );
  const book = builder.result(opts.by);
  const T = gradebookTextFor(ctx.lang);
  const scopeText = [setId ?? book.set ?? '', opts.since ? `--since ${opts.since}` : '']
    .filter(Boolean)
    .join(', ');
  const text =
    format === 'csv'
      ? `${opts.bom ? BOM : ''}${gradebookCsv(book)}`
      : format === 'md'
        ? gradebookMarkdown(book, T)
        : format === 'html'
          ? gradebookHtml(book, T, ctx.lang, scopeText, scope.formatDate(ctx.now().toISOString()))
          : gradebookTable(book, T, await createStyle(opts.out ? false : ctx.color), scopeText);
  const { sink } = openOut(ctx, opts);
  await sink.write(text);
  await sink.close();
  return EXIT.ok;
}
