import type { LoadedSet } from '../../drills/parse-set.js';
import type { Lang } from '../../drills/schema.js';
import type { Problem } from '../../errors.js';
import { messagesFor } from '../../render/messages.js';
import { createStyle } from '../../render/style.js';
import type { SessionRecord } from '../../session/record.js';
import type { SheetOutcome } from './score-sheet.js';
import { assessTextFor } from './text.js';
import { type TraineeView, traineeView } from './trainee-view.js';
import { type AssessFormat, pickWriter } from './writers.js';

/** How a run shows its results: the same in the main thread and in every worker. */
export interface Presenting {
  format: AssessFormat;
  color: boolean;
  /** The language people read (the table's problems are in it; other formats keep English). */
  lang: Lang;
  /** --record: the whole session goes back to be saved. */
  record: boolean;
}

/**
 * A scored sheet as the run needs it: what to count, say and print — the writer's text, or the
 * view when the writer keeps views (JSON) — and the session only when it is to be recorded.
 * Small, so a worker sends back little.
 */
export type Presented =
  | {
      kind: 'scored';
      file: string;
      user: string;
      sessionId: string;
      sheetHash?: string;
      passed: boolean;
      needsReview: number;
      written?: string;
      warnings: Problem[];
      invalid: Problem[];
      text?: string;
      view?: TraineeView;
      record?: SessionRecord;
    }
  | Extract<SheetOutcome, { kind: 'skipped' }>;

/** Turns outcomes into what the run prints and counts. */
export async function presenter(
  how: Presenting,
  main: LoadedSet,
): Promise<(outcome: SheetOutcome) => Presented> {
  const plain = await createStyle(false);
  const style = await createStyle(how.color);
  const writer = pickWriter(how.format, main, style, assessTextFor(how.lang), false);
  return (outcome) => {
    if (outcome.kind === 'skipped') return outcome;
    const { record } = outcome;
    const view = traineeView(
      outcome,
      messagesFor(record.lang),
      plain,
      how.format === 'table' ? how.lang : 'en',
    );
    return {
      kind: 'scored',
      file: outcome.file,
      user: record.user,
      sessionId: record.id,
      ...(record.sheetHash !== undefined ? { sheetHash: record.sheetHash } : {}),
      passed: view.passed,
      needsReview: view.needs_review.length,
      ...(outcome.written !== undefined ? { written: outcome.written } : {}),
      warnings: outcome.warnings,
      invalid: outcome.invalid,
      ...(writer.streams ? { text: writer.trainee(view) } : { view }),
      ...(how.record ? { record } : {}),
    };
  };
}
