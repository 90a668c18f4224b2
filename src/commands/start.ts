import { userInfo } from 'node:os';
import { askAtTerminal, terminalSource } from '../answers/terminal-source.js';
import type { DrillSet, Item, Lang } from '../drills/schema.js';
import { CliError, EXIT } from '../errors.js';
import { dataOwner, historyFile } from '../history/location.js';
import { saveSession } from '../history/save-session.js';
import { readHistory } from '../history/store.js';
import type { SessionSummary } from '../history/summary.js';
import { type LinePlace, recordAt, streamSummaries } from '../history/summary-index.js';
import { authoringTextFor } from '../render/messages/authoring.js';
import { commonFor } from '../render/messages/common.js';
import { problemsInline } from '../render/messages/problems.js';
import { roleplayTextFor } from '../render/messages/roleplay.js';
import { type Messages, messagesFor } from '../render/messages.js';
import { sanitize } from '../render/sanitize.js';
import { createStyle } from '../render/style.js';
import { renderSummary } from '../render/summary.js';
import { wrap } from '../render/width.js';
import type { ItemResult } from '../session/item-result.js';
import type { SessionRecord } from '../session/record.js';
import { runSession } from '../session/run-session.js';
import { type ItemSelection, selectItems } from '../session/select-items.js';
import type { CommandContext } from '../shell/context.js';
import { contentLang } from '../shell/lang-choice.js';
import { sessionJudge } from '../shell/session-judge.js';
import { resolveUser } from '../shell/user.js';
import { comparableRun, plannedItems } from '../stats/comparable.js';
import { openSet, reportProblems } from './shared.js';

export interface StartOptions {
  lang?: string;
  limit?: number;
  shuffle?: boolean;
  seed?: number;
  tag?: string;
  user?: string;
  drills?: string;
  resume?: boolean;
  /** No pause after each item's feedback. */
  fast?: boolean;
  /** Only the items missed in the latest session of this set. */
  missed?: boolean;
  /** Role-plays: feedback after each reply, or only in the debrief (the default). */
  feedback?: 'turn' | 'end';
  /** Play only this role-play (`cs-drill roleplay <set> <item>`). */
  item?: string;
}

