import type { LoadedSet } from '../drills/parse-set.js';
import type { Lang } from '../drills/schema.js';
import type { Problem } from '../errors.js';
import { commonFor } from '../render/messages/common.js';
import { formatProblemSafe } from '../render/messages/problems.js';
import { type Catalogue, loadCatalogue, resolveSet } from '../shell/catalogue.js';
import type { CommandContext } from '../shell/context.js';

/** Files left out (a trainer's broken set, a damaged history line): said on stderr, not fatal. */
export function reportProblems(ctx: CommandContext, problems: Problem[]): void {
  const text = commonFor(ctx.lang);
  const shown = problems.slice(0, 10);
  for (const p of shown)
    ctx.stderr.write(`cs-drill: ${text.skipped(formatProblemSafe(p, ctx.lang))}\n`);
  if (problems.length > shown.length)
    ctx.stderr.write(`cs-drill: ${text.moreSkipped(problems.length - shown.length)}\n`);
}

/** The bundled sets and the trainer's (--drills, CS_DRILL_PATH); broken files are reported. */
export async function catalogueFor(
  ctx: CommandContext,
  drills: string | undefined,
): Promise<Catalogue> {
  const catalogue = await loadCatalogue({
    packageRoot: ctx.packageRoot,
    cwd: ctx.cwd,
    env: ctx.env,
    drills,
  });
  reportProblems(ctx, catalogue.problems);
  for (const w of catalogue.warnings)
    ctx.stderr.write(`cs-drill: ${commonFor(ctx.lang).warning(formatProblemSafe(w, ctx.lang))}\n`);
  return catalogue;
}

/** A set by id or path, in `lang` when it exists there; says so when another language is used. */
export async function openSet(
  ctx: CommandContext,
  name: string,
  lang: Lang,
  drills: string | undefined,
): Promise<{ catalogue: Catalogue; loaded: LoadedSet }> {
  const catalogue = await catalogueFor(ctx, drills);
  const { loaded, fellBackFrom } = await resolveSet(catalogue, name, lang, ctx.cwd);
  if (fellBackFrom)
    ctx.stderr.write(
      `cs-drill: ${commonFor(ctx.lang).langFallback(fellBackFrom, loaded.set.lang)}\n`,
    );
  return { catalogue, loaded };
}

/** A set by id, in the wanted language if it exists, loaded once. */
export function setLoader(
  catalogue: Catalogue,
): (setId: string, lang: string) => LoadedSet | undefined {
  const cache = new Map<string, LoadedSet | undefined>();
  return (setId, lang) => {
    const key = `${setId}\u0000${lang}`;
    if (!cache.has(key)) {
      const entries = catalogue.entries.filter((e) => e.summary.id === setId);
      const entry = entries.find((e) => e.summary.lang === lang) ?? entries[0];
      let loaded: LoadedSet | undefined;
      try {
        loaded = entry?.load();
      } catch {
        loaded = undefined;
      }
      cache.set(key, loaded);
    }
    return cache.get(key);
  };
}
