import { agentActed, wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * A task refused as outside the agent's duty, by structure: a negated copula ("is not", "was
 * never", "isn't") whose complement is the agent's own remit — "part of my role", "my job", "what
 * I'm here for", "part of what I'm paid to do" — with no handover or alternative after it. The
 * same remit affirmed ("is part of my job, so…") or followed by who will help and the agent's
 * step ("…, but Jenny issues them and I'll walk you over") is no refusal. Folded text.
 */
const NOT_MY_DUTY =
  /\b(?:is|are|was|were)\s+(?:not|never)\s+(?:(?:really|exactly|strictly|actually|ever)\s+)?(?:(?:a\s+)?part\s+of\s+|in\s+|within\s+|among\s+)?(?:(?:my|our)\s+(?:[a-z]+\s+)?(?:role|job|jobs|remit|brief|duties|duty|responsibilit(?:y|ies)|work|job\s+description)\b|what\s+(?:i|we)\s+(?:am|are|was|were|get)\s+(?:here|paid|employed|hired|contracted|trained|meant)\s+(?:for|to\s+do)\b)/;

/** The list entry that words the flag. */
export const DUTY_REFUSED_ENTRY_EN = 'not-my-job';

/**
 * The first refusal of a task as not the agent's duty in folded text `t`, from the negated copula
 * to the end of its sentence (so that quoted words, "he told you 'that's not my job'", stay the
 * speaker's they quote).
 */
export function dutyRefusedEn(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const m = NOT_MY_DUTY.exec(t.slice(s, e));
    if (!m) continue;
    const end = s + m.index + m[0].length;
    if (!wayForward(t, end, e, list, runOn) && !agentActed(t.slice(end))) return [s + m.index, e];
  }
  return undefined;
}
