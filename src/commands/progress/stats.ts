import { EXIT } from '../../errors.js';
import { jsonText } from '../../render/sanitize.js';
import { createStyle } from '../../render/style.js';
import type { CommandContext } from '../../shell/context.js';
import { StatsAggregator } from '../../stats/aggregate.js';
import { setSizes } from '../../stats/comparable.js';
import { catalogueFor, setLoader } from '../shared.js';
import { type FilterOptions, historyScope, itemLookup, scanSummaries } from './history-common.js';
import { statsLabelsFor } from './screen-text.js';
import { renderStats } from './stats-text.js';

export interface StatsOptions extends FilterOptions {
  json?: boolean;
  drills?: string;
}

/** `cs-drill stats`: progress per skill and set, weakest items, streaks, chronic misses, self-rating. */
export async function stats(ctx: CommandContext, opts: StatsOptions): Promise<number> {
  const L = statsLabelsFor(ctx.lang);
  const scope = historyScope(ctx, opts);
  const catalogue = await catalogueFor(ctx, opts.drills);
  const agg = new StatsAggregator(scope.dayOf, setSizes(catalogue.entries.map((e) => e.summary)));
  await scanSummaries(ctx, scope, (r) => agg.add(r));
  const lookup = itemLookup(setLoader(catalogue));
  const result = agg.result(scope.dayOf(ctx.now().getTime()), lookup);
  if (opts.json) {
    ctx.stdout.write(
      `${jsonText({ user: scope.filter.user ?? null, timeZone: scope.timeZone ?? null, ...result }, 2)}\n`,
    );
    return EXIT.ok;
  }
  if (result.sessions === 0 && result.aborted === 0 && result.reviews === 0) {
    ctx.stderr.write(`${L.noStats(scope.label)}\n`);
    return EXIT.ok;
  }
  const style = await createStyle(ctx.color);
  ctx.stdout.write(
    renderStats(result, {
      user: scope.label,
      style,
      tty: ctx.stdout.isTTY === true,
      width: ctx.stdout.columns ?? Number.POSITIVE_INFINITY,
      labels: L,
    }),
  );
  return EXIT.ok;
}
