import { type Unit, unitsOf } from './content.js';
import type { NormalisedText } from './normalise.js';
import { type Polarity, polarityAt } from './polarity.js';
import { valuesIn } from './values.js';

/** Words that name no other thing before a head: "the tasting", "your book". */
const ARTICLES = new Set(['the', 'a', 'an', 'your', 'our', 'my', 'his', 'her', 'their']);

const isWord = (u: Unit) => !u.filler && !u.negator && /^[a-z]/.test(u.key);

/**
 * A word that ends an amount said in words, joined by hyphens ("the three-hundred-and-eighty-pound
 * package"): a price before the head, like "the £380 package", names no other thing.
 */
function valueBefore(answer: NormalisedText, end: number): boolean {
  const token = answer.text.slice(answer.text.lastIndexOf(' ', end - 1) + 1, end);
  return token.includes('-') && valuesIn(token.replace(/-/g, ' ')).some((v) => v.type === 'money');
}

/**
 * A thing the customer named with a compound ("cheese-tasting", "photo book"), named back by
 * its head alone ("the tasting", "your book"): an English wording of two content words that the
 * customer said side by side, met where the answer says the second word — the head — with no
 * other word before it but an article, a number or the customer's own word before the compound
 * ("the Thursday tasting" for "the Thursday cheese-tasting"; "the wine tasting", "this month" for
 * "last month", "oven glass" for "hob glass" name another thing), in a wanted polarity. Only where the customer names one such thing: a head they said with another word
 * before it too ("front brake", "back brake") needs its word; a participle before the head
 * ("registered letter") is a fact of its own.
 */
export function headAlone(
  phrases: readonly { pattern: string; normalised: string }[],
  answer: NormalisedText,
  wanted: readonly Polarity[],
  customer: NormalisedText,
): { start: number; end: number; pattern: string } | null {
  const theirs = unitsOf(customer.text);
  // Read only once a phrase is a compound the customer said: most answers never need it.
  let ours: readonly Unit[] | undefined;
  for (const { pattern, normalised } of phrases) {
    const words = unitsOf(normalised).filter((u) => !u.filler);
    if (words.length !== 2 || !words.every(isWord)) continue;
    const [modifier, head] = words as [Unit, Unit];
    if (/(?:ed|en)$/.test(normalised.slice(modifier.start, modifier.end))) continue;
    const heads = theirs.flatMap((u, k) => (u.key === head.key ? [k] : []));
    const compound = (k: number) => theirs[k - 1]?.key === modifier.key;
    if (heads.length === 0 || !heads.every(compound)) continue;
    // The customer's own word right before the compound ("the Thursday cheese-tasting").
    const own = new Set(
      heads.map((k) => theirs[k - 2]).flatMap((u) => (u && isWord(u) ? [u.key] : [])),
    );
    ours ??= unitsOf(answer.text);
    for (let k = 0; k < ours.length; k++) {
      const u = ours[k] as Unit;
      if (u.key !== head.key) continue;
      const before = ours[k - 1];
      if (before && !/[^\s-]/.test(answer.text.slice(before.end, u.start))) {
        const said = answer.text.slice(before.start, before.end);
        if (
          !ARTICLES.has(said) &&
          !own.has(before.key) &&
          !/^\d/.test(before.key) &&
          !valueBefore(answer, before.end)
        )
          continue;
      }
      if (!wanted.includes(polarityAt(answer, u.start, u.end))) continue;
      return { start: u.start, end: u.end, pattern: `^${pattern}` };
    }
  }
  return null;
}
