import { hasHan } from '../text/chars.js';
import { contentKeys } from '../text/content.js';
import { normalise } from '../text/index.js';
import type { PhraseHit } from '../types.js';
import { clauseAround } from './clauses.js';

/**
 * Who speaks and who acts around a phrase hit in an English restatement. A restatement retells
 * the customer's account, other people's words and acts included; a hit is the story told back,
 * not the trainee's own refusal, order or blame, when:
 * - it stands in reported speech: after a verb of saying whose speaker is a third party or the
 *   customer ("now she's saying … and you need to start again", "the desk said nothing can be
 *   offered"), up to a contrast or a clause of the agent's own;
 * - the subject of its modal is a third party or a thing: in the past ("he couldn't come"), in
 *   the present about something the customer said did not work ("the straps can't be fastened"
 *   for "the straps don't reach"), or as what a thing should have been ("the brackets should
 *   have been stainless");
 * - the customer is the subject of a plan or obligation they told of themselves ("you've got to
 *   decide by tomorrow" for "I have to decide by tomorrow", "you should have been heading off
 *   this morning" for "we were supposed to leave this morning");
 * - its words are a noun phrase, not the phrase: "no way to charge" (no means), "since your call"
 *   (a phone call, not "your call" as a decision), "not what you signed up for" (the service fell
 *   short of the agreement, not the agreement held up as a shield).
 */
export function storyVoiceEn(h: PhraseHit, answer: string, customer: string): boolean {
  if (hasHan(answer)) return false;
  const text = answer.replace(/’/g, "'");
  const told = customer.replace(/’/g, "'");
  return (
    reportedBefore(text, h.span.start) ||
    otherSubject(h, text, told) ||
    customersOwn(h, text, told) ||
    nounPhrase(h, text)
  );
}

/** A sentence end: not a decimal point. */
const SENTENCE_END = /[.!?](?!\d)|\n/g;

const sentenceStart = (t: string, at: number): number =>
  clauseAround(t, { start: at, end: at }, SENTENCE_END).start;

/** Verbs of saying: what follows them is someone's words. */
const SAYING =
  /\b(?:said|says|saying|told|tells|telling|claimed|claims|claiming|insisted|insists|insisting|reckoned|reckons|explained|explains|mentioned|replied|answered|wrote|writes|texted|emailed|messaged|announced|informed|warned|assured|admitted|maintained|maintains|made out)\b|\baccording to\b/g;
/** Words between a speaker and the verb of saying ("she's now saying", "the clerk just told"). */
const BETWEEN =
  /^(?:is|was|were|are|am|has|have|had|been|be|kept|keeps|just|then|also|even|now|only|simply|still|later|apparently|already|again|first|both|all)$/;
/**
 * Speakers whose words are the agent's own, or nobody's; after a determiner the verb is an
 * adjective ("the emailed address").
 */
const NOT_A_SPEAKER =
  /^(?:i|we|nobody|no|none|nothing|never|not|as|like|the|a|an|this|that|your|our|my|their|his|her|its)$/;
/** A contrast or a pause that ends what was reported. */
const CONTRAST = /\b(?:but|though|although|however|yet|still|anyway|so)\b|[;:]/;
/** A break between clauses inside the report. */
const BREAK = /,|—|–|\band\b|\bthen\b/g;
/**
 * Words that open a clause with a third party or a thing as its subject: the report goes on. A
 * clause about the customer after a break may be the agent's own ("…, and you must have missed
 * the card").
 */
const OWN_SUBJECT =
  /^(?:that\s+)?(?:he|she|they|their|his|her|the|a|an|nobody|no one|someone|somebody|[A-Z][a-z]+)\b/;

/**
 * The hit follows a verb of saying with a speaker who is not the agent, in its sentence, with no
 * contrast between them; a clause after a break continues the report when its subject is another
 * party's ("…saying your breathing's off and you need to start again").
 */
function reportedBefore(t: string, at: number): boolean {
  const from = sentenceStart(t, at);
  const before = t.slice(from, at);
  let last = -1;
  SAYING.lastIndex = 0;
  for (let m = SAYING.exec(before); m !== null; m = SAYING.exec(before)) {
    const end = m.index + m[0].length;
    // "As you said, …" and "…, I was told, …" are asides: the agent's own words go on after them.
    if (/^\s*,/.test(before.slice(end)) && m[0] !== 'according to') continue;
    if (m[0] === 'according to' || speakerOk(before.slice(0, m.index))) last = end;
  }
  if (last < 0) return false;
  const between = before.slice(last);
  if (CONTRAST.test(between)) return false;
  let cut = -1;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(between); m !== null; m = BREAK.exec(between))
    cut = m.index + m[0].length;
  if (cut < 0) return true;
  const goesOn = `${between.slice(cut)}${t.slice(at, at + 30)}`.trim();
  return OWN_SUBJECT.test(goesOn) && !FIRST_PERSON.test(goesOn.toLowerCase());
}

