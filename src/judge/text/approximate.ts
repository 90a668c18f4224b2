import type { ValueMention } from './value-mentions.js';

/**
 * Words that put a length just short of what it says: "nearly three weeks", "the best part of a
 * month", 快三个礼拜, 将近两个月, 差不多一年.
 */
export const NEARLY_EN =
  /\b(?:nearly|almost|close to|not quite|just under|(?:a bit|a little|a shade|slightly) under|just short of|the best part of|getting on for|coming up to)\s+$/i;
export const NEARLY_ZH =
  /(?:快|快要|将近|將近|接近|差不多|几乎|幾乎|近|差[一两兩几幾][天日](?:就)?(?:够|夠|到|满|滿)?)(?:有)?$/;
/**
 * Words that put a length under what it says, by up to a third of it: 不到一个月 for three weeks,
 * 唔夠半個鐘, 没到三天.
 */
export const UNDER_ZH = /(?:不到|没到|沒到|未到|唔到|不够|不夠|唔夠|未够|未夠)$/;
const UNDER_SHORT = 1 / 3;
/** 大半 before a length of half a unit: most of that unit (大半个钟 for forty minutes). */
const MOST_OF = /大$/;
/**
 * Words that put a length past what it says by less than one of its units: "over a week", "more
 * than a week", 一个多礼拜, 一個禮拜多, 两个多月 (多 after 个 or after the unit).
 */
export const OVER_EN = /\b(?:over|more than|just over|a little over)\s+$/i;
const OVER_ZH_IN = /[个個]多/;
const OVER_ZH_AFTER = /^多/;
/** Words that put a length either side of what it says: "about a month", 大概两周, 三个星期左右. */
export const ABOUT_EN = /\b(?:about|around|roughly|some|approximately)\s+$/i;
export const ABOUT_ZH_BEFORE = /(?:大概|大约|大約|约|約|差唔多)(?:有)?$/;
export const ABOUT_ZH_AFTER = /^(?:左右|上下|度)/;

/**
 * Words that put a length under what it says by up to three tenths of it: "the best part of a
 * month" and "less than a month" for three weeks, "under a week" for five days.
 */
const WELL_UNDER_EN =
  /\b(?:the (?:best|better) part of|less than|under|just under|(?:a bit|a little) under|not quite)\s+$/i;
const WELL_UNDER_SHORT = 0.3;
/** "a good hour" for 65 minutes: at least what it says, and by no more than a quarter over. */
const GOOD_EN = /\ba good\s+$/i;
const GOOD_OVER = 0.25;

const MINUTES_IN_HOUR = 60;
const DAYS_IN_YEAR = 365;
/** A share of an hour said in minutes ("half an hour" is read as 30 minutes): its unit is the hour. */
const OF_AN_HOUR = /\bhour\b/i;
/** How far short of what it says "nearly" may fall, as a share of it. */
const NEARLY_SHORT = 0.25;

/**
 * A length the answer says roughly (`said`) that covers the customer's exact length (`fact`):
 * "nearly N units" covers more than N−1 of them up to N and no more than a quarter short (快三个礼拜
 * for 二十天: 14 < 20 ≤ 21; "nearly two months" for seven weeks; not 将近一个月 for 二十天);
 * "about N units" covers half a unit either side (about a month for 33 days); "over N units" (一个多礼拜)
 * more than N and less than N+1 of them (八天, not 七天 or 十四天). A rough length
 * that falls outside is another length ("nearly two weeks" for nineteen days). Both are read in one unit (days for weeks and months); the unit as said is
 * `said.step`.
 */
export function roughlyAsLong(fact: ValueMention, said: ValueMention, answer: string): boolean {
  if (fact.type !== 'duration' || said.type !== 'duration') return false;
  // Minutes said roughly in hours ("the best part of an hour" for fifty minutes) are read in
  // minutes, and months or weeks said roughly in years ("nearly a year" for eleven months) in days.
  const inMinutes = fact.unit === 'minute' && said.unit === 'hour';
  const inDays = fact.unit === 'day' && said.unit === 'year';
  if (fact.unit !== said.unit && !inMinutes && !inDays) return false;
  const scale = inMinutes ? MINUTES_IN_HOUR : inDays ? DAYS_IN_YEAR : 1;
  const step = (said.step ?? 1) * scale;
  const f = Number(fact.value);
  const s = Number(said.value) * scale;
  // "nearly half an hour" for 25 minutes, "just over half an hour" for 35: a share of an hour
  // said roughly is bound by that share, not by one minute (the unit it is read in).
  const ofAnHour = said.unit === 'minute' && OF_AN_HOUR.test(answer.slice(said.start, said.end));
  const bound = ofAnHour ? s : step;
  const before = answer.slice(Math.max(0, said.start - 20), said.start);
  if (WELL_UNDER_EN.test(before)) return f < s && f >= (1 - WELL_UNDER_SHORT) * s - 1e-9;
  if (GOOD_EN.test(before)) return f >= s && f <= (1 + GOOD_OVER) * s;
  if (NEARLY_EN.test(before) || NEARLY_ZH.test(before))
    return f <= s && f > s - bound && f >= (1 - NEARLY_SHORT) * s;
  // A year is read in days only under the bounds above: "about a year" says no number of days.
  if (inDays) return false;
  if (UNDER_ZH.test(before)) return f < s && f >= (1 - UNDER_SHORT) * s;
  if (MOST_OF.test(before) && answer.startsWith('半', said.start)) return f > s && f < 2 * s;
  if (
    OVER_EN.test(before) ||
    OVER_ZH_IN.test(answer.slice(said.start, said.end)) ||
    OVER_ZH_AFTER.test(answer.slice(said.end))
  )
    return f > s && f < s + bound;
  const about =
    ABOUT_EN.test(before) ||
    ABOUT_ZH_BEFORE.test(before) ||
    ABOUT_ZH_AFTER.test(answer.slice(said.end)) ||
    /^\s*or so\b/i.test(answer.slice(said.end));
  return about && Math.abs(f - s) <= step / 2;
}
