import type { ValueMention } from '../text/value-mentions.js';

/** Minutes in a length of time said in hours or minutes (40 minutes and 个半钟 are one kind). */
const MINUTES: Readonly<Record<string, number>> = { minute: 1, hour: 60 };
export const inMinutes = (v: ValueMention) =>
  v.type === 'duration' && MINUTES[v.unit] !== undefined
    ? Number(v.value) * (MINUTES[v.unit] as number)
    : undefined;

/** A clock value ("10:30", on a 12-hour dial) in minutes past twelve. */
const onDial = (v: ValueMention) => {
  const m = /^(\d+):(\d\d)$/.exec(v.value);
  return v.type === 'time' && v.unit === 'clock' && m ? Number(m[1]) * 60 + Number(m[2]) : null;
};
const DIAL = 12 * 60;

/**
 * What joins a length to the time it counts from: "after the agreed", "later than the", "before
 * your"; +1 forward, -1 back.
 */
const FROM =
  /^\s+(after|later than|past|behind|before|earlier than|ahead of)\s+(?:the\s+|your\s+|our\s+)?(?:[a-z'’-]+\s+){0,2}$/i;
const BACK = /^(?:before|earlier than|ahead of)$/i;

/**
 * A time said as the anchor of a length counted from it ("two and a half hours after the agreed
 * eight o'clock", "forty minutes after the seven o'clock you'd booked"), where the anchor moved by
 * the length is a time the customer said (half past ten, 7:40): the answer tells the customer's
 * time by arithmetic, and the anchor is the other time of the story, not a wrong one.
 */
export function offsetToTold(
  mention: ValueMention,
  said: readonly ValueMention[],
  told: readonly ValueMention[],
  answer: string,
): boolean {
  const anchor = onDial(mention);
  if (anchor === null) return false;
  return said.some((d) => {
    const length = inMinutes(d);
    if (length === undefined || d.end > mention.start) return false;
    const join = FROM.exec(answer.slice(d.end, mention.start));
    if (!join) return false;
    const sign = BACK.test((join[1] as string).replace(/\s+/g, ' ')) ? -1 : 1;
    const at = (((anchor + sign * length) % DIAL) + DIAL) % DIAL;
    return told.some((t) => onDial(t) === at);
  });
}
