import { percent, type SessionRecord } from '../session/record.js';
import type { Messages } from './messages.js';
import { sanitize } from './sanitize.js';
import type { Style } from './style.js';

/** The end-of-session screen: score, pass/fail, per-skill breakdown, time, progress since last time. */
export function renderSummary(
  record: SessionRecord,
  previous: SessionRecord | undefined,
  msg: Messages,
  style: Style,
): string {
  const pct = percent(record.score, record.max);
  const lines = [
    '',
    style.bold(`── ${msg.summaryTitle}${msg.colon}${sanitize(record.setTitle)} ──`),
  ];
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
      lines.push(msg.comparedWithLast(Math.round((pct - last) * 10) / 10, last));
    } else lines.push(msg.firstAttempt);
  }
  return `${lines.join('\n')}\n`;
}

function bar(ratio: number, width = 20): string {
  const full = Math.round(Math.max(0, Math.min(1, ratio)) * width);
  return `${'█'.repeat(full)}${'░'.repeat(width - full)}`;
}
