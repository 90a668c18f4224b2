import { percent, type SessionRecord } from '../session/record.js';
import { plannedItems } from '../stats/comparable.js';
import type { Messages } from './messages.js';
import { sanitize } from './sanitize.js';
import type { Style } from './style.js';
import { truncate, wrap } from './width.js';

export interface SummaryContext {
  /** Items in the whole set: a run over fewer says so, and is compared only with the same items. */
  setSize?: number;
  /** The prompts of the items not answered in full, to name them. */
  missed?: string[];
  setId?: string;
  width?: number;
}

/** The end-of-session screen: score, pass/fail, per-skill breakdown, time, progress since last time. */
export function renderSummary(
  record: SessionRecord,
  previous: SessionRecord | undefined,
  msg: Messages,
  style: Style,
  more: SummaryContext = {},
): string {
  const pct = percent(record.score, record.max);
  const width = more.width ?? 80;
  const asked = new Set(plannedItems(record)).size;
  const part = more.setSize !== undefined && asked < more.setSize;
  const lines = [
    '',
    style.bold(`── ${msg.summaryTitle}${msg.colon}${sanitize(record.setTitle)} ──`),
  ];
  if (part) lines.push(msg.partRun(asked, more.setSize ?? asked));
  if (record.max > 0) {
    const verdict = record.passed
      ? style.green(msg.passed(record.passMark))
      : style.yellow(msg.notPassed(record.passMark));
    lines.push(
      `${msg.score}${msg.colon}${style.bold(`${pct}%`)} (${record.score}/${record.max}) — ${verdict}`,
    );
    const skills = Object.entries(record.skills).filter(([, s]) => s.max > 0);
    if (skills.length > 1) {
      lines.push(`${msg.bySkill}${msg.colon.trim()}`);
      const width = Math.max(...skills.map(([k]) => k.length));
      for (const [skill, s] of skills)
        lines.push(`  ${skill.padEnd(width)}  ${bar(s.score / s.max)} ${percent(s.score, s.max)}%`);
    }
  }
  const seconds = (Date.parse(record.endedAt) - Date.parse(record.startedAt)) / 1000;
  lines.push(msg.timeTaken(Math.max(0, seconds)));
  if (record.max > 0) {
    if (previous && previous.max > 0) {
      const last = percent(previous.score, previous.max);
      const delta = Math.round((pct - last) * 10) / 10;
      lines.push(part ? msg.comparedWithSame(delta, last) : msg.comparedWithLast(delta, last));
    } else lines.push(part ? msg.noSameRun : msg.firstAttempt);
  }
  const missed = more.missed ?? [];
  if (missed.length > 0) {
    lines.push(msg.missedItems(missed.length));
    for (const prompt of missed)
      lines.push(`  • ${truncate(sanitize(prompt).replace(/\s+/g, ' '), width - 4)}`);
    if (more.setId) lines.push(msg.practiseMissed(more.setId));
  }
  return `${wrap(lines.join('\n'), width)}\n`;
}

function bar(ratio: number, width = 20): string {
  const full = Math.round(Math.max(0, Math.min(1, ratio)) * width);
  return `${'█'.repeat(full)}${'░'.repeat(width - full)}`;
}
