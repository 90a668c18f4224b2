import { hasHan } from '../text/chars.js';
import { contentKeys } from '../text/content.js';
import { normalise } from '../text/index.js';
import type { ValueMention } from '../text/value-mentions.js';

/** Where a Chinese noun phrase ends beside a count: punctuation, "and", or a clause break. */
const ZH_PHRASE_EDGE = /[，,、。；;：:！!？?\s和与及跟]/;

/** An aspect particle ends the verb whose object a listed noun is (买了狗粮三袋). */
const ZH_ASPECT = /[了过着]/;

/** How many characters a bare noun phrase beside a count may have (黄瓜种子, 狗粮). */
const NOUN_REACH = 4;

/** How far a list item's words reach from its count to the 、 that ends it (两包黄瓜种子、). */
const LIST_ITEM = 8;

/** 的 ends the noun a count is of (十五位员工的工资 counts 员工). */
const ZH_MODIFIER = /的/;

/**
 * The characters of what a Chinese count is of: the noun right after it (十包番茄种子, up to a 的),
 * or, in a list of things each with its count (番茄种子十包、黄瓜种子两包), the bare noun right before
 * it. Out of such a list the words before a count hold a verb (番茄还少两包) and name no counted
 * thing. Empty when none is said.
 */
export function zhCountedOf(text: string, v: ValueMention): Set<string> {
  if (v.type !== 'quantity' || !hasHan(text.slice(v.start, v.end))) return new Set();
  const after = phraseFrom(text, v.end, 1);
  if (after.text.length > 0) return keys(after.text.slice(0, NOUN_REACH));
  const before = phraseFrom(text, v.start - 1, -1);
  return zhListed(text, v) && before.text.length <= NOUN_REACH ? keys(before.text) : new Set();
}

/** A count that is an item of a list (番茄种子十包、黄瓜种子两包, 十包番茄种子、两包黄瓜种子): its phrase meets a 、. */
export function zhListed(text: string, v: ValueMention): boolean {
  return (
    phraseFrom(text, v.end, 1).edge === '、' || phraseFrom(text, v.start - 1, -1).edge === '、'
  );
}

/** The characters from `at` going `step`-wise up to the phrase's edge, and the edge itself. */
function phraseFrom(text: string, at: number, step: 1 | -1): { text: string; edge?: string } {
  let out = '';
  for (let i = at; i >= 0 && i < text.length && out.length <= LIST_ITEM; i += step) {
    const c = text[i] as string;
    const stop = step === 1 ? ZH_MODIFIER.test(c) : ZH_ASPECT.test(c);
    if (ZH_PHRASE_EDGE.test(c) || /\d/.test(c) || stop) return { text: out, edge: c };
    out = step === 1 ? out + c : c + out;
  }
  return { text: out };
}

const keys = (s: string) => new Set(contentKeys(normalise(s).text));
