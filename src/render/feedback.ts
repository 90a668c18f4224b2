import type { Item } from '../drills/schema.js';
import type { CriterionResult, PhraseHit } from '../judge/types.js';
import type { ItemResult } from '../session/item-result.js';
import { unquoted } from './item-text.js';
import type { Messages } from './messages.js';
import { renderDebrief } from './roleplay-debrief.js';
import { sanitize } from './sanitize.js';
import type { Style } from './style.js';
import { wrap } from './width.js';

/** What the trainee sees right after answering: verdict, points, what was right/missing/forbidden, why. */
export function renderFeedback(
  item: Item,
  result: ItemResult,
  msg: Messages,
  style: Style,
  width = 80,
): string {
  const lines: string[] = [];
  if (item.kind === 'roleplay') return renderDebrief(item, result, msg, style, width);
  if (item.kind === 'scale') {
    lines.push(style.cyan(`● ${msg.recorded}`));
    if (result.scale)
      lines.push(
        msg.scaleTotal(result.scale.total, sanitize(result.scale.band)),
        sanitize(result.scale.message),
      );
  } else {
    lines.push(verdictLine(result, msg, style));
    lines.push(...details(item, result, msg, style));
  }
  if (result.needsReview) lines.push(style.yellow(msg.needsReview));
  lines.push(`${style.bold(msg.explanation)}${msg.colon}${sanitize(item.explanation)}`);
  if (
    (item.kind === 'ask' || item.kind === 'paraphrase' || item.kind === 'rewrite') &&
    markOf(result.score, result.max) !== 'full'
  ) {
    lines.push(`${style.bold(msg.modelAnswer)}${msg.colon}${sanitize(item.model_answer)}`);
  }
  return `${wrap(lines.join('\n'), width)}\n`;
}

function details(item: Item, result: ItemResult, msg: Messages, style: Style): string[] {
  const no = (s: string) => `  ${style.red('✗')} ${s}`;
  switch (item.kind) {
    case 'choice': {
      if (markOf(result.score, result.max) === 'full') return [];
      const right = item.options.find((o) => o.key === item.answer);
      return [no(`${msg.rightAnswer}${msg.colon}${sanitize(right?.text ?? item.answer)}`)];
    }
    case 'multi':
      return result.criteria.flatMap((c) => {
        const text = sanitize(item.options.find((o) => o.key === c.id)?.text ?? c.id);
        if (c.detail === 'missed') return [no(msg.optionMissed(text))];
        if (c.detail === 'wrong-pick') return [no(msg.optionWrong(text))];
        return [];
      });
    case 'order':
      return result.criteria
        .filter((c) => !c.met)
        .map((c) => {
          const [, at, , belongs] = (c.detail ?? '').split(':');
          const text = sanitize(item.steps.find((s) => s.key === c.id)?.text ?? c.id);
          return no(msg.outOfPlace(text, Number(at), Number(belongs)));
        });
    case 'classify':
      return result.criteria
        .filter((c) => !c.met)
        .map((c) => {
          const i = Number(c.id.slice(1)) - 1;
          const [got, want] = (c.detail ?? '').split(':');
          const label = (k: string | undefined) =>
            sanitize(item.categories.find((x) => x.key === k)?.text ?? String(k));
          return no(
            msg.classified(
              sanitize(unquoted(item.statements[i]?.text ?? '')),
              label(got),
              label(want),
            ),
          );
        });
    case 'ask':
    case 'paraphrase':
    case 'rewrite': {
      const answer = typeof result.answer === 'string' ? result.answer : '';
      return judgedLines(result.criteria, result.forbidden ?? [], answer, msg, style);
    }
    case 'scale':
    case 'roleplay':
      return [];
  }
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

/** A judged text: each criterion met or missed, then each forbidden phrase with its rewrite. */
export function judgedLines(
  criteria: readonly CriterionResult[],
  forbidden: readonly PhraseHit[],
  answer: string,
  msg: Messages,
  style: Style,
): string[] {
  const lines = criteria.map(
    (c) => `  ${c.met ? style.green('✓') : style.red('✗')} ${criterionText(c, msg, answer, style)}`,
  );
  for (const hit of forbidden) {
    const said = sanitize(answer.slice(hit.span.start, hit.span.end));
    lines.push(
      `  ${style.red('⚠')} ${msg.forbiddenFound}${msg.colon}${style.red.underline(said)} (${hit.category}) → ${msg.instead}${msg.colon}${sanitize(hit.suggestion)}`,
    );
  }
  return lines;
}

function criterionText(c: CriterionResult, msg: Messages, answer: string, style: Style): string {
  const label = c.builtin ? msg.builtin[c.builtin] : sanitize(c.label ?? c.id);
  if (c.status === 'contradicted' && c.said !== undefined)
    return `${label} — ${style.red(msg.contradicted(sanitize(c.said), sanitize(c.expected ?? '')))}`;
  const where =
    c.met && c.span ? style.dim(` — “${sanitize(answer.slice(c.span.start, c.span.end))}”`) : '';
  return `${label}${where}`;
}
