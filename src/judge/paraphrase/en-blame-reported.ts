import { hasHan } from '../text/chars.js';
import type { PhraseHit } from '../types.js';
import { clauseAround } from './clauses.js';

/**
 * Someone of the story who blamed the customer, with the verb that says so: "the manager put it
 * down to you", "the clerk said it was your fault", "she claimed you'd broken it".
 */
const REPORTER =
  /\b(?:(?:the|your|our|their) ([a-z]+)|(he|she|they))\s+(?:(?:just|then|also|simply)\s+)?(?:said|says|told you|tells you|claimed|claims|insisted|put it|puts it|reckoned|reckons|made out|decided)\b/g;

/**
 * A blame hit in an English restatement that tells back someone of the customer's story blaming
 * them ("the manager put it down to you rubbing your eyes" for "the manager said I must have
 * rubbed my eyes"): the reporter is named in the customer's words and nobody of the agent's
 * side ("I", "we") speaks in the clause. The blame is the story's, not the agent's.
 */
export function blameReported(h: PhraseHit, answer: string, customer: string): boolean {
  if (h.category !== 'blame' || hasHan(answer)) return false;
  const clause = clauseAround(answer, h.span);
  const before = answer.slice(clause.start, h.span.start).toLowerCase();
  const told = customer.toLowerCase();
  for (const m of before.matchAll(REPORTER)) {
    const who = (m[1] ?? m[2]) as string;
    const after = before.slice((m.index ?? 0) + m[0].length);
    if (/\b(?:i|we)\b/.test(after)) continue;
    if (new RegExp(`\\b${who}\\b`).test(told)) return true;
  }
  return false;
}