export async function start(
  ctx: CommandContext,
  name: string,
  opts: StartOptions,
): Promise<number> {
  const lang = contentLang(opts.lang, ctx.lang);
  const { loaded } = await openSet(ctx, name, lang, opts.drills);
  const { set } = loaded;
  const msg = messagesFor(set.lang);
  const say = authoringTextFor(ctx.lang);
  const style = await createStyle(ctx.color);
  const only = opts.item === undefined ? undefined : pickRoleplay(set, opts.item, ctx.lang);
  if (!ctx.stdin.isTTY) {
    throw new CliError({
      code: 'no-terminal',
      message: commonFor(ctx.lang).noTerminal('start'),
      hint: say.noTerminalHint(set.id),
    });
  }
  const user = resolveUser(opts.user, ctx.env, () => userInfo().username);
  const file = historyFile(ctx.env);
  const who = dataOwner(ctx.env);
  // Earlier sessions of this set: --resume needs them before the first question; otherwise
  // only the summary does, so they are read while the trainee answers.
  // A history that cannot be read (a directory, a FIFO, a foreign link) is a problem to report,
  // never the end of the quiz: the session still goes to the history or a fallback file.
  let earlier: ReturnType<typeof readHistory> | undefined;
  const readEarlier = () => {
    earlier ??= readHistory(file, (r) => r.user === user && r.setId === set.id, who).catch(
      (error: unknown) => ({
        records: [],
        problems:
          error instanceof CliError
            ? error.problems
            : [{ code: 'history-unreadable', file, message: `cannot read the history: ${error}` }],
      }),
    );
    return earlier;
  };
  // What the first prompt waits for (a session to resume, the items missed last time) is told
  // from the history index: a fifth of the bytes, and no line parsed in full when it is up to
  // date. Only a session to resume has its own line read in full. Any failure there takes the
  // full read.
  const places = new WeakMap<SessionSummary, LinePlace>();
  // Read once: `--resume --missed` asks for both the session to resume and the latest one.
  let ofSet: Promise<SessionSummary[]> | undefined;
  const summariesOfSet = () => {
    ofSet ??= (async () => {
      const mine: SessionSummary[] = [];
      for await (const s of streamSummaries(file, [], who, undefined, places))
        if (s.user === user && s.setId === set.id) mine.push(s);
      return mine;
    })();
    return ofSet;
  };
  const resumable = async (lastOnly: boolean): Promise<SessionRecord | undefined> => {
    try {
      const found = findResumable(await summariesOfSet(), lastOnly);
      if (!found) return undefined;
      const place = places.get(found);
      const record = place && recordAt(file, place, who);
      if (record?.id === found.id) return record;
    } catch {}
    return findResumable((await readEarlier()).records, lastOnly);
  };
  // A stopped session is offered back when the trainee starts the same set plainly again, if it
  // was their last session of the set ("You stopped this set last time"): once they have gone on
  // to another, it is not offered at every start. `--resume` still finds it.
  const plain =
    !opts.resume &&
    !opts.missed &&
    only === undefined &&
    opts.tag === undefined &&
    opts.limit === undefined &&
    !opts.shuffle;
  const stopped = opts.resume ? await resumable(false) : plain ? await resumable(true) : undefined;
  const latest = async () => {
    try {
      return (await summariesOfSet()).at(-1);
    } catch {
      return (await readEarlier()).records.at(-1);
    }
  };
  const offer =
    plain && stopped && stopped.setHash === loaded.hash
      ? await askAtTerminal(
          ctx,
          msg,
          msg.resumeOffer(stopped.items.length, plannedItems(stopped).length),
        )
      : false;
  if (offer === 'stop') return EXIT.interrupted;
  const offered = offer ? stopped : undefined;
  const previous = opts.resume ? stopped : offered;
  if (opts.resume && !previous) {
    reportProblems(ctx, (await readEarlier()).problems);
    throw new CliError({
      code: 'nothing-to-resume',
      message: say.nothingToResume(set.id, user),
      hint: say.nothingToResumeHint(set.id),
    });
  }
  // The answers kept were scored against the set as it was: resuming a changed set could pass
  // a trainee on the one item left, so it is refused: the trainee starts afresh.
  if (previous && previous.setHash !== loaded.hash) {
    throw new CliError({
      code: 'set-changed',
      message: say.setChangedSinceStop(
        set.id,
        previous.setHash.slice(0, 8),
        loaded.hash.slice(0, 8),
      ),
      hint: say.nothingToResumeHint(set.id),
    });
  }
  // One seed for the order of the items and of the options in them (--seed repeats both).
  const seed = opts.seed ?? ctx.now().getTime();
  const items = previous
    ? previous.plan.map((id) => set.items.find((i) => i.id === id)).filter((i) => i !== undefined)
    : only
      ? [only]
      : opts.missed
        ? itemsOrStop(
            selectItems({ ...set, items: await missedLastTime(set, latest, msg) }, opts, seed),
          )
        : itemsOrStop(selectItems(set, opts, seed));
  const answered = new Set(previous?.items.map((i) => i.id));
  const toAsk = items.filter((i) => !answered.has(i.id));
  ctx.stdout.write(
    `${style.bold(sanitize(set.title))}\n${wrap(sanitize(set.intro), Math.max(20, (ctx.stdout.columns ?? 80) - 1))}\n`,
  );
  if (previous) {
    ctx.stdout.write(`${msg.resuming(previous.items.length, items.length)}\n`);
    // A session stops between items or inside a role-play, whose replies are not kept.
    if (toAsk[0]?.kind === 'roleplay')
      ctx.stdout.write(
        `${wrap(msg.roleplayRestarts, Math.max(20, (ctx.stdout.columns ?? 80) - 1))}\n`,
      );
  }

  // The judge (phrase lists, script conversion) and the earlier sessions load once the first
  // prompt is on screen, while the trainee reads it, instead of delaying it.
  const judge = sessionJudge(ctx.packageRoot, toAsk, set.lang);
  const source = terminalSource(ctx, msg, style, {
    seed,
    pause: !opts.fast,
    ...(opts.feedback ? { feedback: opts.feedback } : {}),
    shown: () => {
      void readEarlier();
      void judge.warmUp();
    },
  });
  const session = {
    loaded,
    source,
    judge: judge.load,
    mode: 'interactive' as const,
    user,
    now: ctx.now,
  };
  const record = await runSession({
    ...session,
    items,
    id: newSessionId,
    ...(previous
      ? { previous: { id: previous.id, items: previous.items, startedAt: previous.startedAt } }
      : {}),
  });
  if (record.status === 'aborted' && record.items.length === (previous?.items.length ?? 0)) {
    ctx.stderr.write('\n');
    return EXIT.interrupted;
  }
  // Saved first: a signal or a slow history read must not stand between the answers and the disk.
  const saved = saveSession(file, record, who);
  const missed = notYetRight(record.items, set);
  // The items missed come back once, before the summary, as a short session of their own.
  // (Not after `cs-drill roleplay`: one conversation is replayed by running it again.)
  if (
    record.status === 'completed' &&
    missed.length > 0 &&
    only === undefined &&
    saved.saved === 'history'
  ) {
    if ((await askAtTerminal(ctx, msg, msg.retryOffer(missed.length))) === true) {
      const retry = await runSession({ ...session, items: missed, id: newSessionId });
      if (retry.items.length > 0) saveSession(file, retry, who);
      const still = notYetRight(retry.items, set).length;
      ctx.stdout.write(`\n${msg.retried(retry.items.length - still, retry.items.length)}\n`);
    }
  }
  const history = await readEarlier();
  reportProblems(ctx, history.problems);
  const width = Math.max(20, (ctx.stdout.columns ?? 80) - 1);
  if (record.status === 'completed')
    ctx.stdout.write(
      renderSummary(record, comparableRun(record, history.records, set.items.length), msg, style, {
        setSize: set.items.length,
        missed: missed.map((i) => i.prompt),
        setId: set.id,
        width,
      }),
    );
  else
    ctx.stderr.write(`\n${wrap(msg.aborted(record.items.length, items.length, set.id), width)}\n`);
  if (saved.saved === 'fallback')
    ctx.stderr.write(`${msg.notSaved(problemsInline(saved.reason, set.lang), saved.file)}\n`);
  if (saved.saved === 'nowhere') {
    ctx.stderr.write(`${msg.notSavedAnywhere(problemsInline(saved.reason, set.lang))}\n`);
    ctx.stdout.write(`${saved.json}\n`);
  }
  if (saved.saved !== 'history') return EXIT.notSaved;
  return record.status === 'aborted' ? EXIT.interrupted : EXIT.ok;
}

