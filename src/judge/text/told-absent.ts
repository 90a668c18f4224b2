import type { NormalisedText } from './normalise.js';

/** Words that tell a thing absent without a negation: "the photo section missing", 缺了. */
const ABSENCE =
  /\b(?:missing|absent|lacking|without|left out|omitted|nowhere)\b|缺|漏掉|漏了|不见|不見/;

/** Where a clause ends on either side of a phrase. */
const STOP = /[.?!,;:，。；：！？]/;

/**
 * Whether the customer's clause around a phrase (normalised range) says the thing absent in
 * words that are no negation ("the photo section missing altogether", "came without a cable"):
 * their telling is a denial, and the fact said denied ("no photographs") restates it.
 */
export function toldAbsent(n: NormalisedText, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !STOP.test(n.text[from - 1] as string)) from--;
  let to = end;
  while (to < n.text.length && !STOP.test(n.text[to] as string)) to++;
  return ABSENCE.test(n.text.slice(from, to));
}
