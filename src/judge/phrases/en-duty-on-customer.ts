import { irregularBase } from '../text/en-senses.js';
import { agentActed } from './acts.js';
import type { PhraseList } from './compile.js';
import { namesPerson } from './en-blame-cause.js';
import { NOT_ORDERED, OPENERS } from './en-structure.js';
import { sentenceSpans } from './reply-model.js';

/**
 * An order told as a requirement, by the roles in the clause: the customer or their thing as the
 * subject of an obligation ("must", "has to", "needs to", "is to", "have got to") on something to
 * be done or a place to be ("Your horse must be tied up outside stable four", "The form needs to
 * be signed…" when it is theirs, "You need to be at the depot for seven", "Your son has to bring
 * his own helmet"), with no please, condition, reason, gain or step of ours in it or after it. A
 * consequence after "or" / "otherwise" keeps it an order when it threatens ("…or we'll charge
 * you for a wasted visit"); a neutral one ("…, otherwise the bill is estimated") informs. What
 * the customer must be (18, over 1.2 m, smaller than…) or where they are to be ("You need to be at the
 * gate forty minutes before…") is a condition of the service, told; so is a requirement with its means
 * or a service after it ("…; here's the link", "…, and the crew will load it for you").
 * Folded text.
 */

/** Where a clause opens inside the sentence. */
const CLAUSE_OPEN = String.raw`(?:^|[,;:]\s*|\b(?:and|so|then)\s+)`;

/** The obligation. */
const MUST = String.raw`(?:must|(?:has|have)\s+(?:got\s+)?to|needs?\s+to|(?:is|are)\s+to)`;

/**
 * The customer's thing as the subject: "your horse", "your own car", "your two dogs". Groups: the
 * head noun, then what follows the obligation.
 */
const THEIR_THING = new RegExp(
  String.raw`${CLAUSE_OPEN}your\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+${MUST}\s+(?:be\s+)?([a-z]+)(?:\s+([a-z]+))?`,
);

/** Being at a place, off or out of it, or in place: "be off the drive", "be out by ten". */
const PLACE = /^(?:at|in|on|off|out|inside|outside|back|here|there|ready|clear|empty)$/;

/** A done-to form: -ed, -en, or an irregular past participle ("tied", "taken", "left", "kept"). */
function doneTo(word: string): boolean {
  if (/[a-z]{2}(?:ed|en)$/.test(word)) return true;
  const base = irregularBase(word);
  return base !== undefined && base !== word;
}

/** A consequence that threatens: our act against the customer, or their loss. */
const THREAT =
  /\b(?:we|i|they|the\s+[a-z]+)\s+(?:will|would|shall|may|might)\s+(?:(?:have\s+to|just|then)\s+)?(?:charge|cancel|leave|refuse|bin|keep|fine|bill|tow|remove|turn|go|close|release|stop|not)\b|\byou\s+(?:will|would|may|might)\s+(?:lose|forfeit|pay|not\s+(?:get|be)|be\s+(?:charged|billed|fined|refused|turned))\b|\b(?:goes|go|will\s+go)\s+(?:straight\s+)?(?:in|into)\s+the\s+bin\b|\bforfeit/;

/** The consequence after the requirement: "…, or …", "…, otherwise …", "…, or else …". */
const CONSEQUENCE = /(?:,\s*|\s)(?:or(?:\s+else)?|otherwise)\s+/;

/** Help given with the requirement: the means handed over or the work done for the customer. */
const SERVED = /\bhere\s+(?:is|are)\b|\bfor\s+you\b/;

/** The list entry that words the flag: an order to the customer. */
export const DUTY_ON_CUSTOMER_ENTRY_EN = 'you-should';

/** The first requirement laid on the customer as an order in folded `t`, as a range. */
export function dutyOnCustomerEn(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const sentence = t.slice(s, e).replace(OPENERS, '');
    if (sentence.includes('?') || !laidOnCustomer(sentence)) continue;
    const cut = CONSEQUENCE.exec(sentence);
    const duty = cut ? sentence.slice(0, cut.index) : sentence;
    if (NOT_ORDERED.test(duty) || /\b(?:because|since|as|so)\b/.test(duty)) continue;
    if (cut && !THREAT.test(sentence.slice(cut.index))) continue;
    // Our step after it (not the threat): "…; I can send it to you now", "…; here's the link", or a
    // service done for them ("…, and the crew will load it for you").
    if (agentActed(duty) || agentActed(t.slice(e)) || SERVED.test(`${duty} ${t.slice(e)}`))
      continue;
    return [s, e];
  }
  return undefined;
}

/** Does the sentence lay an obligation on the customer or their thing? */
function laidOnCustomer(sentence: string): boolean {
  const m = THEIR_THING.exec(sentence);
  if (!m) return false;
  const [whole, head = '', verb = '', next = ''] = m;
  // "Your son has to bring…": a person of theirs to act.
  if (!/\bbe\s+[a-z]+(?:\s+[a-z]+)?$/.test(whole)) return namesPerson(head) && !doneTo(verb);
  return doneTo(verb) || (PLACE.test(verb) && next !== '');
}
