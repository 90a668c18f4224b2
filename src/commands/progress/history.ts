import { CliError, EXIT } from '../../errors.js';
import { messagesFor } from '../../render/messages.js';
import { regradeTextFor } from '../../render/regrade-text.js';
import { jsonText } from '../../render/sanitize.js';
import { createStyle } from '../../render/style.js';
import { sameUser } from '../../session/name.js';
import type { SessionRecord } from '../../session/record.js';
import type { CommandContext } from '../../shell/context.js';
import { partOfSet, setSizes } from '../../stats/comparable.js';
import { matches } from '../../stats/filter.js';
import { Newest } from '../../stats/newest.js';
import { catalogueFor, setLoader } from '../shared.js';
import { historyErrorsFor } from './error-text.js';
import { type FilterOptions, historyScope, scanHistory, scanSummaries } from './history-common.js';
import { renderSession } from './history-show.js';
import { type HistoryRow, renderHistoryTable } from './history-table.js';
import { sessionRow } from './rows.js';
import { statsLabelsFor } from './screen-text.js';

export interface HistoryOptions extends FilterOptions {
  limit?: number;
  json?: boolean;
}

export const DEFAULT_LIMIT = 20;

/** `cs-drill history`: the user's sessions, newest first (the newest --limit of them). */
export async function history(ctx: CommandContext, opts: HistoryOptions): Promise<number> {
  const L = statsLabelsFor(ctx.lang);
  const scope = historyScope(ctx, opts);
  const sizes = setSizes((await catalogueFor(ctx, undefined)).entries.map((e) => e.summary));
  const newest = new Newest<HistoryRow>(opts.limit ?? DEFAULT_LIMIT);
  let anyOfUser = false;
  await scanSummaries(
    ctx,
    scope,
    (r) => {
      const part = partOfSet(r, sizes);
      newest.add(Date.parse(r.startedAt) || 0, { ...sessionRow(r), ...(part ? { part } : {}) });
    },
    (r) => {
      if (scope.filter.user === undefined || sameUser(r.user, scope.filter.user)) anyOfUser = true;
      return matches(scope.filter, r);
    },
  );
  const rows = newest.values();
  if (opts.json) {
    ctx.stdout.write(
      `${jsonText(
        rows.map(({ part: _, ...row }) => row),
        2,
      )}\n`,
    );
    return EXIT.ok;
  }
  if (rows.length === 0) {
    ctx.stderr.write(`${anyOfUser ? L.noSessionsMatch : L.noSessions(scope.label)}\n`);
    return EXIT.ok;
  }
  const style = await createStyle(ctx.color);
  ctx.stdout.write(
    renderHistoryTable(rows, scope.formatDate, style, L, scope.filter.user === undefined),
  );
  if (newest.total > rows.length) ctx.stderr.write(`${L.shownOf(rows.length, newest.total)}\n`);
  return EXIT.ok;
}

export interface ShowOptions {
  user?: string;
  json?: boolean;
  drills?: string;
}

/** `cs-drill history show <id>`: one session item by item; a unique prefix of the id is enough. */
export async function historyShow(
  ctx: CommandContext,
  id: string,
  opts: ShowOptions,
): Promise<number> {
  const prefix = id.trim();
  const E = historyErrorsFor(ctx.lang);
  if (prefix === '')
    throw new CliError({
      code: 'invalid-session-id',
      message: E.giveSessionId,
      hint: E.giveSessionIdHint,
    });
  const scope = historyScope(ctx, { ...(opts.user !== undefined ? { user: opts.user } : {}) });
  const found = new Map<string, SessionRecord>();
  await scanHistory(
    ctx,
    scope,
    (r) => {
      if (found.size <= 10) found.set(r.id, r);
    },
    (r) => r.id.startsWith(prefix) && (opts.user === undefined || sameUser(r.user, opts.user)),
  );
  if (found.size === 0) {
    throw new CliError({
      code: 'unknown-session',
      message: E.noSessionWithPrefix(prefix),
      hint: E.listSessionsHint,
    });
  }
  if (found.size > 1) {
    const list = [...found.values()]
      .slice(0, 10)
      .map((r) => `${r.id} (${r.setId}, ${scope.formatDate(r.startedAt)})`);
    throw new CliError({
      code: 'ambiguous-session',
      message: E.ambiguous(
        prefix,
        found.size > 10 ? E.moreThan10 : String(found.size),
        list.join('; '),
      ),
      hint: E.giveMoreOfId,
    });
  }
  const record = [...found.values()][0]!;
  if (opts.json) {
    ctx.stdout.write(`${jsonText(record, 2)}\n`);
    return EXIT.ok;
  }
  const loaded = setLoader(await catalogueFor(ctx, undefined))(record.setId, record.lang);
  const style = await createStyle(ctx.color);
  ctx.stdout.write(
    renderSession(record, {
      ...(loaded ? { set: loaded.set } : {}),
      setChanged: loaded !== undefined && loaded.hash !== record.setHash,
      msg: messagesFor(loaded?.set.lang ?? record.lang),
      style,
      formatDate: scope.formatDate,
      labels: statsLabelsFor(ctx.lang),
      regradeText: regradeTextFor(ctx.lang),
    }),
  );
  return EXIT.ok;
}
