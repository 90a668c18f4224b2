import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isSetAmongSheets } from '../../answers/sheet-parse.js';
import type { Lang } from '../../drills/schema.js';
import { CliError, EXIT, type Problem } from '../../errors.js';
import { streamSink } from '../../formats/sink.js';
import { type DataOwner, dataOwner, historyFile } from '../../history/location.js';
import { saveSession } from '../../history/save-session.js';
import { streamSummaries } from '../../history/summary-index.js';
import { commonFor } from '../../render/messages/common.js';
import { formatProblemSafe, problemsInline } from '../../render/messages/problems.js';
import { createProgress } from '../../render/progress.js';
import { sanitize } from '../../render/sanitize.js';
import { createStyle } from '../../render/style.js';
import { looksLikePath } from '../../shell/catalogue.js';
import type { CommandContext } from '../../shell/context.js';
import { contentLang } from '../../shell/lang-choice.js';
import { workerCount } from '../../shell/worker-pool.js';
import { openSet } from '../shared.js';
import { assessDeps, setVersions } from './assess-deps.js';
import type { AssessSummary } from './output.js';
import { type Presented, type Presenting, presenter } from './present.js';
import { openSheetInputs, type SheetInput } from './read-inputs.js';
import { type AssessDeps, assessSheet } from './score-sheet.js';
import { type SetChoice, setFromSheets, sheetsFolder } from './sheet-sets.js';
import { assessTextFor } from './text.js';
import { scoreInWorkers, WORKERS_FROM, type WorkerSetup } from './worker-pool.js';
import { type AssessFormat, pickWriter } from './writers.js';

export { ASSESS_FORMATS } from './writers.js';

export interface AssessOptions {
  answers: string;
  format?: AssessFormat;
  passMark?: number;
  record?: boolean;
  /** With --format csv: start with a byte-order mark (Excel then reads Chinese names). */
  bom?: boolean;
  /** Read and check the sheets only: list their problems, score nothing. */
  check?: boolean;
  /** With --record: record sheets that are already in the history once more. */
  again?: boolean;
  lang?: string;
  drills?: string;
}

/**
 * Scores answer sheets through runSession, like the interactive quiz. Streams: each sheet is
 * read, scored, written out (and recorded) before the next is read.
 * Exit: 0 everyone passed, 1 someone did not pass or a sheet was skipped, 2 nothing could be scored.
 */
