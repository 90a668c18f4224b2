import { keptReadings } from '../text/kept.js';
import type { Span } from '../types.js';

/** Where a clause ends: punctuation, or a conjunction that starts another event. */
export const EN_CLAUSE_END =
  /[.,;:!?—](?!\d)|\b(?:and|but|so|then|because|while|although|though|yet|after|before)\b/g;
export const ZH_CLAUSE_END =
  /[.,;:!?](?!\d)|[。，；：！？、—]|结果|可是|但是|然后|而且|后来|可|但|却|又/g;

/**
 * A finer English clause end for what a value is said of: a subordinate clause or a contrast
 * after it is another event too ("cut ten centimetres when you'd asked for two", "eight metres
 * instead of three").
 */
export const EN_SUBCLAUSE_END =
  /[.,;:!?—](?!\d)|\b(?:and|but|so|then|because|while|although|though|yet|after|before|when|since|until|whereas|instead of|rather than)\b/g;

/**
 * The clause of `text` around a range: from the last clause end before it to the next after
 * (`english` ends English clauses, EN_CLAUSE_END unless told).
 */
export function clauseAround(text: string, at: Span, english = EN_CLAUSE_END): Span {
  const re = /[\u3400-\u9fff]/.test(text) ? ZH_CLAUSE_END : english;
  let from = 0;
  let to = text.length;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index + m[0].length <= at.start) from = m.index + m[0].length;
    else if (m.index >= at.end) {
      to = m.index;
      break;
    }
  }
  return { start: from, end: to };
}

/**
 * Every clause of a text, in order: the clauses clauseAround gives walking from the start (from
 * the last clause end at or before a place to the next one at or after it), found with one scan
 * of the clause ends. Many readings ask for the same answer's and customer's clauses: a text's
 * are kept (bounded: cleared when full), shared by every reader, never changed.
 */
export const clausesOf: (text: string) => readonly Span[] = keptReadings(512, (text) => {
  clauseScans++;
  const re = /[\u3400-\u9fff]/.test(text) ? ZH_CLAUSE_END : EN_CLAUSE_END;
  // Clause ends in order; they never overlap, so their ends rise with their starts.
  const starts: number[] = [];
  const ends: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const out: Span[] = [];
  let before = 0; // clause ends over by `at`
  let after = 0; // the first clause end starting at or after `at`
  for (let at = 0; at < text.length; ) {
    while (before < ends.length && (ends[before] as number) <= at) before++;
    while (after < starts.length && (starts[after] as number) < at) after++;
    const from = before > 0 ? (ends[before - 1] as number) : 0;
    const to = after < starts.length ? (starts[after] as number) : text.length;
    if (to > at) out.push({ start: Math.max(from, at), end: to });
    at = Math.max(to, at) + 1;
  }
  return out;
});

/** Texts whose clause ends were scanned so far: tests count it (once per text, however many clauses or readers). */
let clauseScans = 0;
export const clauseEndScans = (): number => clauseScans;
