import { statSync, watch } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { checkExamples } from '../drills/check-examples.js';
import { CliError, EXIT, type Problem } from '../errors.js';
import type { FreeTextJudge } from '../judge/types.js';
import { commonFor } from '../render/messages/common.js';
import { listTextFor } from '../render/messages/list.js';
import { formatProblemIn } from '../render/messages/problems.js';
import { jsonText } from '../render/sanitize.js';
import type { CommandContext } from '../shell/context.js';
import { findSetFiles, readSetFile } from '../shell/set-files.js';
import { reportProblems } from './shared.js';

export interface ValidateOptions {
  json?: boolean;
  /** false with --no-examples: skip running the items' example answers through the judge. */
  examples?: boolean;
  /** Validate again whenever a file changes, until interrupted. */
  watch?: boolean;
}

export async function validate(
  ctx: CommandContext,
  paths: string[],
  opts: ValidateOptions,
): Promise<number> {
  let judge: FreeTextJudge | undefined;
  const judgeOnce = async () => {
    if (!judge) {
      judge = (await import('../shell/bundled-judge.js')).openBundledJudge(ctx.packageRoot);
    }
    return judge;
  };
  const code = await validateOnce(
    ctx,
    paths.flatMap((p) => expand(ctx, p)),
    opts,
    judgeOnce,
  );
  if (!opts.watch) return code;
  ctx.stderr.write(`${listTextFor(ctx.lang).watching}\n`);
  let timer: NodeJS.Timeout | undefined;
  const again = () => {
    clearTimeout(timer);
    // Editors save in several steps: wait for the file to settle.
    timer = setTimeout(() => {
      ctx.stderr.write(`\n── ${ctx.now().toLocaleTimeString()} ──\n`);
      validateOnce(
        ctx,
        paths.flatMap((p) => expand(ctx, p)),
        opts,
        judgeOnce,
      ).catch((error: unknown) => {
        if (error instanceof CliError)
          for (const p of error.problems) ctx.stderr.write(`${formatProblemIn(p, ctx.lang)}\n`);
        else throw error;
      });
    }, 150);
  };
  // Watch directories, not files: a save that replaces the file (sed -i, editors' atomic save)
  // gives it a new inode, and a watch on the old one would never fire again.
  for (const p of paths) {
    const full = resolve(ctx.cwd, p);
    if (statSync(full).isDirectory()) watch(full, { recursive: false }, again);
    else
      watch(dirname(full), { recursive: false }, (_event, name) => {
        if (name === null || name === basename(full)) again();
      });
  }
  return new Promise<number>(() => {});
}

async function validateOnce(
  ctx: CommandContext,
  files: string[],
  opts: ValidateOptions,
  judgeOnce: () => Promise<FreeTextJudge>,
): Promise<number> {
  const L = listTextFor(ctx.lang);
  const problems: Problem[] = [];
  const owners = new Map<string, string>();
  for (const file of files) {
    const shown = relative(ctx.cwd, file) || file;
    const parsed = readSetFile(file);
    const found = parsed.ok ? [] : [...parsed.problems];
    // Examples and model answers of every sound item are run even when other items are broken:
    // one pass shows everything there is to fix.
    const parts = parsed.parts;
    const judged = parts?.set.items.some((i) => 'model_answer' in i || i.kind === 'roleplay');
    if (parts?.set.lang && opts.examples !== false && judged)
      for (const c of checkExamples({ ...parts.set, lang: parts.set.lang }, await judgeOnce()))
        found.push(parts.problemOf(c));
    found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
    problems.push(...found.map((p) => ({ ...p, file: shown })));
    if (!parsed.ok) continue;
    const { locate } = parsed.loaded;
    const key = `${parsed.loaded.set.id} (${parsed.loaded.set.lang})`;
    const owner = owners.get(key);
    if (owner)
      problems.push({
        code: 'duplicate-set',
        file: shown,
        ...locate?.(['id']),
        message: listTextFor('en').duplicateSet(key, owner),
        params: { key, owner },
      });
    else owners.set(key, shown);
  }
  if (opts.json) {
    ctx.stdout.write(
      `${jsonText({ files: files.length, valid: problems.length === 0, problems }, 2)}\n`,
    );
  } else {
    for (const p of problems) ctx.stdout.write(`${formatProblemIn(p, ctx.lang)}\n`);
    const broken = new Set(problems.map((p) => p.file)).size;
    ctx.stderr.write(
      problems.length === 0
        ? `${L.checkedValid(files.length)}\n`
        : `${L.checkedProblems(files.length, problems.length, broken)}\n`,
    );
  }
  return problems.length === 0 ? EXIT.ok : EXIT.failed;
}

function expand(ctx: CommandContext, path: string): string[] {
  const full = resolve(ctx.cwd, path);
  let isDir: boolean;
  try {
    isDir = statSync(full).isDirectory();
  } catch {
    const L = listTextFor(ctx.lang);
    throw new CliError({
      code: 'file-not-found',
      file: path,
      message: L.noSuchPath,
      hint: commonFor(ctx.lang).checkPath,
    });
  }
  if (!isDir) return [full];
  const unreadable: Problem[] = [];
  const files = findSetFiles(full, unreadable);
  reportProblems(ctx, unreadable);
  if (files.length === 0) {
    const L = listTextFor(ctx.lang);
    throw new CliError({
      code: 'no-drill-files',
      file: path,
      message: L.noDrillFiles,
      hint: L.noDrillFilesHint,
    });
  }
  return files;
}
