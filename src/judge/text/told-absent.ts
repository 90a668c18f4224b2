import type { NormalisedText } from './normalise.js';

/** Words that tell a thing absent without a negation: "the photo section missing", 缺了. */
const ABSENCE =
  /\b(?:missing|absent|lacking|without|left out|omitted|nowhere|vanished|disappeared)\b|缺|漏掉|漏了|不见|不見|消失/;
/** A negation in a clause (not, never, 不, 没, 冇, 唔 …), or a word that tells a thing absent. */
const DENIAL = /\b(?:not|no|never|nothing|nobody|none)\b|[不没沒冇唔未无無]/;

/** Where a clause ends on either side of a phrase. */
const STOP = /[.?!,;:，。；：！？]/;

/**
 * Whether the customer's clause around a phrase (normalised range) says the thing absent in
 * words that are no negation ("the photo section missing altogether", "came without a cable"):
 * their telling is a denial, and the fact said denied ("no photographs") restates it.
 */
export function toldAbsent(n: NormalisedText, start: number, end: number): boolean {
  return ABSENCE.test(clauseAround(n, start, end));
}

/**
 * Whether the clause around a phrase denies or tells absent in any way (佢個賬戶唔見咗, "the
 * regulators never came"), wherever its negation stands.
 */
export function toldDenied(n: NormalisedText, start: number, end: number): boolean {
  return saysDenied(clauseAround(n, start, end));
}

/** Whether words deny or tell absent in any way (not, never, 没, missing, 不见). */
export const saysDenied = (words: string): boolean => DENIAL.test(words) || ABSENCE.test(words);

function clauseAround(n: NormalisedText, start: number, end: number): string {
  let from = start;
  while (from > 0 && !STOP.test(n.text[from - 1] as string)) from--;
  let to = end;
  while (to < n.text.length && !STOP.test(n.text[to] as string)) to++;
  return n.text.slice(from, to);
}
