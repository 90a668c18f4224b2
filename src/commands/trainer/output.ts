import type { Problem } from '../../errors.js';
import type { TraineeView } from './trainee-view.js';

export interface SkippedView {
  file: string;
  problems: Problem[];
}

export interface AssessSummary {
  set: string;
  pass_mark: number;
  scored: number;
  passed: number;
  failed: number;
  skipped: number;
  /** Answers that could not be read, over all scored sheets. */
  invalid: number;
  needs_review: number;
}

/**
 * Turns results into output text as they come, so a class of any size streams through
 * (only the JSON writer keeps everything, since one JSON document holds it all).
 */
export interface AssessWriter {
  /** trainee() only turns a view into text (no state): it may run where the sheet was scored. */
  streams: boolean;
  /** Written between two trainees' texts. */
  separator: string;
  begin(): string;
  trainee(view: TraineeView): string;
  skipped(view: SkippedView): string;
  end(summary: AssessSummary): string;
}
