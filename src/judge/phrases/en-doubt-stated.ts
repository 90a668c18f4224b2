import type { PhraseList } from './compile.js';
import { disbelieves } from './en-structure.js';
import { firstStanding } from './first-sentence.js';

/**
 * Doubt stated by structure: the agent as the subject of disbelief in what the customer reports
 * happened, whatever hedge stands before the verb — "I rather doubt the marks lasted three weeks",
 * "I somehow doubt the box arrived open" — with no check offered after it. A doubt about what
 * will be forecasts ("I doubt the rain will last"); a negated one believes ("I don't doubt it").
 */

/** The list entry that words the flag. */
export const DOUBT_STATED_ENTRY_EN = 'g-doubt-past';

/** The first sentence of folded text `t` disbelieving the customer's account, as a range. */
export const doubtStatedEn = (t: string, list: PhraseList, runOn: ReadonlySet<number>) =>
  firstStanding(t, list, runOn, disbelieves);
