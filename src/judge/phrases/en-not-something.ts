import { agentActed, wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * A refusal told as a standing fact about our side: the kind of job put first, then "isn't
 * something we / our workshop …" and any act of ours — "Shades wider than sixty centimetres aren't
 * something we make", "The ledgers weren't something we were able to take on", "Granite that thick
 * isn't something our machine will take". With a way forward or the agent's step after it ("…, but
 * she can do a free consult on Thursday") it is the digest's own refusal. Verbs of seeing, knowing,
 * wanting, worrying and charging tell no refusal ("not something we see often", "not something we
 * charge for"), nor does the customer as the doer ("not something you need to…").
 * Folded text: lower case, contractions expanded.
 */
const NOT_SOMETHING =
  /\b(?:is|are|was|were)\s+(?:just\s+|really\s+|simply\s+|sadly\s+)?not\s+something\s+(?:that\s+)?(?:we|i|our(?:\s+[a-z-]+){1,2})\s+(?:(?:can|could|will|would|are|am|were|was|do|did|have|had|normally|usually|currently|really|able|be|to)\s+)*(?!(?:see|hear|know|expect|want|need|recommend|advise|suggest|worry|think|hope|mind|like|charge|bill|ask|get\s+asked)\b)[a-z]+/;

/** A turn after the refusal in its sentence: what follows it is the other way ("…, but I'm transferring you"). */
const PIVOT = /\b(?:but|however|instead|though|although)\b/;

/** The list entry that words the flag. */
export const NOT_SOMETHING_ENTRY_EN = 'g-agent-cannot';

/** The first sentence of folded text `t` refusing a kind of job as "not something we do", as a range. */
export function notSomethingEn(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const m = NOT_SOMETHING.exec(t.slice(s, e));
    if (!m) continue;
    const after = s + m.index + m[0].length;
    if (
      PIVOT.test(t.slice(after, e)) ||
      agentActed(t.slice(after)) ||
      wayForward(t, after, e, list, runOn)
    )
      continue;
    return [s, e];
  }
  return undefined;
}
