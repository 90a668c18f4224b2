import type { Item } from '../drills/schema.js';
import { CliError, EXIT } from '../errors.js';
import { openBundledJudge } from '../judge/bundled.js';
import { contentLang } from '../lang-choice.js';
import { renderFeedback } from '../render/feedback.js';
import { messagesFor } from '../render/messages.js';
import { sanitize } from '../render/sanitize.js';
import { createStyle } from '../render/style.js';
import { checkAnswerShape } from '../session/answer.js';
import { scoreItem } from '../session/score-item.js';
import type { CommandContext } from './context.js';
import { openSet } from './open-catalogue.js';

export interface TryOptions {
  lang?: string;
  json?: boolean;
  drills?: string;
}

/** `cs-drill try <set> <item> <answer>`: judge one answer through the real scoring, for authors tuning a rubric. */
export async function tryAnswer(
  ctx: CommandContext,
  name: string,
  itemId: string,
  answerText: string,
  opts: TryOptions,
): Promise<number> {
  const { loaded } = await openSet(ctx, name, contentLang(opts.lang, ctx.lang), opts.drills);
  const { set } = loaded;
  const item = set.items.find((i) => i.id === itemId);
  if (!item) {
    throw new CliError({
      code: 'unknown-item',
      message: `set "${set.id}" has no item "${itemId}"`,
      hint: `its items are: ${set.items.map((i) => i.id).join(', ')}`,
    });
  }
  const shape = checkAnswerShape(item, parseAnswer(item, answerText));
  if (!shape.ok)
    throw new CliError({
      code: 'invalid-answer',
      message: `answer for ${item.kind} item "${item.id}": ${shape.message}`,
      hint: answerHint(item),
    });
  const judge = openBundledJudge(ctx.packageRoot);
  const result = {
    ...scoreItem(item, shape.answer, { judge, lang: set.lang, defaultSkill: set.skills[0]! }),
    durationMs: 0,
  };
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return EXIT.ok;
  }
  const msg = messagesFor(set.lang);
  const style = await createStyle(ctx.color);
  ctx.stdout.write(
    `${style.dim(`${set.id} · ${item.id} · ${item.kind}`)}\n${sanitize(item.prompt)}\n`,
  );
  ctx.stdout.write(
    renderFeedback(item, result, msg, style, Math.max(40, (ctx.stdout.columns ?? 100) - 1)),
  );
  for (const c of result.criteria.filter((c) => c.detail && item.kind !== 'choice')) {
    ctx.stdout.write(style.dim(`  · ${c.id}: ${c.detail}\n`));
  }
  return EXIT.ok;
}

/** Structured kinds take comma-separated keys or ratings on the command line. */
function parseAnswer(item: Item, text: string): unknown {
  switch (item.kind) {
    case 'multi':
    case 'order':
    case 'classify':
      return text.split(/[,\s]+/).filter(Boolean);
    case 'scale':
      return text
        .split(/[,\s]+/)
        .filter(Boolean)
        .map(Number);
    default:
      return text;
  }
}

function answerHint(item: Item): string {
  switch (item.kind) {
    case 'choice':
      return `give one option key: ${item.options.map((o) => o.key).join(', ')}`;
    case 'multi':
      return `give option keys separated by commas: ${item.options.map((o) => o.key).join(',')}`;
    case 'order':
      return `give every step key in your order, separated by commas: ${item.steps.map((s) => s.key).join(',')}`;
    case 'classify':
      return `give one category per statement, separated by commas (${item.categories.map((c) => c.key).join(', ')})`;
    case 'scale':
      return `give ${item.statements.length} ratings from ${item.scale.min} to ${item.scale.max}, separated by commas`;
    default:
      return 'give the answer text in quotes';
  }
}
