import type { Item } from '../drills/schema.js';
import type { ItemResult } from '../session/item-result.js';
import { feedbackLines, indentedFeedback, markOf, verdictLine } from './feedback-lines.js';
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
    lines.push(...indentedFeedback(feedbackLines(item, result, msg), msg, style));
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
