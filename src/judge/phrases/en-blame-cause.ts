import { PERSON_NOUNS } from '../text/en-person-nouns.js';
import { irregularBase } from '../text/en-senses.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Blame by structure: a fault explained by what the customer's side did — "the terminal keeps
 * declining because you've been tapping the card too early", "the gauge was wrong because someone
 * on your end knocked the float", "it flickers because whoever wired it at your end put it on a
 * dimmer". The cause follows the fault in the same sentence; its actor is the customer, or someone
 * on their side, and its verb an act (not "because you are a member", "because you asked for it");
 * a cause denied ("not because you did anything wrong") blames no one.
 * Folded text: lower case, contractions expanded.
 */
const BECAUSE = String.raw`\S\s*\b(?<!\bnot\s+(?:just\s+|only\s+)?)(?:because|cause|cos|coz)\s+`;
/** The auxiliaries between the actor and the act ("have been", "kept", "did not", "must have"). */
const AUX = String.raw`(?:have|had|has)\s+(?:been\s+)?|were\s+|was\s+|kept\s+|did\s+not\s+|never\s+|just\s+|must\s+have\s+`;

const CAUSED_BY_CUSTOMER = new RegExp(
  String.raw`${BECAUSE}(?:you|(?:someone|somebody|whoever|anyone|anybody)\b[^,.;!?]{0,30}?\b(?:on|at|from|in)\s+your\s+(?:end|side|place|site|house|home|office|shop|premises))\s+(?:${AUX})?([a-z]+)`,
);

/** An act of the customer's: a past or an -ing form, or an irregular past. */
const ACT =
  /^(?:[a-z]+(?:ed|ing)|put|left|broke|forgot|lost|took|gave|sent|ran|set|got|made|threw|hit|cut|let|knew|wrote|read|did|bought|chose)$/;

/** What the customer asked or chose, or who they are: the reason for a service, no fault. */
const NO_FAULT =
  /^(?:asked|asking|requested|requesting|wanted|ordered|ordering|booked|booking|paid|paying|chose|selected|preferred|mentioned|joined|subscribed|registered|signed|upgraded|qualified|waited|waiting|called|calling|rang|emailed|reported|told|let|been)$/;

/**
 * The same cause with someone of the customer's as its actor: "because your electrician wired it
 * to the wrong breaker", "because your caterers stacked the tiers", "because your son kept typing
 * the wrong PIN". Up to two words before the head noun ("your own gas engineer"); the head must
 * name a person (WordNet's noun.person), so "because your card expired" is not read. Groups: the
 * head and the verb, with the auxiliary apart to tell a passive ("was told") from an act.
 */
const CAUSED_BY_THEIRS = new RegExp(
  String.raw`${BECAUSE}your\s+(?:[a-z]+\s+){0,2}?([a-z]+)\s+(${AUX})?([a-z]+)\b`,
  'g',
);

/** A person noun, its plural read as the singular ("caterers", "kids", "families"). */
function namesPerson(word: string): boolean {
  if (PERSON_NOUNS.has(word)) return true;
  if (!word.endsWith('s')) return false;
  const stem = word.slice(0, -1);
  return (
    PERSON_NOUNS.has(stem) ||
    (word.endsWith('es') && PERSON_NOUNS.has(word.slice(0, -2))) ||
    (word.endsWith('ies') && PERSON_NOUNS.has(`${word.slice(0, -3)}y`))
  );
}

/** Bases whose irregular forms state or report, not act ("is", "had", "did", "said"). */
const NOT_ACTS = /^(?:be|have|do|say|tell|think|know|can|will|shall|may|must)$/;

/** An act: as ACT, or any irregular past WordNet lists ("laid", "wound", "dug"). */
function actOf(verb: string): boolean {
  if (ACT.test(verb)) return true;
  const base = irregularBase(verb);
  return base !== undefined && base !== verb && !NOT_ACTS.test(base);
}

/** Does the sentence put a fault down to an act of someone of the customer's? */
function causedByTheirs(sentence: string): boolean {
  for (const m of sentence.matchAll(CAUSED_BY_THEIRS)) {
    const [, head = '', aux = '', verb = ''] = m;
    const passive = /^(?:were|was|been)\b|been\s+$/.test(aux) && !verb.endsWith('ing');
    if (namesPerson(head) && actOf(verb) && !NO_FAULT.test(verb) && !passive) return true;
  }
  return false;
}

/** The list entry that words the flag. */
export const BLAME_CAUSE_ENTRY_EN = 'g-blame-yourself';

/** The first sentence of folded text `t` putting a fault down to the customer's act, as a range. */
export function blamedCauseEn(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const verb = CAUSED_BY_CUSTOMER.exec(t.slice(s, e))?.[1];
    if (verb && ACT.test(verb) && !NO_FAULT.test(verb)) return [s, e];
    if (causedByTheirs(t.slice(s, e))) return [s, e];
  }
  return undefined;
}
