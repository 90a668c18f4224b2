import { contentKeys } from '../text/content.js';
import { normalise } from '../text/index.js';
import type { ValueMention } from '../text/values.js';

/** Where a Chinese noun phrase ends beside a count: punctuation, "and", or a clause break. */
const ZH_PHRASE_EDGE = /[，,、。；;：:！!？?\s和与及跟]/;

/** An aspect particle ends the verb whose object a listed noun is (买了狗粮三袋). */
const ZH_ASPECT = /[了过着]/;

/** How many characters a bare noun phrase beside a count may have (黄瓜种子, 狗粮). */
const NOUN_REACH = 4;

/**
 * The characters of what a Chinese count is of: the noun right after it (十包番茄种子), or, in a
 * list of things each with its count (番茄种子十包、黄瓜种子两包), the bare noun right before it. Out of
 * such a list the words before a count hold a verb (番茄还少两包) and name no counted thing. Empty
 * when none is said.
 */
export function zhCountedOf(text: string, v: ValueMention): Set<string> {
  if (v.type !== 'quantity' || !/[\u3400-\u9fff]/.test(text.slice(v.start, v.end)))
    return new Set();
  const after = phraseFrom(text, v.end, 1);
  if (after.length > 0) return keys(after.slice(0, NOUN_REACH));
  const before = phraseFrom(text, v.start - 1, -1);
  const listed = text[v.end] === '、' || text[v.start - before.length - 1] === '、';
  return listed && before.length <= NOUN_REACH ? keys(before) : new Set();
}

/** The characters from `at` going `step`-wise up to the phrase's edge (at most NOUN_REACH + 1). */
function phraseFrom(text: string, at: number, step: 1 | -1): string {
  let out = '';
  for (let i = at; i >= 0 && i < text.length && out.length <= NOUN_REACH; i += step) {
    const c = text[i] as string;
    if (ZH_PHRASE_EDGE.test(c) || /\d/.test(c) || (step === -1 && ZH_ASPECT.test(c))) break;
    out = step === 1 ? out + c : c + out;
  }
  return out;
}

const keys = (s: string) => new Set(contentKeys(normalise(s).text));
