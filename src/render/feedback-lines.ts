import type { Item } from '../drills/schema.js';
import type { CriterionResult, CriterionStatus, PhraseHit } from '../judge/types.js';
import type { ItemResult } from '../session/item-result.js';
import { fullWidthPunctuation } from './cjk-punctuation.js';
import { unquoted } from './item-text.js';
import type { Messages } from './messages.js';
import { sanitize } from './sanitize.js';
import type { Style } from './style.js';

/**
 * One line of feedback under the verdict, as data: whole, unwrapped, unstyled, sanitised.
 * The terminal styles and wraps it; the assess writers serialise it (never the wrapped text).
 */
export interface FeedbackLine {
  /** The criterion's id (a rubric id, a builtin check, an option or step key), or the phrase found. */
  criterion: string;
  status: CriterionStatus | 'forbidden';
  /** The criterion's label, or the whole sentence for a wrong pick, place or category. */
  text: string;
  /** Met: the words of the answer that met it. Contradicted or forbidden: what the answer said. */
  evidence?: string;
  /** Contradicted: what the customer said. */
  expected?: string;
  /** Forbidden: the phrase list's category (and the act found) and what to say instead. */
  category?: string;
  act?: string;
  suggestion?: string;
}

/** What was right, missing, contradicted or forbidden in an answer (not for scales or role-plays). */
export function feedbackLines(item: Item, result: ItemResult, msg: Messages): FeedbackLine[] {
  const missed = (criterion: string, text: string): FeedbackLine => ({
    criterion,
    status: 'missed',
    text,
  });
  switch (item.kind) {
    case 'choice': {
      if (markOf(result.score, result.max) === 'full') return [];
      const right = item.options.find((o) => o.key === item.answer);
      return [
        missed(
          item.answer,
          `${msg.rightAnswer}${msg.colon}${sanitize(right?.text ?? item.answer)}`,
        ),
      ];
    }
    case 'multi':
      return result.criteria.flatMap((c) => {
        const text = sanitize(item.options.find((o) => o.key === c.id)?.text ?? c.id);
        if (c.pick === 'missed') return [missed(c.id, msg.optionMissed(text))];
        if (c.pick === 'wrong-pick') return [missed(c.id, msg.optionWrong(text))];
        return [];
      });
    case 'order':
      return result.criteria
        .filter((c) => !c.met)
        .map((c) => {
          const text = sanitize(item.steps.find((s) => s.key === c.id)?.text ?? c.id);
          return missed(c.id, msg.outOfPlace(text, c.place?.at ?? 0, c.place?.belongs ?? 0));
        });
    case 'classify':
      return result.criteria
        .filter((c) => !c.met)
        .map((c) => {
          const i = Number(c.id.slice(1)) - 1;
          const label = (k: string | undefined) =>
            sanitize(item.categories.find((x) => x.key === k)?.text ?? String(k));
          return missed(
            c.id,
            msg.classified(
              sanitize(unquoted(item.statements[i]?.text ?? '')),
              label(c.chosen),
              label(c.right),
            ),
          );
        });
    case 'ask':
    case 'paraphrase':
    case 'rewrite': {
      const answer = typeof result.answer === 'string' ? result.answer : '';
      return judgedLines(result.criteria, result.forbidden ?? [], answer, msg);
    }
    case 'scale':
    case 'roleplay':
      return [];
  }
}

/** A judged text: each criterion met, missed or contradicted, then each forbidden phrase with its rewrite. */
export function judgedLines(
  criteria: readonly CriterionResult[],
  forbidden: readonly PhraseHit[],
  answer: string,
  msg: Messages,
): FeedbackLine[] {
  const lines = criteria.map((c): FeedbackLine => {
    const text = c.builtin ? msg.builtin[c.builtin] : sanitize(c.label ?? c.id);
    if (c.met)
      return {
        criterion: c.id,
        status: 'met',
        text,
        ...(c.span ? { evidence: sanitize(answer.slice(c.span.start, c.span.end)) } : {}),
      };
    if (c.status === 'contradicted' && c.said !== undefined)
      return {
        criterion: c.id,
        status: 'contradicted',
        text,
        evidence: sanitize(c.said),
        expected: sanitize(c.expected ?? ''),
      };
    return { criterion: c.id, status: 'missed', text };
  });
  for (const hit of forbidden)
    lines.push({
      criterion: hit.phrase,
      status: 'forbidden',
      text: msg.forbiddenFound,
      evidence: sanitize(answer.slice(hit.span.start, hit.span.end)),
      category: hit.category,
      ...(hit.act ? { act: hit.act } : {}),
      suggestion: sanitize(hit.suggestion),
    });
  return lines;
}

/** A feedback line as text on one line: styled for the terminal, or plain (style without colour). */
export function feedbackText(line: FeedbackLine, msg: Messages, style: Style): string {
  switch (line.status) {
    case 'met':
      return `${style.green('✓')} ${line.text}${line.evidence !== undefined ? style.dim(` — “${line.evidence}”`) : ''}`;
    case 'missed':
      return `${style.red('✗')} ${line.text}`;
    case 'contradicted':
      return `${style.red('✗')} ${line.text} — ${style.red(msg.contradicted(line.evidence ?? '', line.expected ?? ''))}`;
    case 'forbidden':
      return `${style.red('⚠')} ${line.text}${msg.colon}${style.red.underline(line.evidence ?? '')} ${msg.aside(actLabel(line, msg))} → ${msg.instead}${msg.colon}${fullWidthPunctuation(line.suggestion ?? '')}`;
  }
}

/** A forbidden phrase's act as a trainer names it; a category without a name stays as written. */
function actLabel(line: FeedbackLine, msg: Messages): string {
  return msg.phraseAct[line.act ?? ''] ?? msg.phraseAct[line.category ?? ''] ?? line.category ?? '';
}

/** Feedback lines as the terminal indents them under the verdict (before wrapping). */
export function indentedFeedback(
  lines: readonly FeedbackLine[],
  msg: Messages,
  style: Style,
): string[] {
  return lines.map((l) => `  ${feedbackText(l, msg, style)}`);
}

/** Full marks, some of them, or none: what the mark above an answer says (never the pass ratio). */
export function markOf(score: number, max: number): 'full' | 'part' | 'none' {
  if (score >= max - 1e-9) return 'full';
  return score > 1e-9 ? 'part' : 'none';
}

/** ✔ Correct only at full marks / ◐ Partly right / ✘ Not quite at zero, with the points. */
export function verdictLine(
  result: Pick<ItemResult, 'score' | 'max'>,
  msg: Messages,
  style: Style,
): string {
  const v = markOf(result.score, result.max);
  const mark =
    v === 'full'
      ? style.green(`✔ ${msg.correct}`)
      : v === 'part'
        ? style.yellow(`◐ ${msg.partly}`)
        : style.red(`✘ ${msg.incorrect}`);
  return `${mark}  ${style.dim(msg.points(result.score, result.max))}`;
}
