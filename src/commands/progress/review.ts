import { randomUUID } from 'node:crypto';
import { terminalSource } from '../../answers/terminal-source.js';
import type { LoadedSet } from '../../drills/parse-set.js';
import type { Item } from '../../drills/schema.js';
import { CliError, EXIT } from '../../errors.js';
import { saveSession } from '../../history/save-session.js';
import { commonFor } from '../../render/messages/common.js';
import { problemsInline } from '../../render/messages/problems.js';
import { messagesFor } from '../../render/messages.js';
import { jsonText, sanitize } from '../../render/sanitize.js';
import { createStyle } from '../../render/style.js';
import { percent } from '../../session/record.js';
import { runSession } from '../../session/run-session.js';
import { openBundledJudge } from '../../shell/bundled-judge.js';
import type { CommandContext } from '../../shell/context.js';
import { contentLang } from '../../shell/lang-choice.js';
import { AttemptCollector, dueOn, type ScheduledItem } from '../../stats/schedule.js';
import { catalogueFor, setLoader } from '../shared.js';
import { historyErrorsFor } from './error-text.js';
import { historyScope, scanHistory } from './history-common.js';
import { type StatsLabels, statsLabelsFor } from './screen-text.js';

export interface ReviewOptions {
  limit?: number;
  user?: string;
  due?: boolean;
  json?: boolean;
  lang?: string;
  drills?: string;
}

export const DEFAULT_REVIEW_LIMIT = 20;

interface DuePlan {
  loaded: LoadedSet;
  items: Item[];
}

/**
 * `cs-drill review`: the items this user is due to practise, across sets, scheduled by FSRS
 * from the history alone (src/stats/schedule.ts says how). Each set touched is recorded as
 * its own session with mode "review", so every history line keeps one set id.
 */
export async function review(ctx: CommandContext, opts: ReviewOptions): Promise<number> {
  const L = statsLabelsFor(ctx.lang);
  const scope = historyScope(ctx, opts.user !== undefined ? { user: opts.user } : {});
  const collector = new AttemptCollector(scope.dayOf);
  await scanHistory(ctx, scope, (r) => collector.add(r));
  const today = scope.dayOf(ctx.now().getTime());
  const scheduled = collector.schedule();
  const lang = contentLang(opts.lang, ctx.lang);
  const load = setLoader(await catalogueFor(ctx, opts.drills));
  // Items removed from their set since they were answered can no longer be asked.
  const available = scheduled.filter((s) =>
    load(s.setId, lang)?.set.items.some((i) => i.id === s.itemId),
  );
  const gone = scheduled.length - available.length;
  const { due, next } = dueOn(available, today);

  if (opts.due || opts.json) {
    if (opts.json) {
      ctx.stdout.write(
        `${jsonText({ user: scope.label, today, due: due.length, items: due, next, scheduled: available.length }, 2)}\n`,
      );
      return EXIT.ok;
    }
    ctx.stdout.write(`${dueText(L, available.length, due.length, next)}\n`);
    if (gone) ctx.stderr.write(`${L.itemsGone(gone)}\n`);
    return EXIT.ok;
  }
  if (due.length === 0) {
    ctx.stdout.write(`${dueText(L, available.length, 0, next)}\n`);
    return EXIT.ok;
  }
  if (!ctx.stdin.isTTY) {
    throw new CliError({
      code: 'no-terminal',
      message: commonFor(ctx.lang).noTerminal('review'),
      hint: historyErrorsFor(ctx.lang).reviewNoTerminalHint,
    });
  }
  const plans = planSessions(due.slice(0, opts.limit ?? DEFAULT_REVIEW_LIMIT), (setId) =>
    load(setId, lang),
  );
  const style = await createStyle(ctx.color);
  const judge = () => Promise.resolve(openBundledJudge(ctx.packageRoot));
  const total = plans.reduce((n, p) => n + p.items.length, 0);
  ctx.stdout.write(`${style.bold(L.reviewIntro(total, plans.length))}\n`);
  let answered = 0;
  for (const { loaded, items } of plans) {
    const msg = messagesFor(loaded.set.lang);
    ctx.stdout.write(`\n${style.bold(L.reviewSet(sanitize(loaded.set.title), items.length))}\n`);
    const record = await runSession({
      loaded,
      items,
      source: terminalSource(ctx, msg, style, { seed: ctx.now().getTime() }),
      judge,
      mode: 'review',
      user: scope.label,
      id: randomUUID(),
      now: ctx.now,
    });
    answered += record.items.length;
    if (record.items.length > 0) {
      const saved = saveSession(scope.file, record, scope.who);
      if (saved.saved === 'fallback')
        ctx.stderr.write(
          `${msg.notSaved(problemsInline(saved.reason, loaded.set.lang), saved.file)}\n`,
        );
      if (saved.saved === 'nowhere') {
        ctx.stderr.write(
          `${msg.notSavedAnywhere(problemsInline(saved.reason, loaded.set.lang))}\n`,
        );
        ctx.stdout.write(`${saved.json}\n`);
      }
      if (saved.saved !== 'history') return EXIT.notSaved;
      if (record.max > 0)
        ctx.stdout.write(
          `${msg.score}: ${percent(record.score, record.max)}% (${record.score}/${record.max})\n`,
        );
    }
    if (record.status === 'aborted') {
      ctx.stderr.write(`\n${L.reviewStopped(answered)}\n`);
      return EXIT.interrupted;
    }
  }
  ctx.stdout.write(`\n${L.reviewDone(answered)}\n`);
  return EXIT.ok;
}

/** Due items grouped by set, sets in the order of their most overdue item. */
export function planSessions(
  due: ScheduledItem[],
  load: (setId: string) => LoadedSet | undefined,
): DuePlan[] {
  const plans = new Map<string, DuePlan>();
  for (const d of due) {
    const loaded = load(d.setId);
    const item = loaded?.set.items.find((i) => i.id === d.itemId);
    if (!loaded || !item) continue;
    let plan = plans.get(d.setId);
    if (!plan) {
      plan = { loaded, items: [] };
      plans.set(d.setId, plan);
    }
    plan.items.push(item);
  }
  return [...plans.values()];
}

function dueText(
  L: StatsLabels,
  scheduled: number,
  due: number,
  next: { day: string; count: number }[],
): string {
  if (scheduled === 0) return L.nothingScheduled;
  const head = due === 0 ? L.dueNone : L.dueCount(due);
  return next.length ? `${head} ${L.dueNext(next.map((n) => L.dueOn(n.count, n.day)))}` : head;
}
