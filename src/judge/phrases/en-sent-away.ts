import type { PhraseList } from './compile.js';
import { namesPerson } from './en-blame-cause.js';
import { handedOver, UNIT } from './en-third-party.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Passing the buck by who is to act: the matter said not to be ours or to be another's, and the
 * customer told, in a clause of its own, to take it to that party themselves ("The charters aren't
 * run from this office, try the operations lot", "Have a word with the site manager, it's his
 * area") — a person or a unit among the party's last three words, not a place or a product ("try
 * the Golden Curry" offers another choice) — with nothing of ours after it: no act, no offer to
 * hand it over, no number or address. Asked, put as a condition or softened by "please" it is no
 * send-off; nor a pointer to where a thing is had ("Try the reception desk for spare towels",
 * "ask the staff and they'll show you"). Folded text.
 */
const SENT =
  /(?:^|[,;:]\s*|\b(?:so|just|and|then)\s+)(?:(?:you\s+(?:will\s+)?(?:want|need|have)\s+to|you\s+(?:had|would)\s+(?:best|better)|your\s+best\s+bet\s+is\s+to|best\s+to)\s+)?(?:try|ask|call|ring|phone|e-?mail|contact|see|speak\s+to|talk\s+to|have\s+a\s+word\s+with|get\s+in\s+touch\s+with|get\s+on\s+to|go\s+to|take\s+it\s+up\s+with|check\s+with|chase|write\s+to)\s+(?:the|your)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b/;

/** Groups of people a matter can go to, beyond the units of en-third-party ("the operations lot"). */
const GROUP = /^(?:lot|people|folks|crew|staff|guys|desk|counter|helpline|switchboard)$/;

/**
 * The matter disowned or put with the other party: "aren't run from this office", "not our area",
 * "it's his area", "a head-office thing", "their department".
 */
const DISOWNED =
  /\bnot\s+(?:run|handled|dealt\s+with|done|sorted|managed|booked|arranged|organi[sz]ed)\s+(?:from|by|at|in|through)\s+(?:this|our|my|here|us|me)\b|\bnot\s+(?:my|our)\s+(?:area|department|job|remit|side|thing|call|patch|team|desk|responsibility)\b|\b(?:his|her|their|[a-z]+'s)\s+(?:area|department|job|remit|patch|thing|side|territory|responsibility)\b|\b(?:is|are)\s+(?:a|an)\s+[a-z-]+\s+thing\b/;

/** After the party, what makes it a pointer: the thing to be had there, or the party serving them. */
const POINTER = /\bfor\b|\bthey\s+(?:will|can|would)\b/;

/** The list entry that words the flag. */
export const SENT_AWAY_ENTRY_EN = 'not-my-job';

/** The first sentence of folded `t` sending the customer to another party alone, as a range. */
export function sentAwayEn(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const spans = sentenceSpans(t, runOn);
  for (const [k, [s, e]] of spans.entries()) {
    const sentence = t.slice(s, e);
    const m = SENT.exec(sentence);
    if (!m || sentence.includes('?')) continue;
    const party = (m[1] ?? '').split(/\s+/);
    if (!party.some((w) => namesPerson(w) || UNIT.test(w) || GROUP.test(w))) continue;
    if (
      /\b(?:if|unless|whether|when|please|kindly)\b/.test(sentence.slice(0, m.index + m[0].length))
    )
      continue;
    // The matter said not to be ours, or to be the other party's, in this sentence or the one before.
    if (!DISOWNED.test(t.slice(k > 0 ? (spans[k - 1] as [number, number])[0] : s, e))) continue;
    // The errand's object ("…for spare towels") or the party serving them ("…and they'll show you"):
    // the customer pointed to where a thing is had, not their matter passed on.
    if (POINTER.test(sentence.slice(m.index))) continue;
    if (!handedOver(t.slice(s))) return [s, e];
  }
  return undefined;
}
