import { randomUUID } from 'node:crypto';
import { type AssessDeps, assessSheet } from '../answers/sheets/assess-sheet.js';
import { openSheetInputs } from '../answers/sheets/read-inputs.js';
import type { LoadedSet } from '../drills/parse-set.js';
import { type Catalogue, resolveSet } from '../drills/registry.js';
import { LANGS, type Lang } from '../drills/schema.js';
import { EXIT } from '../errors.js';
import { junitWriter } from '../export/junit.js';
import { historyFile } from '../history/location.js';
import { saveSession } from '../history/save-session.js';
import type { FreeTextJudge } from '../judge/types.js';
import { contentLang, parseLang } from '../lang-choice.js';
import { csvWriter } from '../render/assess-csv.js';
import { jsonlWriter, jsonWriter } from '../render/assess-json.js';
import { type AssessText, assessTextFor } from '../render/assess-messages.js';
import type { AssessSummary, AssessWriter } from '../render/assess-output.js';
import { tableWriter } from '../render/assess-table.js';
import { traineeView } from '../render/assess-view.js';
import { commonFor } from '../render/messages/common.js';
import { formatProblemSafe } from '../render/messages/problems.js';
import { messagesFor } from '../render/messages.js';
import { createProgress } from '../render/progress.js';
import { sanitize } from '../render/sanitize.js';
import { createStyle, type Style } from '../render/style.js';
import type { CommandContext, OutStream } from './context.js';
import { openSet } from './open-catalogue.js';

export const ASSESS_FORMATS = ['table', 'json', 'csv', 'jsonl', 'junit'] as const;

export interface AssessOptions {
  answers: string;
  format?: (typeof ASSESS_FORMATS)[number];
  passMark?: number;
  record?: boolean;
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
  name: string,
  opts: AssessOptions,
): Promise<number> {
  const lang = contentLang(opts.lang, ctx.lang);
  const T = assessTextFor(ctx.lang);
  const text = commonFor(ctx.lang);
  const { catalogue, loaded: mainLoaded } = await openSet(ctx, name, lang, opts.drills);
  const main = { loaded: mainLoaded };
  const inputs = openSheetInputs(opts.answers, ctx.cwd, ctx.stdin);
  let judge: FreeTextJudge | undefined;
  const loadJudge = async () => {
    judge ??= (await import('../judge/bundled.js')).openBundledJudge(ctx.packageRoot);
    return judge;
  };
  const setFor = await setVersions(catalogue, name, lang, main.loaded, ctx.cwd);
  const deps: AssessDeps = {
    setFor,
    judge: loadJudge,
    now: ctx.now,
    newId: randomUUID,
    defaultName: inputs.defaultName,
    ...(opts.passMark !== undefined ? { passMark: opts.passMark } : {}),
  };
  const style = await createStyle(ctx.color);
  const plain = await createStyle(false);
  const writer = pickWriter(opts.format ?? 'table', main.loaded, style, T);
  const out = sink(ctx.stdout);
  const file = historyFile(ctx.env);
  const progress = createProgress(ctx.stderr, inputs.total, T.progress, () => ctx.now().getTime());
  const summary: AssessSummary = {
    set: main.loaded.set.id,
    pass_mark: opts.passMark ?? main.loaded.set.pass_mark,
    scored: 0,
    passed: 0,
    failed: 0,
    skipped: 0,
    needs_review: 0,
  };
  let recorded = 0;
  let notSaved = false;
  await out.write(writer.begin());
  for await (const input of inputs.sheets) {
    if (out.broken) break;
    const outcome = await assessSheet(input, deps);
    progress.tick();
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
    for (const w of outcome.warnings)
      ctx.stderr.write(
        `${progress.clear()}cs-drill: ${text.warning(formatProblemSafe(w, ctx.lang))}\n`,
      );
    const view = traineeView(outcome, messagesFor(outcome.record.lang), plain);
    summary.scored++;
    if (view.passed) summary.passed++;
    else summary.failed++;
    summary.needs_review += view.needs_review.length;
    if (opts.record) {
      const saved = saveSession(file, outcome.record);
      if (saved.saved === 'history') recorded++;
      else {
        notSaved = true;
        const where =
          saved.saved === 'fallback'
            ? T.savedInstead(saved.file)
            : `${T.savedNowhere}\n${saved.json}`;
        ctx.stderr.write(
          `${progress.clear()}cs-drill: ${sanitize(T.notRecorded(view.name, saved.reason))}; ${where}\n`,
        );
      }
    }
    await out.write(writer.trainee(view));
  }
  progress.done();
  await out.write(writer.end(summary));
  if (opts.record && recorded > 0) ctx.stderr.write(`cs-drill: ${T.recorded(recorded, file)}\n`);
  if (summary.scored === 0) {
    ctx.stderr.write(`cs-drill: ${T.noneScored}\n`);
    return EXIT.invalid;
  }
  if (notSaved) return EXIT.notSaved;
  return summary.failed > 0 || summary.skipped > 0 ? EXIT.failed : EXIT.ok;
}

function pickWriter(
  format: NonNullable<AssessOptions['format']>,
  loaded: LoadedSet,
  style: Style,
  T: AssessText,
): AssessWriter {
  switch (format) {
    case 'table':
      return tableWriter(style, T);
    case 'json':
      return jsonWriter(loaded);
    case 'jsonl':
      return jsonlWriter();
    case 'csv':
      return csvWriter();
    case 'junit':
      return junitWriter(loaded.set.id);
  }
}

/**
 * A sheet says which language it was written in; the same set in that language scores it when
 * it exists (sets given as a file path have one language).
 */
async function setVersions(
  catalogue: Catalogue,
  name: string,
  lang: Lang,
  main: LoadedSet,
  cwd: string,
): Promise<AssessDeps['setFor']> {
  const byLang = new Map<string, ReturnType<AssessDeps['setFor']>>([
    [main.set.lang, { loaded: main }],
  ]);
  for (const l of LANGS) {
    if (byLang.has(l)) continue;
    const other = catalogue.entries.some(
      (e) => e.summary.id === main.set.id && e.summary.lang === l,
    )
      ? await resolveSet(catalogue, name, l, cwd)
      : undefined;
    if (other && !other.fellBackFrom && other.loaded.set.id === main.set.id)
      byLang.set(l, { loaded: other.loaded });
  }
  return (sheetLang) => {
    const wanted = parseLang(sheetLang) ?? lang;
    return (
      byLang.get(wanted) ?? {
        loaded: main,
        warning: `set "${main.set.id}" has no ${wanted} version; scored with ${main.set.lang}`,
      }
    );
  };
}

/** Writes that wait when the reader is slow, and stop quietly when it has gone (`| head`). */
function sink(stream: OutStream) {
  let broken = false;
  stream.on('error', () => {
    broken = true;
  });
  return {
    get broken() {
      return broken;
    },
    async write(text: string): Promise<void> {
      if (broken || text === '') return;
      if (stream.write(text)) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('error', done);
          stream.off('close', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
        stream.on('close', done);
      });
    },
  };
}
