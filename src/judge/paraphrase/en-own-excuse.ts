import { hasHan } from '../text/chars.js';
import { stem, unitsOf } from '../text/content.js';
import { type NormalisedText, normalise } from '../text/index.js';
import type { PhraseHit } from '../types.js';
import { EN_FEELINGS } from './cues.js';
import { toldUnitKeys } from './told-keys.js';

/**
 * Where the agent sets something of their own against the story before the feeling or the
 * check: "…, but I understand", "…, but is that right?", "…, though.", "…, I'm afraid", "… — is
 * that right?". "Even though" sets the customer's side against what was done to them ("they
 * blamed you, even though you'd followed the manual"): the story, not the agent's excuse.
 */
const CONCEDES =
  /\bbut\b(?=\s+(?:i\b|is that|did i|have i|am i|let me))|(?<!\beven\s+)\bthough\b|\bi(?:['’]m| am) afraid\b|\s[—–-]\s+(?=is that|did i|have i|am i)/gi;
/** Where the clause it closes begins: a sentence, a dash or a colon. */
const OPENS = /[.!?;:]\s|\s[—–-]\s/g;
/** The agent speaking (I, we, our) or a rule or habit ("always", "policy", "just how … works"). */
const OWN_VOICE =
  /\b(?:i|we|our|us|my)\b|\b(?:always|never|normally|usually|policy|policies|responsible|control)\b|\bjust how\b/i;
/**
 * The agent turning to acknowledge the feeling right after the junction ("…, but I can see why
 * you're upset", "…, though I understand"): whatever the clause before concedes is set against the
 * feeling, so it is the agent's own excuse or blame even without their voice or a rule in it.
 */
const ACKNOWLEDGES_AFTER =
  /^\s*,?\s*i\s+(?:(?:do|really|totally|completely|fully|can|absolutely|still)\s+)*(?:understand|see|get|know|appreciate|hear)\b/i;
/** Someone's words retold ("the shop said it wasn't their problem"): the story, not a concession. */
const REPORTED = /\b(?:said|says|told|tells|claimed|claims|insisted|according to)\b/i;
/** Words of the feeling acknowledged ("I know it's frustrating, but…"): no excuse. */
const FEELING_STEMS = new Set(
  [...EN_FEELINGS, 'sorry', 'apologise', 'apologize'].filter((w) => !w.includes(' ')).map(stem),
);
/** A share of the clause's content words the customer said at or above which it retells them. */
const RETOLD_SHARE = 0.5;
/** Content words a clause needs to say something of its own. */
const OWN_WORDS = 2;

/**
 * The content word keys of a clause the agent may have said of their own: undefined when it has
 * too few to say anything, or acknowledges the feeling ("I know it's frustrating") — no excuse.
 */
export function ownClauseKeys(said: string): string[] | undefined {
  const words = unitsOf(normalise(said).text).filter((u) => !u.filler && !u.negator);
  if (words.length < OWN_WORDS || words.some((u) => FEELING_STEMS.has(u.key))) return undefined;
  return words.map((u) => u.key);
}

/** Whether a clause's word keys mostly retell what the customer said (`told`: their keys). */
export function retells(keys: readonly string[], told: ReadonlySet<string>): boolean {
  return keys.length > 0 && keys.filter((k) => told.has(k)).length >= RETOLD_SHARE * keys.length;
}

const SUGGESTION =
  "Leave out your own explanation, rule or excuse: restate the customer's facts, acknowledge the feeling and check.";

/**
 * The agent's own excuse, rule or habit inside a restatement ("Refunds are company policy at
 * up to 21 days, but I understand…", "we're not responsible for the post, but is that right?",
 * "rust always turns up on these old cars, but I get why…"): a clause conceded before the
 * feeling or the check, said in the agent's voice or as a rule, or turned from to acknowledge
 * the feeling ("these mix-ups happen every season, but I can see why…"), that retells little of
 * the customer's words and acknowledges no feeling. The trainers cap such a restatement at partial,
 * as they do a forbidden phrase.
 */
export function ownExcuses(answer: NormalisedText, customer: NormalisedText): PhraseHit[] {
  const text = answer.original;
  if (hasHan(text)) return [];
  const told = toldUnitKeys(customer.text);
  const out: PhraseHit[] = [];
  for (const m of text.matchAll(CONCEDES)) {
    // "…, to be fair - but is that right?": the dash before the junction closes no clause.
    const before = text.slice(0, m.index).replace(/[\s,—–-]+$/, '');
    let start = 0;
    for (const o of before.matchAll(OPENS)) start = o.index + o[0].length;
    const said = before.slice(start).trim();
    const turnsToFeeling =
      ACKNOWLEDGES_AFTER.test(text.slice(m.index + m[0].length)) && !REPORTED.test(said);
    if (!OWN_VOICE.test(said) && !turnsToFeeling) continue;
    const keys = ownClauseKeys(said);
    if (!keys || retells(keys, told)) continue;
    out.push(ownExcuseHit(text, said, start, SUGGESTION));
  }
  return out;
}

/** An own excuse as a hit: the clause `said`, found in `text` from `from`, and what to do instead. */
export function ownExcuseHit(
  text: string,
  said: string,
  from: number,
  suggestion: string,
): PhraseHit {
  const at = text.indexOf(said, from);
  return {
    phrase: said,
    category: 'own-excuse',
    span: { start: at, end: at + said.length },
    suggestion,
  };
}
