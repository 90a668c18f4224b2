import { EN_TENS, EN_UNITS } from './en-number-words.js';
import { type NormalisedText, originalSpan } from './normalise.js';

/**
 * A length in metres said with its centimetres after the unit, as British English says heights
 * and widths: "three metres sixty" is 3.6 metres, "two metres five" 2.05, "1 metre 20" 1.2. Read
 * as one length, so "three metres sixty" is no "three metres" and no sixty of anything.
 */

/** A number word or digits below 100 ("sixty", "forty-five", "20"), or undefined. */
function below100(said: string): number | undefined {
  if (/^\d{1,2}$/.test(said)) return Number(said);
  const [tens, unit] = said.split(/[- ]/);
  const t = EN_TENS.indexOf(tens ?? '');
  if (t >= 2) {
    const u = unit === undefined ? 0 : EN_UNITS.indexOf(unit);
    return u >= 0 && u < 10 ? t * 10 + u : undefined;
  }
  const u = EN_UNITS.indexOf(said);
  return unit === undefined && u > 0 ? u : undefined;
}

const NUMBER_WORD = `(?:\\d{1,2}|(?:${EN_TENS.slice(2).join('|')})(?:[- ](?:${EN_UNITS.slice(1, 10).join('|')}))?|${EN_UNITS.slice(1).join('|')})`;
/** "<metres> metre(s) <centimetres>", the centimetres followed by no unit or noun of their own. */
const COMPOUND = new RegExp(
  `\\b(\\d{1,2}|${EN_UNITS.slice(1).join('|')}) met(?:re|er)s? (${NUMBER_WORD})\\b(?![- ]?(?:cm|centimet|mm|millimet|met|inch|foot|feet|percent|per cent|pounds?|quid|euros?|dollars?|minutes?|hours?|days?|of)\\b)`,
  'gi',
);

export interface CompoundLength {
  /** Metres. */
  value: number;
  start: number;
  end: number;
}

/** The lengths said in metres and centimetres in `n`, as spans of its original text. */
export function compoundLengths(n: NormalisedText): CompoundLength[] {
  const found: CompoundLength[] = [];
  for (const m of n.text.matchAll(COMPOUND)) {
    const whole = /^\d+$/.test(m[1] as string)
      ? Number(m[1])
      : EN_UNITS.indexOf((m[1] as string).toLowerCase());
    const cm = below100((m[2] as string).toLowerCase());
    if (whole <= 0 || cm === undefined) continue;
    const { start, end } = originalSpan(n, m.index, m.index + m[0].length);
    found.push({ value: Number((whole + cm / 100).toFixed(2)), start, end });
  }
  return found;
}
