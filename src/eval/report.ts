/**
 * The shape every evaluation (question classifier, phrase detector, paraphrase scorer)
 * returns for one judge and one language (or 'all'), so one driver can print them alike.
 */
export interface EvalMiss {
  text: string;
  expected: string;
  got: string;
  /** The machine-readable cue or detail that decided the wrong answer. */
  cue: string;
}

export interface EvalReport {
  /** Which judge was measured, e.g. "question", "phrases", "paraphrase". */
  judge: string;
  /** A language tag ("zh-Hans", "zh-Hant", "en", "ja") or "all". */
  lang: string;
  /** Number of labelled rows measured. */
  n: number;
  /** Share of rows judged as labelled, 0..1. */
  accuracy: number;
  /** Per class (e.g. "open", "closed"): of the rows judged as this class, the share labelled so. */
  precision?: Record<string, number>;
  /** Per class: of the rows labelled as this class, the share judged so. */
  recall?: Record<string, number>;
  misses: EvalMiss[];
}
