import { bareEnglishNumber } from './values.js';

/**
 * A price said the spoken way after a verb of paying, "for" or "at" it "each": "it cost you
 * three-sixty", "paid four fifty", "charged me twelve ninety-nine", "did it for three-ninety". Its
 * first number is pounds (or dollars) and the second pence, or its first is hundreds:
 * "three-sixty" is £3.60 or £360 by the size of the thing bought, which the words alone do not
 * tell. Where it is, and both amounts it may be.
 */
export interface SpokenPrice {
  start: number;
  end: number;
  amounts: readonly number[];
}

/**
 * Verbs of paying, with the payer or payee after them ("cost you", "charged me", "paid us"), of
 * pricing ("quoted", "billed", "came to"); what was had "for" a price ("did the clean for
 * three-ninety"); a price "at" so much "each" ("a dozen platters at eleven-fifty each").
 */
const PRICE =
  /\b(?:(?:cost|costs|costing|paid|pay|paying|pays|charged|charge|charging|spent|spend|priced at|quoted|quoting|billed|came to|comes to|come to|totalled|totaled|totalling|set (?:you|me|us|them) back)(?: (?:you|me|us|them|him|her))?|for|at(?= [a-z]+[- ][a-z]+(?:-[a-z]+)? (?:each|apiece|a head|a go|per)\b))(?: (?:just|only|over|nearly|almost|about))? ([a-z]+)[- ]([a-z]+(?:-[a-z]+)?)\b/dgi;
/** A price said before what it is the price of: "a two-forty minibar charge", "the four-fifty bill". */
const PRICE_OF =
  /\b(?:a|an|the|that|this|your|our) ([a-z]+)-([a-z]+(?:-[a-z]+)?)(?= (?:[a-z]+ )?(?:bill|charge|fee|invoice|refund|deposit|quote|price|fine|penalty|repair|order)s?\b)/dgi;

export function spokenPrices(text: string): SpokenPrice[] {
  const out: SpokenPrice[] = [];
  for (const m of [...text.matchAll(PRICE), ...text.matchAll(PRICE_OF)]) {
    const whole = bareEnglishNumber(m[1] as string);
    const part = bareEnglishNumber(m[2] as string);
    if (whole === null || part === null || whole < 1 || whole > 19 || part < 10 || part > 99)
      continue;
    const [start] = m.indices?.[1] ?? [m.index];
    const [, end] = m.indices?.[2] ?? [0, m.index + m[0].length];
    out.push({ start, end, amounts: [whole + part / 100, whole * 100 + part] });
  }
  return out;
}
