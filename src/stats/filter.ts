import { sameUser } from '../session/name.js';
import type { SessionRecord } from '../session/record.js';
import { type DayKey, startOfDay } from './local-day.js';

/** Which sessions a history, stats, export or review command looks at. */
export interface HistoryFilter {
  /** Whose sessions (names compared as session/name.ts's userKey does); none: every user's. */
  user?: string;
  setId?: string;
  /** Sessions that started at or after this instant (ms). */
  since?: number;
}

export function matches(
  filter: HistoryFilter,
  r: Pick<SessionRecord, 'user' | 'setId' | 'startedAt'>,
): boolean {
  if (filter.user !== undefined && !sameUser(r.user, filter.user)) return false;
  if (filter.setId !== undefined && r.setId !== filter.setId) return false;
  if (filter.since !== undefined && !(Date.parse(r.startedAt) >= filter.since)) return false;
  return true;
}

export type SinceParse = { ok: true; ms: number } | { ok: false; message: string };

/**
 * `--since`: a local date (2026-11-01, the start of that day), a date and time in ISO 8601
 * (2026-11-01T09:00, local unless it carries Z or an offset), or a number of days back
 * (7d: from the start of the day a week ago, so "7d" covers today and the six days before).
 */
export function parseSince(value: string, now: number, dayOf: (ms: number) => DayKey): SinceParse {
  const v = value.trim();
  const days = /^(\d{1,5})d$/.exec(v);
  if (days) {
    const n = Number(days[1]);
    if (n < 1) return { ok: false, message: 'the number of days must be 1 or more' };
    const today = startOfDay(dayOf(now), dayOf);
    return {
      ok: true,
      ms: startOfDay(dayOf(today - (n - 1) * 86_400_000 + 12 * 3_600_000), dayOf),
    };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    if (!isCalendarDay(v)) return { ok: false, message: `"${v}" is not a calendar date` };
    return { ok: true, ms: startOfDay(v, dayOf) };
  }
  const dateTime =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(v);
  if (dateTime) {
    const [, day, hh, mm, ss, zone] = dateTime;
    if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59 || !isCalendarDay(day!))
      return { ok: false, message: `"${v}" is not a valid date and time` };
    if (zone) {
      const ms = Date.parse(v.replace(' ', 'T'));
      if (Number.isNaN(ms)) return { ok: false, message: `"${v}" is not a valid date and time` };
      return { ok: true, ms };
    }
    const midnight = startOfDay(day!, dayOf);
    return {
      ok: true,
      ms: midnight + (Number(hh) * 3600 + Number(mm) * 60 + Number(ss ?? 0)) * 1000,
    };
  }
  return { ok: false, message: `"${v}" is not a date` };
}

/** "2026-02-30" is not a day (Date.UTC would roll it over to March). */
function isCalendarDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toISOString().slice(0, 10) === day;
}
