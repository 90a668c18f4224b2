import { hasHan } from '../text/chars.js';
import { sameSense } from '../text/en-senses.js';
import type { PhraseHit, Span } from '../types.js';

/**
 * English phrase hits in a restatement where the customer is on the receiving end of the story,
 * not blamed, put off or refused by the agent:
 * - hindsight words ("you should have", "you never") before a verb of having ("had", "got",
 *   "received", "heard") or a passive of telling, giving, sending or calling ("been told",
 *   "been sent"): what the customer was due and did not get ("you should have had a text with
 *   the PIN", "you never had a reminder from us"), where blame takes a verb the customer does
 *   ("you should have checked");
 * - the business's news told back ("we've now told you it's gone astray"): a telling followed by
 *   what was told, a clause with its own subject, where the agent repeating itself is bare or
 *   says how often ("I've told you twice", "as I told you");
 * - a loss said to be past repair in the passive ("that moment can't be recreated", "those things
 *   can't be replaced") in the sentence that acknowledges the feeling: nobody refuses anything.
 */
export function onReceivingEnd(h: PhraseHit, answer: string, feeling: Span | undefined): boolean {
  if (hasHan(answer)) return false;
  const said = answer.slice(h.span.start, h.span.end).toLowerCase();
  const after = answer.slice(h.span.end, h.span.end + 40).toLowerCase();
  if (h.category === 'blame' && HINDSIGHT.test(said)) return dueToThem(after);
  if (h.category === 'impatience') return newsToldBack(said, after, answer, h.span.start);
  if (h.category === 'refusal' && feeling) return lossAcknowledged(said, answer, h.span, feeling);
  return false;
}

/** Hindsight words a blame hit may end on. */
const HINDSIGHT = /\b(?:should|ought to)(?:n['’]t| not)? have$|\bnever$/;
/** Adverbs between the hindsight words and their verb ("you should at least have had"). */
const ADVERBS = /^(?:\s+(?:at least|already|really|surely|even|actually|definitely))*/;
/** Verbs of having: the customer as who gets. */
const HAVING = new Set(['had', 'got', 'gotten', 'received', 'heard']);
/** The classes of the business's doing to the customer (en-event-senses.ts). */
const DONE_TO_THEM = ['tell', 'give', 'call', 'send'];

function dueToThem(after: string): boolean {
  const rest = after.slice(ADVERBS.exec(after)?.[0].length ?? 0);
  const words = /^\s+([a-z]+)(?:\s+([a-z]+))?/.exec(rest);
  const verb = words?.[1];
  if (!verb) return false;
  if (HAVING.has(verb)) return true;
  const done = words[2];
  return verb === 'been' && !!done && DONE_TO_THEM.some((v) => sameSense(done, v));
}

/** A telling of the business's ("we've told you", "we've now told you"), no "as" or "like" first. */
const OUR_TELLING = /^(?:we|they)(?:['’]ve| have)?(?:\s+(?:now|just|since|then))?\s+told you$/;
/** What was told: a clause with its own subject ("it's Monday", "that the paper was lost"). */
const TOLD_CLAUSE = /^\s+(?:that\s+)?(?:it|it['’]s|they|they['’]re|there|she|he|the|your)\b/;
/** How often or how long ago the agent said it: repeating itself. */
const AGAIN = /\b(?:already|again|before|twice|times|once)\b/;

function newsToldBack(said: string, after: string, answer: string, at: number): boolean {
  if (!OUR_TELLING.test(said) || AGAIN.test(said) || AGAIN.test(after.slice(0, 12))) return false;
  if (/\b(?:as|like)\s*$/i.test(answer.slice(Math.max(0, at - 6), at))) return false;
  return TOLD_CLAUSE.test(after);
}

/**
 * A passive saying the past cannot be had again ("can't be replaced", "cannot be recreated", "can
 * never be undone"): verbs of restoring, not a service the business could refuse (refunded, fixed).
 */
const PAST_REPAIR =
  /(?:^|\s)(?:can['’]t|cannot|can not|can never|could never) be (?:replaced|recreated|repeated|redone|undone|relived|restored|reversed|recovered)$/;
/** A sentence end (not a decimal point). */
const SENTENCE_END = /[.!?](?!\d)/;

function lossAcknowledged(said: string, answer: string, hit: Span, feeling: Span): boolean {
  const m = PAST_REPAIR.exec(said);
  if (!m) return false;
  // The agent's side as its subject ("we can't be held …") is the agent speaking.
  const subject = answer.slice(Math.max(0, hit.start - 4), hit.start) + said.slice(0, m.index);
  if (/\b(?:i|we)\s*$/i.test(subject)) return false;
  const from = Math.min(hit.start, feeling.start);
  const to = Math.max(hit.end, feeling.end);
  return !SENTENCE_END.test(answer.slice(from, to));
}
