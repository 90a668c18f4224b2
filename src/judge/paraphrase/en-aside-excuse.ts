import { hasHan } from '../text/chars.js';
import type { NormalisedText } from '../text/index.js';
import type { PhraseHit } from '../types.js';
import { ownClauseKeys, ownExcuseHit, retells } from './en-own-excuse.js';
import { toldUnitKeys } from './told-keys.js';

/**
 * A frank or conceding aside closing a clause ("…, to be fair.", "…, mind.", "…, honestly.",
 * "which happens every season to be fair"). "Mind" and "honestly" need their comma: "you've
 * changed your mind", "you told us honestly".
 */
const CLOSING =
  /(?<![.!?—–-])(?:,\s*|\s+)(?:to be fair|in fairness|admittedly)\b|,\s*(?:mind(?: you)?|honestly)\b(?=\s*(?:[.!?,;]|[—–-]|$))/gi;
/** The same aside opening a sentence or a dash's clause ("Honestly, …", "To be fair, …"). */
const OPENING =
  /(?:^|[.!?]\s+|\s[—–-]\s+)(?:to be fair|in fairness|mind you|honestly|admittedly)\s*,\s*/gi;
/** Where a clause ends or begins: a stop, a comma, a dash. */
const BOUNDS = /[.!?;,:]\s|\s[—–-]\s/g;
/** A rule or habit: the agent's "we", "our", or "always", "every season", "normally". */
const RULE_OR_HABIT =
  /\b(?:i|we|our|us|always|never|normally|usually|often|generally|typically|tends? to|every (?:time|day|week|month|year|season|winter|summer|spring|autumn|weekend))\b/i;

const SUGGESTION =
  "Leave out your own aside ('to be fair', 'mind', 'honestly'): restate the customer's facts, acknowledge the feeling and check.";

/**
 * The clause a trainee qualifies with an aside of their own: the agent's excuse, habit or
 * verdict ("Our helpdesk has always had a four-hour response time, mind.", "Honestly, output
 * always drops in summer.", "this agency's a shambles, honestly"). The aside is the speaker's
 * comment on the story, which a restatement does not make; the trainers cap it at partial. Not
 * when the clause acknowledges the feeling, or retells the customer's words without a rule or
 * habit of the agent's.
 */
export function asideExcuses(answer: NormalisedText, customer: NormalisedText): PhraseHit[] {
  const text = answer.original;
  if (hasHan(text)) return [];
  const told = toldUnitKeys(customer.text);
  const clauses: { said: string; at: number }[] = [];
  for (const m of text.matchAll(CLOSING)) {
    let start = 0;
    for (const b of text.slice(0, m.index).matchAll(BOUNDS)) start = b.index + b[0].length;
    clauses.push({ said: text.slice(start, m.index).trim(), at: start });
  }
  for (const m of text.matchAll(OPENING)) {
    const from = m.index + m[0].length;
    const end = /[.!?;]|\s[—–-]\s/.exec(text.slice(from));
    clauses.push({ said: text.slice(from, end ? from + end.index : undefined).trim(), at: from });
  }
  const out: PhraseHit[] = [];
  for (const { said, at } of clauses) {
    const keys = ownClauseKeys(said);
    if (!keys || (retells(keys, told) && !RULE_OR_HABIT.test(said))) continue;
    out.push(ownExcuseHit(text, said, at, SUGGESTION));
  }
  return out;
}
