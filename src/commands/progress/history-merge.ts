import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError, EXIT, type Problem } from '../../errors.js';
import { dataDirOrUndefined, dataOwner, historyFile } from '../../history/location.js';
import { type MergeResult, mergeHistories } from '../../history/merge.js';
import { mergeRegrades } from '../../history/merge-regrades.js';
import { checkOutTarget } from '../../history/out-target.js';
import { commonFor } from '../../render/messages/common.js';
import type { CommandContext } from '../../shell/context.js';
import { reportProblems } from '../shared.js';
import { historyErrorsFor } from './error-text.js';
import { statsLabelsFor } from './screen-text.js';

export interface MergeOptions {
  into?: string;
  json?: boolean;
  force?: boolean;
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
  // An answer sheet or a CSV given by mistake would be "merged" as hundreds of damaged lines.
  files.forEach((f, i) => {
    if (problems.length === 0 && !looksLikeHistory(sources[i]!))
      problems.push({
        code: 'not-a-history',
        file: f,
        message: E.notAHistory,
        hint: E.giveHistoryFiles,
      });
  });
  if (problems.length) throw new CliError(problems);
  const who = dataOwner(ctx.env);
  const cannotWrite = (code: string) =>
    new CliError({
      code: 'cannot-write',
      file: target,
      message: E.cannotMerge(code),
      hint: commonFor(ctx.lang).cannotWriteHint,
    });
  if (opts.into) {
    // --into a new file may name a new directory, as it always could.
    try {
      mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
    } catch (error) {
      throw cannotWrite((error as NodeJS.ErrnoException).code ?? String(error));
    }
  }
  const own = opts.into
    ? checkOutTarget(target, {
        option: '--into',
        dataDir: dataDirOrUndefined(ctx.env),
        force: opts.force === true,
        merging: true,
      })
    : { existing: undefined, ownHistory: true };
  const others = sources.filter((s) => s !== target);
  let result: MergeResult;
  let regrades: number;
  try {
    result = await mergeHistories(
      { file: target, own: own.ownHistory, ...(own.existing ? { existing: own.existing } : {}) },
      others,
      who,
      ctx.signal,
    );
    if (result.interrupted) return EXIT.interrupted;
    regrades = mergeRegrades(target, others, result.problems, who, own.ownHistory);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    throw cannotWrite(code);
  }
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

/**
 * Whether a file can be a history: empty, or among its first lines one is a session record
 * (a JSON object with an id, a set and items). A torn or damaged line here and there is fine.
 */
function looksLikeHistory(path: string): boolean {
  let head: string;
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(256 * 1024);
    head = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
  const lines = head
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 20);
  if (lines.length === 0) return true;
  return lines.some((l) => {
    try {
      const v = JSON.parse(l) as Record<string, unknown>;
      return typeof v === 'object' && v !== null && 'id' in v && 'setId' in v && 'items' in v;
    } catch {
      return false;
    }
  });
}
