import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, EXIT, type Problem } from '../errors.js';
import { historyFile } from '../history/location.js';
import { mergeHistories } from '../history/merge.js';
import { mergeRegrades } from '../history/merge-regrades.js';
import { commonFor } from '../render/messages/common.js';
import { historyErrorsFor } from '../render/messages/history.js';
import { statsLabelsFor } from '../render/stats-labels.js';
import type { CommandContext } from './context.js';
import { reportProblems } from './open-catalogue.js';

export interface MergeOptions {
  into?: string;
  json?: boolean;
}

/** `cs-drill history merge <file>...`: adds the sessions of other history files that are not already present. */
export async function historyMerge(
  ctx: CommandContext,
  files: string[],
  opts: MergeOptions,
): Promise<number> {
  const target = opts.into ? resolve(ctx.cwd, opts.into) : historyFile(ctx.env);
  const E = historyErrorsFor(ctx.lang);
  const problems: Problem[] = [];
  const sources = files.map((f) => {
    const path = resolve(ctx.cwd, f);
    try {
      if (!statSync(path).isFile())
        problems.push({
          code: 'not-a-file',
          file: f,
          message: E.notAFile,
          hint: E.giveHistoryFiles,
        });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({
        code: 'file-not-found',
        file: f,
        message: code === 'ENOENT' ? E.noSuchFile : E.cannotRead(String(code)),
        hint: commonFor(ctx.lang).checkPath,
      });
    }
    return path;
  });
  if (problems.length) throw new CliError(problems);
  if (opts.into) {
    try {
      if (statSync(target).isDirectory())
        throw new CliError({
          code: 'not-a-file',
          file: opts.into,
          message: E.intoIsDirectory,
          hint: E.intoIsDirectoryHint,
        });
    } catch (error) {
      if (error instanceof CliError) throw error;
    }
  }
  let result: Awaited<ReturnType<typeof mergeHistories>>;
  try {
    result = await mergeHistories(
      target,
      sources.filter((s) => s !== target),
    );
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    throw new CliError({
      code: 'cannot-write',
      file: target,
      message: E.cannotMerge(code),
      hint: commonFor(ctx.lang).cannotWriteHint,
    });
  }
  const regrades = mergeRegrades(
    target,
    sources.filter((s) => s !== target),
    result.problems,
  );
  reportProblems(ctx, result.problems);
  if (opts.json)
    ctx.stdout.write(
      `${JSON.stringify({ into: target, added: result.added, skipped: result.skipped, damaged: result.damaged, regrades }, null, 2)}\n`,
    );
  else {
    const L = statsLabelsFor(ctx.lang);
    ctx.stdout.write(`${L.mergeReport(result.added, result.skipped, result.damaged, target)}\n`);
    if (regrades > 0) ctx.stdout.write(`${L.mergeRegrades(regrades)}\n`);
  }
  return EXIT.ok;
}
