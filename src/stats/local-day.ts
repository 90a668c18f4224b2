/**
 * Calendar days for streaks, "since" dates and due dates. A day is a local day in the
 * trainee's time zone (an IANA name such as "Asia/Shanghai"; the shell passes ctx.env.TZ
 * or the system zone), so a session at 00:30 counts for the day it happened there.
 * Keys are "YYYY-MM-DD": they sort as strings and convert to day numbers for arithmetic.
 */
export type DayKey = string;

const QUARTER_HOUR = 15 * 60 * 1000;

/** A memoised function from a UTC instant (ms) to its local day. Every real UTC offset is a multiple of 15 minutes. */
export function dayKeyer(timeZone: string | undefined): (ms: number) => DayKey {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const memo = new Map<number, DayKey>();
  return (ms) => {
    const bucket = Math.floor(ms / QUARTER_HOUR);
    let key = memo.get(bucket);
    if (key === undefined) {
      const parts = format.formatToParts(ms);
      const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
      key = `${get('year')}-${get('month')}-${get('day')}`;
      memo.set(bucket, key);
    }
    return key;
  };
}

/** The zone name if Intl knows it, else undefined (the system zone). */
export function knownTimeZone(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const zone = name.startsWith(':') ? name.slice(1) : name;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

export function dayNumber(key: DayKey): number {
  const [y, m, d] = key.split('-').map(Number);
  return Math.round(Date.UTC(y!, m! - 1, d!) / 86_400_000);
}

/**
 * The UTC instant at which a local day starts (for `--since 2026-11-01`). Found by
 * correcting a first guess with the zone's offset on that day; exact except on the rare
 * day that starts inside a DST gap, where it is the first existing minute.
 */
export function startOfDay(key: DayKey, dayOf: (ms: number) => DayKey): number {
  const utcMidnight = dayNumber(key) * 86_400_000;
  // Search the 28 hours around UTC midnight in quarter hours for the first instant in `key`.
  for (
    let ms = utcMidnight - 14 * 3_600_000;
    ms <= utcMidnight + 14 * 3_600_000;
    ms += QUARTER_HOUR
  ) {
    if (dayOf(ms) === key) return ms;
  }
  return utcMidnight;
}
