import { hasHan } from '../text/chars.js';
import { unitsOf } from '../text/content.js';
import { type NormalisedText, normalise } from '../text/index.js';
import type { PhraseHit } from '../types.js';
import { ownExcuseHit, retells } from './en-own-excuse.js';
import { toldUnitKeys } from './told-keys.js';

/**
 * "You should have …" with the customer as the one who acts: a past modal of obligation or
 * possibility and a participle. "Been", "had", "got" and "received" make the customer the one
 * something was due to ("you should have been told", "you should have had it by Friday"); a
 * determiner or pronoun after "have" makes it the present "have" ("you could have a look").
 */
const EN_HINDSIGHT =
  /\byou\s+(?:really\s+|probably\s+|honestly\s+)?(?:should|could|ought\s+to|might)\s+(?:really\s+|probably\s+)?have\s+(?!(?:been|had|got|gotten|received|a|an|the|some|any|no|your|my|our|their|this|that|these|those|it|them|one|more|enough|to)\b)([a-z]+\b[^.!?;]*)/gi;
/** Someone's words retold before it in its sentence ("the engineer said you should have…"). */
const EN_REPORTED = /\b(?:said|says|told|tells|claimed|claims|insisted|reckoned|according to)\b/i;

const SUGGESTION =
  "Don't tell the customer what they should have done: restate their facts, acknowledge the feeling and check.";

/**
 * The customer told after the fact what they should have done ("You should have checked the
 * gauge before ringing", "you could have asked for it in writing"): hindsight is blame, and the
 * trainers cap such a restatement at partial. Not where someone's words are retold, nor where
 * what should have happened is the customer's own story (their plan, in their words).
 */
export function enHindsight(answer: NormalisedText, customer: NormalisedText): PhraseHit[] {
  const text = answer.original;
  if (hasHan(text)) return [];
  const out: PhraseHit[] = [];
  const told = toldUnitKeys(customer.text);
  for (const m of text.matchAll(EN_HINDSIGHT)) {
    const sentence =
      text
        .slice(0, m.index)
        .split(/[.!?]\s/)
        .pop() ?? '';
    if (EN_REPORTED.test(sentence)) continue;
    const keys = unitsOf(normalise(m[1] as string).text)
      .filter((u) => !u.filler && !u.negator)
      .map((u) => u.key);
    if (retells(keys, told)) continue;
    out.push(ownExcuseHit(text, m[0], m.index, SUGGESTION));
  }
  return out;
}
