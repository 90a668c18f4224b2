import type { FreeTextItem, Lang } from '../drills/schema.js';

/** A character range in the trainee's original answer (UTF-16 offsets, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** Checks every free-text judge runs besides the author's rubric criteria. */
export type BuiltinCheck =
  | 'question-type' // ask: the question is of the required type (open/closed)
  | 'single-question' // ask: one clear question for the customer to answer
  | 'feeling' // paraphrase: the customer's feeling is acknowledged
  | 'check-question' // paraphrase: ends by checking understanding
  | 'not-copied' // paraphrase: not the customer's words copied back
  | 'no-forbidden'; // rewrite/paraphrase: no forbidden or taboo phrase

export type MultiPick = 'picked' | 'wrong-pick' | 'missed' | 'left';

/** How a criterion came out: met, not said, or said otherwise than the customer said it. */
export type CriterionStatus = 'met' | 'missed' | 'contradicted';

export interface CriterionResult {
  /** The rubric criterion id, or the builtin check's name. */
  id: string;
  /** Author's label for rubric criteria; absent for builtins (the renderer words them). */
  label?: string;
  builtin?: BuiltinCheck;
  met: boolean;
  /** Absent on records written before statuses existed: read it as met ? 'met' : 'missed'. */
  status?: CriterionStatus;
  weight: number;
  /** Where in the answer it matched, for highlighting. */
  span?: Span;
  /** Machine-readable detail, e.g. the classifier's cue ("what", "吗") or the verdict. */
  detail?: string;
  /** choice and classify: the option or category the trainee chose. */
  chosen?: string;
  /** classify: the right category. */
  right?: string;
  /** order: the place (1-based) the step was put at, and the place it belongs at. */
  place?: { at: number; belongs: number };
  /** multi: picked and right, picked but wrong, right but missed, or rightly left alone. */
  pick?: MultiPick;
  /** A contradicted fact: what the answer said ("Beijing", "it arrived") … */
  said?: string;
  /** … and what the customer said ("Guangzhou", "hasn't arrived"). */
  expected?: string;
}

export interface PhraseHit {
  /** The list entry that matched (canonical phrase; for some entries a title of several wordings). */
  phrase: string;
  /**
   * The list's own wording that matched (a pattern as the list writes it); absent when the act was
   * found by structure, a grammar sequence or the reply model. Tells whether `phrase` names the
   * words the writer used.
   */
  matched?: string;
  category: string;
  /**
   * The speech act found ("refusal": a refusal with no alternative offered; "order": …);
   * absent on an item's own avoid-patterns.
   */
  act?: string;
  span: Span;
  /** The clause the act stands in (with `act`). */
  clause?: Span;
  suggestion: string;
  /** 'model': found by the learned reply model, worded by the list's entry for the act. */
  by?: 'model';
}

export type Verdict = 'pass' | 'partial' | 'fail';

export interface Judgement {
  score: number;
  max: number;
  verdict: Verdict;
  criteria: CriterionResult[];
  forbidden: PhraseHit[];
  /** The judge is not sure (weak cue, rules disagree): a trainer should look. */
  needsReview: boolean;
}

export interface FreeTextJudge {
  judge(item: FreeTextItem, answer: string, lang: Lang): Judgement;
}
