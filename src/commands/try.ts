import type { Item } from '../drills/schema.js';
import { CliError, EXIT } from '../errors.js';
import { renderFeedback } from '../render/feedback.js';
import { type AuthoringText, authoringTextFor } from '../render/messages/authoring.js';
import { messagesFor } from '../render/messages.js';
import { jsonText, sanitize } from '../render/sanitize.js';
import { createStyle } from '../render/style.js';
import { checkAnswerShape } from '../session/answer.js';
import { scoreItem } from '../session/score-item.js';
import { openBundledJudge } from '../shell/bundled-judge.js';
import type { CommandContext } from '../shell/context.js';
import { contentLang } from '../shell/lang-choice.js';
import { openSet } from './shared.js';

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
  const say = authoringTextFor(ctx.lang);
  const item = set.items.find((i) => i.id === itemId);
  if (!item) {
    throw new CliError({
      code: 'unknown-item',
      message: say.unknownItem(set.id, itemId),
      hint: say.itsItems(set.items.map((i) => i.id).join(', ')),
    });
  }
  const shape = checkAnswerShape(item, parseAnswer(item, answerText));
  if (!shape.ok)
    throw new CliError({
      code: 'invalid-answer',
      message: say.invalidAnswer(item.kind, item.id, shape.message),
      hint: answerHint(item, say),
    });
  const judge = openBundledJudge(ctx.packageRoot);
  const result = {
    ...scoreItem(item, shape.answer, { judge, lang: set.lang, defaultSkill: set.skills[0]! }),
    durationMs: 0,
  };
  if (opts.json) {
    ctx.stdout.write(`${jsonText(result, 2)}\n`);
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
    case 'roleplay':
      return text.split('|').map((r) => r.trim());
    case 'scale':
      return text
        .split(/[,\s]+/)
        .filter(Boolean)
        .map(Number);
    default:
      return text;
  }
}

function answerHint(item: Item, say: AuthoringText): string {
  const keys = (list: { key: string }[], sep = ', ') => list.map((o) => o.key).join(sep);
  switch (item.kind) {
    case 'choice':
      return say.answerHint.choice(keys(item.options));
    case 'multi':
      return say.answerHint.multi(keys(item.options, ','));
    case 'order':
      return say.answerHint.order(keys(item.steps, ','));
    case 'classify':
      return say.answerHint.classify(keys(item.categories));
    case 'scale':
      return say.answerHint.scale(item.statements.length, item.scale.min, item.scale.max);
    default:
      return say.answerHint.text;
  }
}
