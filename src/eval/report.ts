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
  /** Cohen's kappa of verdicts against labels, for judges that report it (null: undefined). */
  kappa?: number | null;
  misses: EvalMiss[];
}

/** One row as judged: its class by label, the judge's class, and the cue behind the answer. */
export interface JudgedRow {
  lang: string;
  text: string;
  expected: string;
  got: string;
  cue: string;
  /** Shown instead of `expected` when the row is missed, e.g. "flag (blame)". */
  expectedNote?: string;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Accuracy, per-class precision and recall, and the misses of `rows`. */
export function classReport(
  judge: string,
  lang: string,
  classes: readonly string[],
  rows: readonly JudgedRow[],
): EvalReport {
  const precision: Record<string, number> = {};
  const recall: Record<string, number> = {};
  for (const cls of classes) {
    const predicted = rows.filter((r) => r.got === cls);
    const hits = predicted.filter((r) => r.expected === cls).length;
    precision[cls] = ratio(hits, predicted.length);
    recall[cls] = ratio(hits, rows.filter((r) => r.expected === cls).length);
  }
  const misses: EvalMiss[] = rows
    .filter((r) => r.got !== r.expected)
    .map((r) => ({ text: r.text, expected: r.expectedNote ?? r.expected, got: r.got, cue: r.cue }));
  return {
    judge,
    lang,
    n: rows.length,
    accuracy: ratio(rows.length - misses.length, rows.length),
    precision,
    recall,
    misses,
  };
}

/** One report per language, in order of first appearance, with the one for all rows first or last. */
export function reportsByLang(
  judge: string,
  classes: readonly string[],
  rows: readonly JudgedRow[],
  all: 'first' | 'last',
): EvalReport[] {
  const langs = [...new Set(rows.map((r) => r.lang))];
  const perLang = langs.map((l) =>
    classReport(
      judge,
      l,
      classes,
      rows.filter((r) => r.lang === l),
    ),
  );
  const overall = classReport(judge, 'all', classes, rows);
  return all === 'first' ? [overall, ...perLang] : [...perLang, overall];
}
