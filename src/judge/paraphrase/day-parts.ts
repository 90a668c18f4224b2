import type { ValueMention } from '../text/value-mentions.js';

/**
 * Hours of the day (0–24) each part of the day holds; they overlap (下午六点 is 傍晚六点), and a
 * clock in the morning may be before dawn ("two in the morning" is 凌晨两点).
 */
const HOURS: Readonly<Record<string, readonly [number, number]>> = {
  'small-hours': [0, 6],
  morning: [0, 12],
  noon: [11, 14],
  afternoon: [12, 20],
  evening: [17, 24],
};

/** Characters between a part of the day and its clock (下午 六点, "evening, 6"). */
const CLOSE = 2;
/** What joins a clock to the part of the day after it: "two in the morning", "ten at night". */
const CLOCK_THEN_PART = /^\s*(?:in the|at)\s*$/i;

/**
 * The hour (0–11) of the clock said with a part of the day, if any: right after it (下午六点,
 * "evening, 6") or joined before it ("two in the morning").
 */
function clockOf(part: ValueMention, values: readonly ValueMention[], text: string): number | null {
  const clock = values.find(
    (v) =>
      v.type === 'time' &&
      v.unit === 'clock' &&
      ((v.start >= part.end && v.start - part.end <= CLOSE) ||
        (v.end <= part.start && CLOCK_THEN_PART.test(text.slice(v.end, part.start)))),
  );
  return clock ? Number.parseInt(clock.value, 10) : null;
}

/** Night runs on past midnight into the small hours: "in the night … at 2 a.m.", 半夜两点. */
const NIGHT = /night|夜/i;

const holds = (part: string, hour: number, word = '') => {
  const range = HOURS[part];
  if (range === undefined) return false;
  if (part === 'evening' && NIGHT.test(word) && holds('small-hours', hour)) return true;
  return hour >= range[0] && hour < range[1];
};

/**
 * Whether a part of the day the answer says with a clock (傍晚六点) names the same time as a
 * part the customer said with that clock (下午六点, "six in the evening"): some hour of the clock
 * lies in both parts, the night's small hours included ("in the night … at 2 a.m." for two in
 * the morning). Without a clock on either side, parts are compared as they are.
 */
export function samePartOfDay(
  mention: ValueMention,
  said: readonly ValueMention[],
  heard: readonly ValueMention[],
  told: readonly ValueMention[],
  answer: string,
  customer: string,
): boolean {
  if (mention.type !== 'time' || mention.unit !== 'part') return false;
  const own = clockOf(mention, said, answer);
  const word = answer.slice(mention.start, mention.end);
  return heard.some((t) => {
    const theirs = clockOf(t, told, customer);
    const hour = theirs ?? own;
    if (hour === null || (own !== null && theirs !== null && own !== theirs)) return false;
    return [hour, hour + 12].some(
      (h) => holds(mention.value, h, word) && holds(t.value, h, customer.slice(t.start, t.end)),
    );
  });
}
