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
