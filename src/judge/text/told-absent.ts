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
  const [from, to] = clauseBounds(n.text, start, end);
  return ABSENCE.test(n.text.slice(from, to));
}

/**
 * Whether the clause around a phrase denies or tells absent in any way (佢個賬戶唔見咗, "the
 * regulators never came"), wherever its negation stands.
 */
export function toldDenied(n: NormalisedText, start: number, end: number): boolean {
  const [from, to] = clauseBounds(n.text, start, end);
  return saysDenied(n.text.slice(from, to));
}

/** A turn to another matter within a clause: what is denied after it is not the phrase. */
const CONTRAST = /\b(?:but|though|although|yet|while|whereas)\b|[却卻但可而]/;

/**
 * Whether the clause denies the phrase itself: before it, inside it (一根都没) or after it, with no
 * turn to another matter between ("nobody at booking told me", "the champagne we'd paid for wasn't
 * on board"; not 付款成功了卻沒收到電子票) — where a walk back from the phrase does not reach.
 */
export function toldDeniedHere(n: NormalisedText, start: number, end: number): boolean {
  const [from, to] = clauseBounds(n.text, start, end);
  const before = n.text.slice(from, start).split(CONTRAST).at(-1) ?? '';
  const after = n.text.slice(end, to).split(CONTRAST)[0] ?? '';
  return saysDenied(before) || saysDenied(n.text.slice(start, end)) || saysDenied(after);
}

/** Whether words deny or tell absent in any way (not, never, 没, missing, 不见). */
const saysDenied = (words: string): boolean => DENIAL.test(words) || ABSENCE.test(words);

/** Where the clause around a range begins and ends (at punctuation on either side). */
function clauseBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !STOP.test(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && !STOP.test(text[to] as string)) to++;
  return [from, to];
}
