import { userInfo } from 'node:os';
import { CliError, type Problem } from '../../errors.js';
import { type DataOwner, dataOwner, historyFile } from '../../history/location.js';
import { streamHistory } from '../../history/store.js';
import type { SessionSummary } from '../../history/summary.js';
import { streamSummaries } from '../../history/summary-index.js';
import { commonFor } from '../../render/messages/common.js';
import type { SessionRecord } from '../../session/record.js';
import type { CommandContext } from '../../shell/context.js';
import { resolveUser } from '../../shell/user.js';
import { type HistoryFilter, matches, parseSince } from '../../stats/filter.js';
import type { ItemInfo, ItemLookup } from '../../stats/item-key.js';
import { type DayKey, dayKeyer, knownTimeZone } from '../../stats/local-day.js';
import { reportProblems, type setLoader } from '../shared.js';

export interface FilterOptions {
  user?: string;
  /** Every trainee's sessions (history, stats, export), one row each with its user. */
  allUsers?: boolean;
  set?: string;
  since?: string;
}

/** What the history commands share: whose sessions, which, in which time zone, from which file. */
export interface HistoryScope {
  file: string;
  /** Whose sessions, for titles and messages: the user's name, or "all users" with --all-users. */
  label: string;
  /** Whose data it is: decides which links and files cs-drill trusts. */
  who: DataOwner;
  filter: HistoryFilter;
  /** The trainee's zone (TZ, else the system's); days for streaks, --since and due dates are local to it. */
  timeZone: string | undefined;
  dayOf: (ms: number) => DayKey;
  formatDate: (iso: string) => string;
}

export function historyScope(ctx: CommandContext, opts: FilterOptions): HistoryScope {
  const text = commonFor(ctx.lang);
  if (opts.allUsers && opts.user !== undefined)
    throw new CliError({ code: 'conflicting-options', message: text.userOrAllUsers });
  const user = opts.allUsers
    ? undefined
    : resolveUser(opts.user, ctx.env, () => userInfo().username);
  const timeZone = knownTimeZone(ctx.env.TZ);
  const dayOf = dayKeyer(timeZone);
  const filter: HistoryFilter = user === undefined ? {} : { user };
  if (opts.set !== undefined) filter.setId = opts.set;
  if (opts.since !== undefined) {
    const since = parseSince(opts.since, ctx.now().getTime(), dayOf);
    if (!since.ok) {
      throw new CliError({
        code: 'invalid-since',
        message: text.invalidSince(since.message),
        hint: text.invalidSinceHint,
      });
    }
    filter.since = since.ms;
  }
  return {
    file: historyFile(ctx.env),
    label: user ?? text.allUsers,
    who: dataOwner(ctx.env),
    filter,
    timeZone,
    dayOf,
    formatDate: dateFormatter(timeZone),
  };
}

/**
 * Streams the matching sessions to `visit` without holding the history; damaged lines and
 * sessions from a newer cs-drill are reported on stderr (with their line) and skipped.
 */
export function scanHistory(
  ctx: CommandContext,
  scope: HistoryScope,
  visit: (r: SessionRecord) => void,
  keep: (r: SessionRecord) => boolean = (r) => matches(scope.filter, r),
): Promise<Problem[]> {
  return scan(ctx, (problems) => streamHistory(scope.file, problems, scope.who), visit, keep);
}

/** The matching sessions' summaries (from the history index), as scanHistory streams records. */
export function scanSummaries(
  ctx: CommandContext,
  scope: HistoryScope,
  visit: (r: SessionSummary) => void,
  keep: (r: SessionSummary) => boolean = (r) => matches(scope.filter, r),
): Promise<Problem[]> {
  return scan(ctx, (problems) => streamSummaries(scope.file, problems, scope.who), visit, keep);
}

async function scan<T>(
  ctx: CommandContext,
  read: (problems: Problem[]) => AsyncIterable<T>,
  visit: (r: T) => void,
  keep: (r: T) => boolean,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for await (const r of read(problems)) if (keep(r)) visit(r);
  reportProblems(ctx, problems);
  return problems;
}

/**
 * The matching sessions as an async stream, for consumers that wait (a slow pipe); problems are
 * reported at the end. Whole records, or with `summaries` the history index's summaries.
 */
export function matchingSessions(
  ctx: CommandContext,
  scope: HistoryScope,
): AsyncGenerator<SessionRecord>;
export function matchingSessions(
  ctx: CommandContext,
  scope: HistoryScope,
  summaries: true,
): AsyncGenerator<SessionSummary>;
export async function* matchingSessions(
  ctx: CommandContext,
  scope: HistoryScope,
  summaries = false,
): AsyncGenerator<SessionRecord | SessionSummary> {
  const problems: Problem[] = [];
  const all = summaries
    ? streamSummaries(scope.file, problems, scope.who)
    : streamHistory(scope.file, problems, scope.who);
  for await (const r of all) if (matches(scope.filter, r)) yield r;
  reportProblems(ctx, problems);
}

/** "2026-11-24 18:05" in the trainee's zone. */
export function dateFormatter(timeZone: string | undefined): (iso: string) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (iso) => {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) return '????-??-?? ??:??';
    const parts = format.formatToParts(ms);
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '??';
    return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
  };
}

export function itemLookup(load: ReturnType<typeof setLoader>): ItemLookup {
  return (setId, itemId, lang) => {
    const item = load(setId, lang)?.set.items.find((i) => i.id === itemId);
    if (!item) return undefined;
    const info: ItemInfo = { prompt: item.prompt, explanation: item.explanation };
    if (item.kind === 'scale')
      info.scale = { min: item.scale.min, max: item.scale.max, statements: item.statements.length };
    return info;
  };
}
