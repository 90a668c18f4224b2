import type { Item } from '../drills/schema.js';
import type { Messages } from './messages.js';
import { sanitize } from './sanitize.js';
import type { Style } from './style.js';
import { wrap } from './width.js';

const QUOTED = /^[“"「『‘](.*)[”"」』’]$/su;

/** A text without the quotation marks around it: the screens add their own (never ““…””). */
export function unquoted(text: string): string {
  return QUOTED.exec(text.trim())?.[1] ?? text;
}

/** The header and body shown above an item's prompt: progress, kind, and the material to work on. */
export function renderItemIntro(
  item: Item,
  position: { index: number; total: number },
  msg: Messages,
  style: Style,
  width = 80,
): string {
  const head = style.dim(
    `${msg.progress(position.index, position.total)} · ${msg.kindHint[item.kind]}`,
  );
  const lines = [head];
  switch (item.kind) {
    case 'ask':
      lines.push(`${style.bold(msg.scenario)}${msg.colon}${sanitize(item.scenario)}`);
      break;
    case 'paraphrase':
      lines.push(
        `${style.bold(msg.customerSaid)}${msg.colon}“${sanitize(unquoted(item.customer))}”`,
      );
      break;
    case 'rewrite':
      lines.push(`${style.bold(msg.original)}${msg.colon}“${sanitize(unquoted(item.original))}”`);
      break;
    case 'roleplay': {
      const R = msg.roleplay;
      lines.push(
        style.bold(R.title(R.channel[item.scenario.channel])),
        `${style.bold(R.who)}${msg.colon}${sanitize(item.scenario.who)}`,
        `${style.bold(R.where)}${msg.colon}${sanitize(item.scenario.where)}`,
      );
      break;
    }
    default:
      break;
  }
  return `\n${wrap(lines.join('\n'), width)}\n`;
}
