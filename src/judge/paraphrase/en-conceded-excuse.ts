import { hasHan } from '../text/chars.js';
import type { NormalisedText } from '../text/index.js';
import type { PhraseHit } from '../types.js';
import { ownClauseKeys, ownExcuseHit, retells } from './en-own-excuse.js';
import { toldUnitKeys } from './told-keys.js';

/**
 * Where a restatement turns to a clause of its own about the story: a concession ("…, though
 * linings do give with age", "although Tuesdays are always busy", "but these things happen") or a
 * comment on the whole of it ("…, which is normal for feather cushions"). "Even though" sets the
 * customer's side against what was done to them: the story.
 */
const TURNS = /(?<!\beven\s+)\b(?:although|though)\b|\bbut\b|,\s*which\b/gi;
/** Where the turned-to clause ends: a stop, a comma, a dash. */
const ENDS = /[.!?;,:]|\s[—–-]\s/;
/**
 * What makes a clause a general excuse rather than the customer's facts: a habit or rule
 * ("always", "usually", "every season"), a verdict that it is ordinary ("normal", "to be
 * expected", "these things happen"), the agent's side cleared ("hardly our fault"), or an emphatic
 * present ("linings do give", "parcels do go missing") that states how things are in general.
 */
const GENERAL =
  /\b(?:always|normally|usually|often|generally|typically|tends? to|every (?:time|day|week|month|year|season|winter|summer|spring|autumn|weekend))\b|\b(?:normal|common|usual|natural|inevitable|unavoidable|to be expected|happens?)\b|\b(?:our|my)\s+(?:own\s+)?fault\b|\b(?:do|does)\s+(?!not\b)[a-z]{2,}/i;
/** Someone's words retold ("but the driver said these things happen"): the story. */
const REPORTED = /\b(?:said|says|told|tells|claimed|claims|insisted|according to)\b/i;

const SUGGESTION =
  "Leave out why it happens or that it is normal: restate the customer's facts, acknowledge the feeling and check.";

/**
 * The agent's own excuse or minimising inside a restatement, in the clause it turns to after the
 * customer's facts: "…it came back with a torn lining, though linings do give with age", "…the
 * fridge didn't work, though it's hardly our fault", "…a leg wobbles, which is normal for feather
 * cushions". The clause states a habit, a rule or that such things are ordinary, retells little of
 * the customer's words and acknowledges no feeling; the trainers cap such a restatement at
 * partial, as they do the concessions before the feeling (en-own-excuse.ts).
 */
export function concededExcuses(answer: NormalisedText, customer: NormalisedText): PhraseHit[] {
  const text = answer.original;
  if (hasHan(text)) return [];
  const told = toldUnitKeys(customer.text);
  const out: PhraseHit[] = [];
  for (const m of text.matchAll(TURNS)) {
    const from = m.index + m[0].length;
    const end = ENDS.exec(text.slice(from));
    const said = text.slice(from, end ? from + end.index : undefined).trim();
    if (!GENERAL.test(said) || REPORTED.test(said)) continue;
    const keys = ownClauseKeys(said);
    if (!keys || retells(keys, told)) continue;
    out.push(ownExcuseHit(text, said, from, SUGGESTION));
  }
  return out;
}
