/**
 * A length of time said as the clocks it ran between ("waited from eight till one", 由九點等到十二點,
 * 从早上九点一直等到中午十二点): the hours from the first clock to the second, read as a length as
 * "five hours" or 三個鐘 is. The clocks stay values of their own. "Between eight and twelve" is a
 * window something was due in, no length that passed, and is left alone.
 */

import { numberWord } from './en-values.js';
import type { ValueMention } from './value-mentions.js';

/** Clocks said by a name rather than a number of hours: twelve o'clock. */
const EN_TWELVE = ['noon', 'midday', 'midnight'];
const EN_CLOCK = `(\\d{1,2}(?:[:.]\\d\\d)?|[a-z]+)(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|o'clock))?`;
/**
 * Clocks joined by "from … till / until" (words of time), or by "from … to" where a clock says it
 * is one ("from 9am to 5pm"): "from five to ten" and "from seven to eight people" are ranges.
 */
const EN_SPAN = new RegExp(`\\bfrom\\s+${EN_CLOCK}\\s+(till|until|til|to)\\s+${EN_CLOCK}`, 'gi');
/** What says a number is a clock: "9am", "5 p.m.", "ten o'clock", "8:30". */
const CLOCK_MARK = /am|pm|a\.m\.|p\.m\.|o'clock|[:.]\d\d/i;

/** Hours past twelve on the dial: "8" 8, "1:30" 1.5, "noon" 0. */
function enHour(said: string): number | null {
  const word = said.toLowerCase();
  if (EN_TWELVE.includes(word)) return 0;
  const hours = /^[a-z]+$/.test(word) ? numberWord(word) : undefined;
  if (hours !== undefined) return hours >= 1 && hours <= 12 ? hours % 12 : null;
  const m = /^(\d{1,2})(?:[:.](\d\d))?$/.exec(said);
  if (!m) return null;
  const h = Number(m[1]);
  return h > 12 ? null : (h % 12) + Number(m[2] ?? 0) / 60;
}

/** 从 / 從 / 由 … 到 / 至 between two clocks read as clocks ("9:00", "0:30"). */
const ZH_FROM = /[从從由](?:早上|上午|中午|下午|晚上|朝早|夜晚|凌晨)?$/;
const ZH_TO = /^[^，。,.！？!?；;]{0,6}[到至](?:早上|上午|中午|下午|晚上|朝早|夜晚|凌晨)?$/;
/** Most hours a span between two clocks on a twelve-hour dial is read as. */
const MAX_HOURS = 11;

const dialHours = (from: number, to: number) => {
  const hours = (((to - from) % 12) + 12) % 12;
  return hours > 0 && hours <= MAX_HOURS ? hours : null;
};

/** The lengths of time said as spans between two clocks in `text` (the original), added to `out`. */
export function timeSpans(text: string, zh: boolean, out: ValueMention[]): void {
  const found: ValueMention[] = [];
  const add = (hours: number | null, start: number, end: number) => {
    if (hours !== null)
      found.push({ type: 'duration', unit: 'hour', value: String(hours), start, end });
  };
  if (zh) {
    const clocks = out.filter((v) => v.type === 'time' && v.unit === 'clock');
    for (const [i, a] of clocks.entries()) {
      const b = clocks[i + 1];
      if (!b || !ZH_FROM.test(text.slice(Math.max(0, a.start - 3), a.start))) continue;
      if (!ZH_TO.test(text.slice(a.end, b.start))) continue;
      const hour = (v: ValueMention) => {
        const [h, m] = v.value.split(':');
        return Number(h) + Number(m ?? 0) / 60;
      };
      add(dialHours(hour(a), hour(b)), a.start, b.end);
    }
  } else {
    for (const m of text.matchAll(EN_SPAN)) {
      if ((m[2] as string).toLowerCase() === 'to' && !CLOCK_MARK.test(m[0])) continue;
      const from = enHour(m[1] as string);
      const to = enHour(m[3] as string);
      if (from !== null && to !== null)
        add(dialHours(from, to), m.index ?? 0, (m.index ?? 0) + m[0].length);
    }
  }
  out.push(...found);
}