export async function assess(
  ctx: CommandContext,
  name: string | undefined,
  opts: AssessOptions,
): Promise<number> {
  const lang = contentLang(opts.lang, ctx.lang);
  const T = assessTextFor(ctx.lang);
  if (opts.bom && opts.format !== 'csv')
    throw new CliError({ code: 'invalid-option', message: commonFor(ctx.lang).bomOnlyCsv });
  const text = commonFor(ctx.lang);
  // No set named: the sheets name it. A set named by id that no catalogue knows may lie beside the sheets.
  const choice =
    name !== undefined
      ? { name, beside: sheetsFolder(ctx.cwd, opts.answers) }
      : await setFromSheets(ctx, opts.answers, T);
  const { catalogue, loaded: mainLoaded } = await openSetBeside(ctx, choice, lang, opts.drills);
  const main = { loaded: mainLoaded };
  const inputs = openSheetInputs(opts.answers, ctx.cwd, ctx.stdin, ctx.signal);
  const format = opts.format ?? 'table';
  const how: Presenting = {
    format,
    color: ctx.color,
    lang: ctx.lang,
    record: opts.record === true,
  };
  const setup: WorkerSetup = {
    versions: await setVersions(catalogue, choice.name, main.loaded, ctx.cwd),
    lang,
    packageRoot: ctx.packageRoot,
    ...(opts.passMark !== undefined ? { passMark: opts.passMark } : {}),
    present: how,
  };
  const deps = { ...assessDeps(setup), ...(ctx.signal ? { signal: ctx.signal } : {}) };
  const style = await createStyle(ctx.color);
  if (opts.check) {
    const { checkSheets } = await import('./assess-check.js');
    return checkSheets(ctx, inputs.sheets, deps, T, style);
  }
  const writer = pickWriter(format, main.loaded, style, T, opts.bom === true);
  // Each trainee's line goes out as soon as the session is recorded: a run stopped hard (a
  // second signal, the 3 s limit) never leaves a recorded session without its output line.
  const out = streamSink(ctx.stdout, 1);
  // Only --record needs to know where the history is (a user without a home can still score).
  const file = opts.record ? historyFile(ctx.env) : '';
  const progress = createProgress(ctx.stderr, inputs.total, T.progress, () => ctx.now().getTime());
  const summary: AssessSummary = {
    set: main.loaded.set.id,
    pass_mark: opts.passMark ?? main.loaded.set.pass_mark,
    scored: 0,
    passed: 0,
    failed: 0,
    skipped: 0,
    invalid: 0,
    needs_review: 0,
  };
  let recorded = 0;
  let setFiles = 0;
  const said = new Set<string>();
  let notSaved = false;
  const before =
    opts.record && !opts.again
      ? await recordedSheets(file, dataOwner(ctx.env))
      : new Map<string, string>();
  const names = new Map<string, { file: string; written: string }>();
  await out.write(writer.begin());
  const cores = availableParallelism();
  const { count: workers, lowered } = workerCount(ctx.env, inputs.total, cores, WORKERS_FROM);
  if (lowered !== undefined) ctx.stderr.write(`cs-drill: ${T.workersLowered(lowered, cores)}\n`);
  const outcomes = workers
    ? scoreInWorkers(inputs.sheets, setup, workers)
    : scoreHere(inputs.sheets, deps, await presenter(how, main.loaded));
  for await (const outcome of outcomes) {
    // Ctrl-C / SIGTERM: stop between sheets; what was scored is written out whole.
    if (out.closed || ctx.signal?.aborted) break;
    progress.tick();
    if (outcome.kind === 'skipped' && isSetAmongSheets(outcome.problems)) {
      setFiles++;
      continue;
    }
    if (outcome.kind === 'skipped') {
      summary.skipped++;
      ctx.stderr.write(
        `${progress.clear()}cs-drill: ${sanitize(T.skippedSheet(outcome.file, outcome.problems.length))}\n`,
      );
      for (const p of outcome.problems)
        ctx.stderr.write(`cs-drill:   ${formatProblemSafe(p, ctx.lang)}\n`);
      await out.write(writer.skipped({ file: outcome.file, problems: outcome.problems }));
      continue;
    }
    // A spreadsheet's column that is no item is said once, not once per trainee row.
    for (const w of outcome.warnings.filter(
      (w) => !said.has(problemKey(w)) && said.add(problemKey(w)),
    ))
      ctx.stderr.write(
        `${progress.clear()}cs-drill: ${text.warning(formatProblemSafe(w, ctx.lang))}\n`,
      );
    if (outcome.invalid.length > 0) {
      summary.invalid += outcome.invalid.length;
      ctx.stderr.write(
        `${progress.clear()}cs-drill: ${sanitize(T.invalidAnswers(outcome.file, outcome.invalid.length))}\n`,
      );
      for (const p of outcome.invalid)
        ctx.stderr.write(`cs-drill:   ${formatProblemSafe(p, ctx.lang)}\n`);
    }
    const spelled = { file: outcome.file, written: outcome.written ?? outcome.user };
    const same = names.get(outcome.user);
    if (same && same.written !== spelled.written)
      ctx.stderr.write(
        `${progress.clear()}cs-drill: ${text.warning(sanitize(T.sameName(outcome.user, spelled.file, spelled.written, same.file, same.written)))}\n`,
      );
    else if (!same) names.set(outcome.user, spelled);
    const first = summary.scored === 0;
    summary.scored++;
    if (outcome.passed) summary.passed++;
    else summary.failed++;
    summary.needs_review += outcome.needsReview;
    const earlier = before.get(sheetKey(outcome));
    if (opts.record && earlier !== undefined) {
      ctx.stderr.write(
        `${progress.clear()}cs-drill: ${sanitize(T.alreadyRecorded(outcome.user, outcome.file, earlier.slice(0, 8)))}\n`,
      );
    } else if (opts.record && outcome.record) {
      if (!opts.again) before.set(sheetKey(outcome), outcome.sessionId);
      const saved = saveSession(file, outcome.record);
      if (saved.saved === 'history') recorded++;
      else {
        notSaved = true;
        const where =
          saved.saved === 'fallback'
            ? T.savedInstead(sanitize(saved.file))
            : `${T.savedNowhere}\n${saved.json}`;
        ctx.stderr.write(
          `${progress.clear()}cs-drill: ${sanitize(T.notRecorded(outcome.user, problemsInline(saved.reason, ctx.lang)))}${T.clauseBreak}${where}\n`,
        );
      }
    }
    const shown = outcome.text ?? (outcome.view ? writer.trainee(outcome.view) : '');
    await out.write(first ? shown : `${writer.separator}${shown}`);
  }
  progress.done();
  await out.write(writer.end(summary));
  await out.close();
  if (setFiles > 0) ctx.stderr.write(`cs-drill: ${T.setFilesLeftOut(setFiles)}\n`);
  if (opts.record && recorded > 0)
    ctx.stderr.write(`cs-drill: ${sanitize(T.recorded(recorded, file))}\n`);
  if (ctx.signal?.aborted) return EXIT.interrupted;
  if (summary.scored === 0) {
    ctx.stderr.write(`cs-drill: ${T.noneScored}\n`);
    return EXIT.invalid;
  }
  if (notSaved) return EXIT.notSaved;
  return summary.failed > 0 || summary.skipped > 0 || summary.invalid > 0 ? EXIT.failed : EXIT.ok;
}

