import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Item } from '../../drills/schema.js';
import { CliError, type Problem } from '../../errors.js';
import { streamHistory } from '../../history/store.js';
import { formatProblemSafe } from '../../render/messages/problems.js';
import type { ItemResult } from '../../session/item-result.js';
import type { CommandContext } from '../../shell/context.js';
import { readTextPath } from '../../shell/text-input.js';
import {
  type AnalysisAttempt,
  type AnalysisItem,
  analyseItems,
  type SetStats,
} from '../../stats/item-analysis.js';
import { type RegradeRow, regradeRows } from '../../stats/regrades.js';
import { catalogueFor, setLoader } from '../shared.js';
import type { AssessJson } from './json.js';
import {
  type ReportInput,
  renderReportJson,
  renderReportMarkdown,
  renderReportTable,
  reportTextFor,
  TINY_CLASS,
} from './report-text.js';
import type { ItemView } from './trainee-view.js';

export interface ReportOptions {
  set?: string;
  format?: 'table' | 'md' | 'json';
}

/** `assess --format json` output can be large, but one JSON document is read whole anyway. */
const MAX_RESULTS_BYTES = 1024 * 1024 * 1024;

export async function report(
  ctx: CommandContext,
  path: string,
  opts: ReportOptions,
): Promise<number> {
  const file = resolve(ctx.cwd, path);
  // A pipe or a device cannot be looked at twice: it can only be results, read with a limit.
  const input =
    !isRegularFile(file) || looksLikeResults(file)
      ? fromResults(await readResults(file, path, ctx.signal), path, opts.set)
      : await fromHistory(file, path, opts.set, ctx);
  const stats = forClassSize(analyseItems(input.items, input.attempts));
  const format = opts.format ?? 'table';
  const text =
    format === 'json'
      ? renderReportJson(input, stats)
      : format === 'md'
        ? renderReportMarkdown(input, stats, reportTextFor(ctx.lang))
        : renderReportTable(input, stats, reportTextFor(ctx.lang));
  ctx.stdout.write(text);
  return 0;
}

/** With a handful of trainees, correlations are noise: they are left out rather than shown as ±1. */
function forClassSize(stats: SetStats): SetStats {
  if (stats.attempts >= TINY_CLASS) return stats;
  return {
    ...stats,
    alpha: null,
    items: stats.items.map((i) => ({
      ...i,
      discrimination: null,
      efficiency: null,
      flags: i.flags.filter((f) => f !== 'not-discriminating'),
    })),
  };
}

function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return true; // looksLikeResults says what is wrong with it
  }
}

/** The JSON of `assess` is pretty-printed (its first line is "{"); a history file has a record per line. */
function looksLikeResults(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new CliError({
      code: 'file-not-found',
      file,
      message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      hint: 'give the JSON of `cs-drill assess --format json` or a history file',
    });
  }
  try {
    const buf = Buffer.alloc(256);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const head = buf
      .subarray(0, n)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart();
    return /\.json$/i.test(file) || /^\{\s*\n/.test(head);
  } finally {
    closeSync(fd);
  }
}

/** What the report reads of `assess --format json`: a part of the type that writes it. */
interface ResultsJson {
  set: Pick<AssessJson['set'], 'id' | 'title' | 'items'>;
  trainees: { items: Pick<ItemView, 'id' | 'score' | 'answer'>[] }[];
}

async function readResults(
  file: string,
  label: string,
  signal?: AbortSignal,
): Promise<ResultsJson> {
  const text = await readTextPath(file, label, MAX_RESULTS_BYTES, signal);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError({
      code: 'invalid-results',
      file: label,
      message: `not valid JSON: ${(error as Error).message}`,
      hint: 'give the output of `cs-drill assess --format json` unchanged',
    });
  }
  const wrong = wrongInResults(value);
  if (wrong !== undefined) {
    throw new CliError({
      code: 'invalid-results',
      file: label,
      message: `this JSON is not the output of \`cs-drill assess --format json\` (${wrong})`,
      hint: 'give that output unchanged; history files are read too: give history.jsonl',
    });
  }
  return value as ResultsJson;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown) => typeof v === 'string';
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** The first thing the report would trip over, or undefined when the JSON has the shape it reads. */
function wrongInResults(v: unknown): string | undefined {
  if (!isObject(v) || !isObject(v.set)) return 'no "set"';
  if (!isText(v.set.id) || !isText(v.set.title)) return 'no "set.id" or "set.title"';
  if (!Array.isArray(v.set.items)) return 'no "set.items"';
  for (const [i, item] of v.set.items.entries()) {
    const ok =
      isObject(item) &&
      isText(item.id) &&
      isText(item.kind) &&
      isNumber(item.max) &&
      (item.options === undefined || (Array.isArray(item.options) && item.options.every(isText)));
    if (!ok) return `"set.items[${i}]" is not an item`;
  }
  if (!Array.isArray(v.trainees)) return 'no "trainees"';
  for (const [t, trainee] of v.trainees.entries()) {
    if (!isObject(trainee) || !Array.isArray(trainee.items)) return `"trainees[${t}]" has no items`;
    for (const [i, item] of trainee.items.entries())
      if (!isObject(item) || !isText(item.id) || !isNumber(item.score))
        return `"trainees[${t}].items[${i}]" has no id and score`;
  }
  return undefined;
}

