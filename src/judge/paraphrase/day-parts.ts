import type { ValueMention } from '../text/value-mentions.js';

/** Hours of the day (0–24) each part of the day holds; they overlap (下午六点 is 傍晚六点). */
const HOURS: Readonly<Record<string, readonly [number, number]>> = {
  'small-hours': [0, 6],
  morning: [5, 12],
  noon: [11, 14],
  afternoon: [12, 20],
  evening: [17, 24],
};

/** Characters between a part of the day and its clock (下午 六点, "evening, 6"). */
const CLOSE = 2;

/** The hour (0–11) of the clock said right after a part of the day, if any. */
function clockAfter(part: ValueMention, values: readonly ValueMention[]): number | null {
  const clock = values.find(
    (v) =>
      v.type === 'time' && v.unit === 'clock' && v.start >= part.end && v.start - part.end <= CLOSE,
  );
  return clock ? Number.parseInt(clock.value, 10) : null;
}

const holds = (part: string, hour: number) => {
  const range = HOURS[part];
  return range !== undefined && hour >= range[0] && hour < range[1];
};

/**
 * Whether a part of the day the answer says with a clock (傍晚六点) names the same time as a
 * part the customer said with that clock (下午六点): some hour of the clock lies in both parts.
 * Without a clock on either side, parts are compared as they are.
 */
export function samePartOfDay(
  mention: ValueMention,
  said: readonly ValueMention[],
  heard: readonly ValueMention[],
  told: readonly ValueMention[],
): boolean {
  if (mention.type !== 'time' || mention.unit !== 'part') return false;
  const own = clockAfter(mention, said);
  return heard.some((t) => {
    const theirs = clockAfter(t, told);
    const hour = theirs ?? own;
    if (hour === null || (own !== null && theirs !== null && own !== theirs)) return false;
    return [hour, hour + 12].some((h) => holds(mention.value, h) && holds(t.value, h));
  });
}