/** The set by id or path; an id no catalogue knows is looked for beside the sheets too. */
async function openSetBeside(
  ctx: CommandContext,
  choice: SetChoice,
  lang: Lang,
  drills: string | undefined,
): ReturnType<typeof openSet> {
  try {
    return await openSet(ctx, choice.name, lang, drills);
  } catch (error) {
    const unknownId =
      error instanceof CliError &&
      error.problems[0]?.code === 'unknown-set' &&
      error.problems[0].params?.set !== undefined;
    if (!unknownId || drills !== undefined || looksLikePath(choice.name)) throw error;
    return await openSet(ctx, choice.name, lang, choice.beside);
  }
}

function problemKey(p: Problem): string {
  return `${p.code}\u0000${p.file}\u0000${p.line}\u0000${p.col}`;
}

/** The same sheet for the same trainee: recorded once unless --again. */
function sheetKey(r: { sheetHash?: string | undefined; user: string }): string {
  return `${r.sheetHash ?? ''}\u0000${r.user}`;
}

/** Sheets already recorded in the history, by sheetKey, with their session ids. */
async function recordedSheets(file: string, who: DataOwner): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  // Damaged lines are reported by the commands that read the history; here they only cannot
  // match. A history that is no regular file or cannot be read is said when a session is saved.
  try {
    if (!statSync(file).isFile()) return found;
    for await (const r of streamSummaries(file, [], who))
      if (r.mode === 'batch' && r.sheetHash !== undefined) found.set(sheetKey(r), r.id);
  } catch {
    return found;
  }
  return found;
}

async function* scoreHere(
  inputs: AsyncIterable<SheetInput>,
  deps: AssessDeps,
  present: (outcome: Awaited<ReturnType<typeof assessSheet>>) => Presented,
): AsyncGenerator<Presented> {
  let n = 0;
  for await (const input of inputs) {
    yield present(await assessSheet(input, deps));
    // Scoring never waits on I/O: let signals (Ctrl-C, SIGTERM) and the progress bar in now and then.
    if (++n % 32 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}