function fromResults(r: ResultsJson, source: string, setId: string | undefined): ReportInput {
  if (setId && setId !== r.set.id) {
    throw new CliError({
      code: 'unknown-set',
      file: source,
      message: `these results are for set "${r.set.id}", not "${setId}"`,
    });
  }
  const items: AnalysisItem[] = r.set.items.map((i) => ({
    id: i.id,
    kind: i.kind,
    max: i.max,
    ...(i.options ? { options: i.options } : {}),
  }));
  const attempts = r.trainees.map((t) => {
    const byId = new Map(t.items.map((i) => [i.id, i]));
    return {
      scores: items.map((i) => byId.get(i.id)?.score ?? 0),
      answers: items.map((i) => byId.get(i.id)?.answer ?? null),
    };
  });
  const keyed = Object.fromEntries(
    r.set.items.flatMap((i) => (Array.isArray(i.keyed) ? [[i.id, i.keyed]] : [])),
  );
  return {
    setId: r.set.id,
    title: r.set.title,
    source,
    items,
    attempts,
    leftOut: 0,
    keyed,
    regrades: [],
  };
}

/**
 * Completed sessions of one set, streamed. Item analysis compares like with like: only the
 * sessions that asked the most common selection of items are analysed (--tag/--limit runs differ).
 */
async function fromHistory(
  file: string,
  source: string,
  setId: string | undefined,
  ctx: CommandContext,
): Promise<ReportInput> {
  const problems: Problem[] = [];
  const sets = new Map<
    string,
    {
      title: string;
      lang: string;
      groups: Map<
        string,
        { items: AnalysisItem[]; attempts: AnalysisAttempt[]; regrades: RegradeRow[] }
      >;
    }
  >();
  let any = false;
  for await (const r of streamHistory(file, problems)) {
    any = true;
    if (r.status !== 'completed' || (setId && r.setId !== setId)) continue;
    const set = sets.get(r.setId) ?? { title: r.setTitle, lang: r.lang, groups: new Map() };
    sets.set(r.setId, set);
    const key = r.items.map((i) => i.id).join('\n');
    const group = set.groups.get(key) ?? {
      items: r.items.map(itemOf),
      attempts: [],
      regrades: [],
    };
    set.groups.set(key, group);
    group.regrades.push(...regradeRows(r));
    group.attempts.push({
      scores: r.items.map((i) => i.score),
      answers: r.items.map((i) => i.answer),
    });
  }
  for (const p of problems) ctx.stderr.write(`cs-drill: ${formatProblemSafe(p, ctx.lang)}\n`);
  if (!any && problems.length === 0)
    throw new CliError({
      code: 'empty-history',
      file: source,
      message: 'no sessions in this file',
      hint: 'give a history file or the JSON of `cs-drill assess --format json`',
    });
  if (sets.size === 0) {
    throw new CliError({
      code: 'unknown-set',
      file: source,
      message: setId ? `no completed sessions of set "${setId}"` : 'no completed sessions',
    });
  }
  if (sets.size > 1) {
    throw new CliError({
      code: 'choose-set',
      file: source,
      message: `the history holds several sets: ${[...sets.keys()].join(', ')}`,
      hint: 'choose one with --set <id>',
    });
  }
  const [id, set] = [...sets][0]!;
  const groups = [...set.groups.values()].sort((a, b) => b.attempts.length - a.attempts.length);
  const main = groups[0]!;
  const leftOut = groups.slice(1).reduce((n, g) => n + g.attempts.length, 0);
  const loaded = setLoader(await catalogueFor(ctx, undefined))(id, set.lang);
  return {
    keyed: loaded ? keyedOptions(loaded.set.items) : {},
    regrades: main.regrades,
    setId: id,
    title: set.title,
    source,
    // Options nobody picked show too, when the set is at hand.
    items: main.items.map((i) => {
      const item = loaded?.set.items.find((x) => x.id === i.id);
      return item && (item.kind === 'choice' || item.kind === 'multi')
        ? { ...i, options: item.options.map((o) => o.key) }
        : i;
    }),
    attempts: main.attempts,
    leftOut,
  };
}

/** The right option(s) of each choice and multi item. */
export function keyedOptions(items: readonly Item[]): Record<string, string[]> {
  return Object.fromEntries(
    items.flatMap((i) =>
      i.kind === 'choice' ? [[i.id, [i.answer]]] : i.kind === 'multi' ? [[i.id, i.answers]] : [],
    ),
  );
}

function itemOf(r: ItemResult): AnalysisItem {
  return { id: r.id, kind: r.kind, max: r.max };
}
