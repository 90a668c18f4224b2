import type { RoleplayItem } from '../drills/schema.js';
import type { TurnResult } from '../roleplay/conversation.js';
import { SCORECARD_SKILLS } from '../roleplay/scorecard.js';
import type { ItemResult } from '../session/item-result.js';
import { percent } from '../session/record.js';
import { indentedFeedback, judgedLines, verdictLine } from './feedback-lines.js';
import type { Messages } from './messages.js';
import { sanitize } from './sanitize.js';
import type { Style } from './style.js';
import { padEnd, wrap } from './width.js';

/**
 * After the conversation: the path it took and why, every turn with its verdict, criteria
 * and forbidden phrases, then the scorecard per skill.
 */
export function renderDebrief(
  item: RoleplayItem,
  result: ItemResult,
  msg: Messages,
  style: Style,
  width = 80,
): string {
  const R = msg.roleplay;
  const outcome = result.roleplay;
  const lines = ['', style.bold(`── ${R.debrief} ──`), verdictLine(result, msg, style)];
  if (!outcome) return `${wrap(lines.join('\n'), width)}\n`;
  const turns = new Map(item.turns.map((t) => [t.id, t]));
  const endings = new Map(item.endings.map((e) => [e.id, e]));

  lines.push('', style.bold(R.path));
  const steps = outcome.turns.map((t, i) => `${i + 1} ${verdictWord(t, R, style)}`);
  const end = outcome.ending ? endings.get(outcome.ending.id) : undefined;
  if (end)
    steps.push(
      end.kind === 'close' ? style.green(R.endWord.close) : style.red(R.endWord['walk-out']),
    );
  else if (outcome.pending) steps.push(`${outcome.turns.length + 1} ${R.verdict.fail}`);
  lines.push(steps.join(' → '));
  outcome.turns.forEach((t, i) => {
    if (t.verdict === 'pass') return;
    const to = turns.get(t.next)?.customer ?? endings.get(t.next)?.customer ?? t.next;
    lines.push(`• ${R.wentTo(i + 1, verdictWord(t, R, style), sanitize(oneLine(to)))}`);
    lines.push(`  ${why(t, item, msg)}`);
  });
  const ending = outcome.ending ? endings.get(outcome.ending.id) : undefined;
  if (outcome.cutShort) lines.push(`• ${R.cutShort}`);
  if (ending)
    lines.push(
      `• ${ending.kind === 'close' ? style.green(R.ending.close) : style.red(R.ending['walk-out'])}`,
    );
  if (outcome.pending) lines.push(`• ${R.stoppedAt(outcome.turns.length + 1)}`);

  outcome.turns.forEach((t, i) => {
    const turn = turns.get(t.turn);
    lines.push(
      '',
      `${style.bold(R.turn(i + 1))} · ${verdictWord(t, R, style)}  ${style.dim(msg.points(t.score, t.max))}`,
    );
    if (turn) lines.push(`${R.customer}${msg.colon}“${sanitize(oneLine(turn.customer))}”`);
    lines.push(`${R.you}${msg.colon}“${sanitize(t.reply)}”`);
    lines.push(...indentedFeedback(judgedLines(t.criteria, t.forbidden, t.reply, msg), msg, style));
    if (t.verdict !== 'pass' && turn)
      lines.push(`  ${style.bold(R.goodReply)}${msg.colon}${sanitize(oneLine(turn.model))}`);
  });

  lines.push('', style.bold(R.scorecard));
  const rows = [...SCORECARD_SKILLS, 'overall' as const];
  for (const skill of rows) {
    const s = outcome.scorecard[skill];
    const label = padEnd(R.skill[skill], 12);
    const value =
      !s || s.max === 0
        ? style.dim(R.notPlayed)
        : `${bar(s.score / s.max)} ${percent(s.score, s.max)}%  ${style.dim(`${s.score}/${s.max}`)}`;
    lines.push(`  ${skill === 'overall' ? style.bold(label) : label} ${value}`);
  }
  lines.push('', `${style.bold(msg.explanation)}${msg.colon}${sanitize(item.explanation)}`);
  return `${wrap(lines.join('\n'), width)}\n`;
}

function verdictWord(t: TurnResult, R: Messages['roleplay'], style: Style): string {
  const word = R.verdict[t.verdict];
  return t.verdict === 'pass'
    ? style.green(word)
    : t.verdict === 'partial'
      ? style.yellow(word)
      : style.red(word);
}

/** The author's reason for the customer's reaction, or else what the reply missed. */
function why(t: TurnResult, item: RoleplayItem, msg: Messages): string {
  const R = msg.roleplay;
  const turn = item.turns.find((x) => x.id === t.turn);
  const reason = t.verdict === 'partial' ? turn?.because?.partial : turn?.because?.poor;
  if (reason) return R.because(sanitize(oneLine(reason)));
  const missed = t.criteria
    .filter((c) => !c.met)
    .map((c) => (c.builtin ? msg.builtin[c.builtin] : sanitize(c.label ?? c.id)));
  const flagged = t.forbidden.map(
    (f) => `${msg.forbiddenFound} “${sanitize(t.reply.slice(f.span.start, f.span.end))}”`,
  );
  return R.missedWhy([...missed, ...flagged].join(', ') || '—');
}

function bar(ratio: number): string {
  const n = Math.round(Math.max(0, Math.min(1, ratio)) * 10);
  return `${'█'.repeat(n)}${'░'.repeat(10 - n)}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `--feedback turn`: right after a reply, its verdict, what it missed and any forbidden phrase. */
export function renderTurnFeedback(t: TurnResult, msg: Messages, style: Style, width = 80): string {
  const lines = [
    `  ${verdictWord(t, msg.roleplay, style)}  ${style.dim(msg.points(t.score, t.max))}`,
  ];
  lines.push(
    ...indentedFeedback(
      judgedLines(
        t.criteria.filter((c) => !c.met),
        t.forbidden,
        t.reply,
        msg,
      ),
      msg,
      style,
    ),
  );
  return `${wrap(lines.join('\n'), width)}\n`;
}

/** A customer's line in the chat. */
export function renderCustomerLine(line: string, msg: Messages, style: Style, width = 80): string {
  return `\n${wrap(`${style.cyan(`${msg.roleplay.customer} ▸`)} ${sanitize(oneLine(line))}`, width)}\n`;
}

/** A debrief in a few lines, for tables (assess): the path, each turn's misses, the scorecard. */
export function debriefLines(item: RoleplayItem, result: ItemResult, msg: Messages): string[] {
  const outcome = result.roleplay;
  if (!outcome) return [];
  const R = msg.roleplay;
  const steps = outcome.turns.map((t, i) => `${i + 1} ${R.verdict[t.verdict]}`);
  if (outcome.ending) steps.push(R.endWord[outcome.ending.kind]);
  else if (outcome.pending) steps.push(`${outcome.turns.length + 1} ${R.verdict.fail}`);
  const lines = [`${R.path}${msg.colon}${steps.join(' → ')}`];
  outcome.turns.forEach((t, i) => {
    if (t.verdict !== 'pass') lines.push(`${R.turn(i + 1)}${msg.colon}${why(t, item, msg)}`);
  });
  const card = SCORECARD_SKILLS.flatMap((skill) => {
    const s = outcome.scorecard[skill];
    return s && s.max > 0 ? [`${R.skill[skill]} ${percent(s.score, s.max)}%`] : [];
  });
  lines.push(`${R.scorecard}${msg.colon}${card.join(' · ')}`);
  return lines;
}
