import { irregularBase } from '../text/en-senses.js';

/**
 * The customer's act in an English clause, as blame reads it: a verb of doing (a past, an -ing form,
 * an irregular past), not a request, a choice or a report of theirs. Folded text.
 */

/** An act of the customer's: a past or an -ing form, or an irregular past. */
export const ACT =
  /^(?:[a-z]+(?:ed|ing)|put|left|broke|forgot|lost|took|gave|sent|ran|set|got|made|threw|hit|cut|let|knew|wrote|read|did|bought|chose)$/;

/** What the customer asked or chose, or who they are: the reason for a service, no fault. */
export const NO_FAULT =
  /^(?:asked|asking|requested|requesting|wanted|ordered|ordering|booked|booking|paid|paying|chose|selected|preferred|mentioned|joined|subscribed|registered|signed|upgraded|qualified|waited|waiting|called|calling|rang|emailed|reported|told|let|been)$/;

/** Bases whose irregular forms state or report, not act ("is", "had", "did", "said"). */
const NOT_ACTS = /^(?:be|have|do|say|tell|think|know|can|will|shall|may|must)$/;

/** An act: as ACT, or any irregular past WordNet lists ("laid", "wound", "dug"). */
export function actOf(verb: string): boolean {
  if (ACT.test(verb)) return true;
  const base = irregularBase(verb);
  return base !== undefined && base !== verb && !NOT_ACTS.test(base);
}

/** After a clause of its own, the customer as the doer of a past act on the thing: "…was fine, you dropped it". */
const YOU_DID_IT =
  /(?:[,;]|\bbut)\s+you\s+(?:must\s+have\s+|have\s+|had\s+)?([a-z]+)\s+(?:it|them)\b/;

/** Does the sentence tell the customer did it (an act, not an order or a request of theirs)? */
export function customerDidItEn(sentence: string): boolean {
  const verb = YOU_DID_IT.exec(sentence)?.[1];
  return verb !== undefined && actOf(verb) && !NO_FAULT.test(verb);
}
