import type { Item, Lang } from '../../drills/schema.js';
import type { Problem } from '../../errors.js';
import type { CriterionResult, CriterionStatus, Verdict } from '../../judge/types.js';
import { feedbackLines, feedbackText } from '../../render/feedback-lines.js';
import { formatProblemSafe } from '../../render/messages/problems.js';
import type { Messages } from '../../render/messages.js';
import { debriefLines } from '../../render/roleplay-debrief.js';
import { sanitize } from '../../render/sanitize.js';
import type { Style } from '../../render/style.js';
import type { Answer } from '../../session/answer.js';
import type { ItemResult } from '../../session/item-result.js';
import { percent } from '../../session/record.js';
import type { SheetOutcome } from './score-sheet.js';
import { formatProblemPlain } from './text.js';

/** One item of one trainee, as every assess output shows it. Keys are part of the JSON output. */
export interface ItemView {
  id: string;
  kind: Item['kind'];
  skill: string;
  score: number;
  max: number;
  verdict: Verdict;
  missing: boolean;
  /** The answer on the sheet could not be read (scored zero); `problem` says why and how to write it. */
  invalid: boolean;
  problem?: string;
  needs_review: boolean;
  answer: Answer | null;
  criteria: {
    id: string;
    met: boolean;
    /** met / missed / contradicted (older records: from `met`). */
    status: CriterionStatus;
    label: string;
    /** A contradicted fact: what the trainee said and what the customer said. */
    said?: string;
    expected?: string;
  }[];
  /**
   * Each forbidden phrase found: the list entry (`phrase`, for some entries a title of several wordings),
   * the trainee's own words (`said`), the act when found by structure, and the approved rewrite.
   */
  forbidden: { phrase: string; said: string; act?: string; category: string; suggestion: string }[];
  /** The breakdown the interactive quiz prints after the answer, as plain lines (whole, never wrapped). */
  feedback: string[];
}

export interface TraineeView {
  file: string;
  name: string;
  session_id: string;
  set: string;
  lang: string;
  set_hash: string;
  score: number;
  max: number;
  percent: number;
  pass_mark: number;
  passed: boolean;
  missing: string[];
  invalid: string[];
  needs_review: string[];
  warnings: string[];
  items: ItemView[];
}

export type ScoredOutcome = Extract<SheetOutcome, { kind: 'scored' }>;

/** Pure: a scored sheet as data for the table, JSON, CSV and JUnit writers. */
export function traineeView(
  outcome: ScoredOutcome,
  msg: Messages,
  plain: Style,
  lang: Lang = 'en',
): TraineeView {
  const problemText = (p: Problem) =>
    lang === 'en' ? formatProblemPlain(p) : formatProblemSafe(p, lang);
  const { record, loaded } = outcome;
  const byId = new Map(loaded.set.items.map((i) => [i.id, i]));
  const missing = new Set(outcome.missing);
  const invalid = new Map(
    outcome.invalid.map((p) => [String(p.params?.item ?? ''), problemText(p)]),
  );
  const items = record.items.map((r) => {
    const view = itemView(byId.get(r.id)!, r, missing.has(r.id), invalid.has(r.id), msg, plain);
    // Set after the others, so the JSON keeps `problem` last; a spread would copy each item again.
    if (invalid.has(r.id)) view.problem = invalid.get(r.id)!;
    return view;
  });
  return {
    file: outcome.file,
    name: record.user,
    session_id: record.id,
    set: record.setId,
    lang: record.lang,
    set_hash: record.setHash,
    score: record.score,
    max: record.max,
    percent: percent(record.score, record.max),
    pass_mark: record.passMark,
    passed: record.passed,
    missing: outcome.missing,
    invalid: [...invalid.keys()],
    needs_review: items.filter((i) => i.needs_review).map((i) => i.id),
    warnings: outcome.warnings.map(problemText),
    items,
  };
}

function itemView(
  item: Item,
  r: ItemResult,
  missing: boolean,
  invalid: boolean,
  msg: Messages,
  plain: Style,
): ItemView {
  const feedback =
    item.kind === 'roleplay'
      ? debriefLines(item, r, msg)
      : feedbackLines(item, r, msg).map((l) => feedbackText(l, msg, plain));
  if (r.scale) feedback.unshift(sanitize(msg.scaleTotal(r.scale.total, r.scale.band)));
  return {
    id: r.id,
    kind: r.kind,
    skill: r.skill,
    score: r.score,
    max: r.max,
    verdict: r.verdict,
    missing,
    needs_review: r.needsReview === true,
    answer: r.answer,
    criteria: r.criteria.map((c) => {
      const shown: ItemView['criteria'][number] = {
        id: c.id,
        met: c.met,
        status: c.status ?? (c.met ? 'met' : 'missed'),
        label: criterionLabel(item, c, msg),
      };
      if (c.said !== undefined) {
        shown.said = c.said;
        shown.expected = c.expected ?? '';
      }
      return shown;
    }),
    forbidden: (r.forbidden ?? []).map((h) => ({
      phrase: h.phrase,
      said: sanitize(typeof r.answer === 'string' ? r.answer.slice(h.span.start, h.span.end) : ''),
      ...(h.act ? { act: h.act } : {}),
      category: h.category,
      suggestion: h.suggestion,
    })),
    feedback,
    invalid,
  };
}

function criterionLabel(item: Item, c: CriterionResult, msg: Messages): string {
  if (c.builtin) return msg.builtin[c.builtin];
  if (c.label) return sanitize(c.label);
  switch (item.kind) {
    case 'multi':
      return sanitize(item.options.find((o) => o.key === c.id)?.text ?? c.id);
    case 'order':
      return sanitize(item.steps.find((s) => s.key === c.id)?.text ?? c.id);
    case 'classify':
      return sanitize(item.statements[Number(c.id.slice(1)) - 1]?.text ?? c.id);
    case 'choice':
      return sanitize(
        item.options.find((o) => o.key === c.chosen)?.text ?? String(c.chosen ?? c.id),
      );
    default:
      return c.id;
  }
}
