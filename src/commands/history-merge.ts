import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, EXIT, type Problem } from '../errors.js';
import { historyFile } from '../history/location.js';
import { mergeHistories } from '../history/merge.js';
import { statsLabels as L } from '../render/stats-labels.js';
import type { CommandContext } from './context.js';
import { reportProblems } from './history-common.js';

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
  const problems: Problem[] = [];
  const sources = files.map((f) => {
    const path = resolve(ctx.cwd, f);
    try {
      if (!statSync(path).isFile())
        problems.push({
          code: 'not-a-file',
          file: f,
          message: 'is not a file',
          hint: 'give history files (.jsonl)',
        });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({
        code: 'file-not-found',
        file: f,
        message: code === 'ENOENT' ? 'no such file' : `cannot read it: ${code}`,
        hint: 'check the path',
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
          message: '--into is a directory',
          hint: 'give the history file to merge into',
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
      message: `cannot merge into this file: ${code}`,
      hint: 'check that its directory exists and is writable',
    });
  }
  reportProblems(ctx, result.problems);
  if (opts.json)
    ctx.stdout.write(
      `${JSON.stringify({ into: target, added: result.added, skipped: result.skipped, damaged: result.damaged }, null, 2)}\n`,
    );
  else ctx.stdout.write(`${L.mergeReport(result.added, result.skipped, result.damaged, target)}\n`);
  return EXIT.ok;
}
