import { type DayKey, dayNumber } from './local-day.js';

export interface Streaks {
  /** Days in a row with a session, ending today, or yesterday when today has none yet. */
  current: number;
  longest: number;
  activeDays: number;
  lastDay: DayKey | null;
}

export function streaks(days: Iterable<DayKey>, today: DayKey): Streaks {
  const nums = [...new Set([...days].map(dayNumber))].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < nums.length; i++) {
    run = i > 0 && nums[i] === nums[i - 1]! + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const t = dayNumber(today);
  const present = new Set(nums);
  let end = present.has(t) ? t : present.has(t - 1) ? t - 1 : null;
  let current = 0;
  while (end !== null && present.has(end)) {
    current++;
    end--;
  }
  const last = nums.at(-1);
  return {
    current,
    longest,
    activeDays: nums.length,
    lastDay: last === undefined ? null : new Date(last * 86_400_000).toISOString().slice(0, 10),
  };
}