function pickRoleplay(set: DrillSet, id: string, lang: Lang): Item {
  const item = set.items.find((i) => i.id === id);
  if (item?.kind === 'roleplay') return item;
  const R = roleplayTextFor(lang);
  throw new CliError({
    code: 'not-a-roleplay',
    message: R.notARoleplay(id, set.id),
    hint: R.roleplaysAre(
      set.items
        .filter((i) => i.kind === 'roleplay')
        .map((i) => i.id)
        .join(', '),
    ),
  });
}

/** What telling the items missed needs of an item's result (a summary's item has it). */
type Scored = Pick<ItemResult, 'id' | 'kind' | 'score' | 'max'>;

/** The items of a session not answered in full (a self-rating has nothing to miss). */
function notYetRight(results: readonly Scored[], set: DrillSet): Item[] {
  return results
    .filter((r) => r.kind !== 'scale' && r.score < r.max)
    .map((r) => set.items.find((i) => i.id === r.id))
    .filter((i) => i !== undefined);
}

/** `--missed`: the items not answered in full in the latest session of this set. */
async function missedLastTime(
  set: DrillSet,
  latest: () => Promise<{ items: readonly Scored[] } | undefined>,
  msg: Messages,
): Promise<Item[]> {
  const last = await latest();
  const items = last ? notYetRight(last.items, set) : [];
  if (items.length === 0)
    throw new CliError({
      code: 'nothing-missed',
      message: last ? msg.nothingMissed(set.id) : msg.noSessionYet(set.id),
      hint: msg.startPlainly(set.id),
    });
  return items;
}

/**
 * The latest aborted session that no later session has continued; with `lastOnly`, only when it
 * is the last interactive session of them all.
 */
function findResumable<R extends Pick<SessionRecord, 'id' | 'status' | 'mode' | 'resumes'>>(
  records: R[],
  lastOnly: boolean,
): R | undefined {
  const continued = new Set(records.map((r) => r.resumes).filter(Boolean));
  const interactive = records.filter((r) => r.mode === 'interactive');
  return (lastOnly ? interactive.slice(-1) : interactive)
    .filter((r) => r.status === 'aborted' && !continued.has(r.id))
    .at(-1);
}

function itemsOrStop(selection: ItemSelection): Item[] {
  if (!selection.ok) throw new CliError(selection.problem);
  return selection.items;
}

/** A new session's id, made as the record is: node:crypto (a score of modules) loads after the first prompt. */
const newSessionId = () => process.getBuiltinModule('node:crypto').randomUUID();