/** The speaker before a verb of saying: a third party, or the customer saying or being told. */
function speakerOk(before: string): boolean {
  const words = before
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as string;
    if (BETWEEN.test(w)) continue;
    if (/^(?:as|like)$/.test(words[k - 1] ?? '')) return false;
    return !NOT_A_SPEAKER.test(w.replace(/'(?:s|d|ve|re|ll|m)$/, ''));
  }
  return false;
}

/** Modals and negated auxiliaries whose subject decides who acts. */
const MODAL =
  /\b(?:can't|cannot|can not|couldn't|could not|won't|will not|wouldn't|would not|shouldn't|should not|should|must|mustn't|ought to|has to|have to|had to|need to|needs to|needed to|got to|wasn't able|weren't able|isn't able|aren't able|didn't|did not|doesn't|does not|don't|do not)\b/g;
const PAST_MODAL =
  /^(?:couldn't|could not|wouldn't|would not|wasn't able|weren't able|didn't|did not)$/;
/** Where an English clause starts: punctuation or a word that opens another clause. */
const CLAUSE_OPEN =
  /[.!?;,:—–]|\b(?:and|but|so|then|because|while|although|though|yet|when|since|which|who|that|if|as|now|where|whereas)\b/g;
const FIRST_PERSON = /\b(?:i|we|us|me|my|our|i'm|we're|i've|we've|i'd|we'd|i'll|we'll)\b/;
/** Words that stand before a subject without being it. */
const ADVERBS = /\b(?:just|also|still|even|really|already|now|then|only|simply|apparently)\b/g;
/** A negated account in the customer's words: what did not work. */
const NEGATED =
  /\b(?:not|never|no|none|nothing|nobody|can't|cannot|couldn't|won't|wouldn't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't)\b|n't\b/;
/** A past participle after "been": a passive, whose doer is left unsaid. */
const PARTICIPLE =
  /^(?:[a-z]+ed|[a-z]+en|done|made|sent|paid|told|put|set|kept|left|built|bought|brought|caught|cut|dealt|fed|felt|found|fought|got|had|heard|held|hit|hung|hurt|laid|led|lent|let|lit|lost|meant|met|read|run|said|sold|shut|spent|split|spread|stood|struck|stuck|taught|thought|understood|won|wound)$/;

interface ModalAt {
  modal: string;
  start: number;
  end: number;
  /** The clause's subject, lower case, adverbs dropped. */
  subject: string;
}

/** The first modal in the hit, or the last before it in its clause, with its clause's subject. */
function modalOf(t: string, h: PhraseHit): ModalAt | undefined {
  const from = sentenceStart(t, h.span.start);
  const lower = t.toLowerCase();
  const found: RegExpExecArray[] = [];
  MODAL.lastIndex = from;
  for (let m = MODAL.exec(lower); m !== null && m.index < h.span.end; m = MODAL.exec(lower))
    found.push(m);
  const m = found.find((x) => x.index >= h.span.start) ?? found.at(-1);
  if (!m) return undefined;
  // A modal in an earlier clause ("…wouldn't redo them, but that's down to you") is not the hit's.
  CLAUSE_OPEN.lastIndex = 0;
  if (m.index < h.span.start && CLAUSE_OPEN.test(lower.slice(m.index + m[0].length, h.span.start)))
    return undefined;
  let start = from;
  CLAUSE_OPEN.lastIndex = from;
  for (let c = CLAUSE_OPEN.exec(t); c !== null && c.index < m.index; c = CLAUSE_OPEN.exec(t))
    start = c.index + c[0].length;
  const subject = lower.slice(start, m.index).replace(ADVERBS, ' ').replace(/\s+/g, ' ').trim();
  return { modal: m[0], start: m.index, end: m.index + m[0].length, subject };
}

/**
 * The modal's subject is a third party or a thing: not the agent, not the customer, not left out
 * (an order). A refusal said of them in the past is the story; in the present, it retells what
 * the customer said did not work; blame or an order said of a thing is what it should have been.
 */
function otherSubject(h: PhraseHit, t: string, told: string): boolean {
  const at = modalOf(t, h);
  if (!at || at.subject === '' || FIRST_PERSON.test(at.subject)) return false;
  if (/\b(?:you|you're|you've|you'd|nobody|no one|nothing)\b/.test(at.subject)) return false;
  const after = t.slice(at.end, at.end + 40).toLowerCase();
  const keys = contentKeys(normalise(at.subject).text);
  if (h.category === 'blame' || h.category === 'command') {
    // "the form should have been signed": a passive hides who should have acted — the customer.
    const been = /^\s+have been\s+([a-z-]+)/.exec(after);
    if (been && PARTICIPLE.test(been[1] as string)) return false;
    const theirs = contentKeys(normalise(told).text);
    return keys.some((k) => theirs.includes(k));
  }
  if (h.category !== 'refusal' && h.category !== 'confrontation') return false;
  if (PAST_MODAL.test(at.modal)) return true;
  return told
    .toLowerCase()
    .split(/[.!?;](?!\d)/)
    .some((s) => NEGATED.test(s) && keys.some((k) => contentKeys(normalise(s).text).includes(k)));
}

/** A plan or an obligation: the customer's own, told with one of these after "I" or "we". */
const PLAN =
  /\b(?:have to|has to|had to|'ve got to|have got to|got to|need to|needs to|needed to|must|supposed to|meant to|due to|going to|should have been)\b/g;
/** What a plan "should have been": doing, somewhere, or able to. */
const PLANNED_STATE =
  /^\s+(?:[a-z]+ing\b|home|there|here|back|away|out|abroad|able to|at|in|on|with|by)\b/;

/**
 * The customer as the subject of a plan or obligation, where their own words told one with "I"
 * or "we" and the two clauses share a content word ("you've got to give an answer by tomorrow" for
 * "I have to decide by tomorrow").
 */
function customersOwn(h: PhraseHit, t: string, told: string): boolean {
  if (h.category !== 'blame' && h.category !== 'command') return false;
  const lower = t.toLowerCase();
  for (const m of lower.matchAll(PLAN)) {
    if (m.index < h.span.start - 30) continue;
    if (m.index >= h.span.end) break;
    const before = lower.slice(Math.max(0, m.index - 12), m.index);
    if (!/\byou(?:'ve|'d|'re)?\s*(?:\w+\s+)?(?:(?:were|are|was)\s+)?$/.test(before)) continue;
    const rest = lower.slice(m.index + m[0].length);
    if (m[0] === 'should have been' && !PLANNED_STATE.test(rest)) continue;
    if (sharesPlan(clauseWords(rest), told)) return true;
  }
  return false;
}

/** Where what a plan is about ends: another clause. */
const PLAN_END = /[.!?;,:—–](?!\d)|\b(?:and|but|so|because|while|though|although|yet|when|since)\b/;
const clauseWords = (rest: string): string[] =>
  contentKeys(normalise(rest.split(PLAN_END)[0] ?? '').text);

function sharesPlan(keys: readonly string[], told: string): boolean {
  const lower = told.toLowerCase();
  for (const m of lower.matchAll(PLAN)) {
    const before = lower.slice(Math.max(0, m.index - 12), m.index);
    if (!/\b(?:i|we)(?:'ve|'d|'m)?\s*(?:\w+\s+)?(?:(?:was|were|am|are)\s+)?$/.test(before))
      continue;
    const theirs = clauseWords(lower.slice(m.index + m[0].length));
    if (keys.some((k) => theirs.includes(k))) return true;
  }
  return false;
}

/** A preposition before a noun phrase: "sorry for your loss", "since your call". */
const PREPOSITION =
  /\b(?:for|since|after|before|during|about|of|on|with|from|to|at|in|by|until|till|over)\s*$/;

function nounPhrase(h: PhraseHit, t: string): boolean {
  const said = t.slice(h.span.start, h.span.end).toLowerCase();
  const before = t.slice(Math.max(0, h.span.start - 24), h.span.start).toLowerCase();
  const after = t.slice(h.span.end, h.span.end + 4).toLowerCase();
  // "no way to charge", "had no way of knowing": the means lacking, not "No way!".
  if (/^no way$/.test(said)) return /^\s+(?:to|of)\b/.test(after) && !FIRST_PERSON.test(before);
  // "since your call", "sorry for your loss": the object of a preposition, not "it's your call".
  if (h.category === 'dismissal' && /^your [a-z]+$/.test(said)) return PREPOSITION.test(before);
  // "not what you signed up for": the service fell short of what was agreed.
  if (h.category === 'policy-shield' && /^what\b/.test(said))
    return /\b(?:not|n't)\s*$/.test(before);
  return false;
}
