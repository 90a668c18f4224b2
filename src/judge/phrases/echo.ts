import { sentenceSpans } from './reply-model.js';

/**
 * Impatience in fragments: the customer's request thrown back as bare echo questions ("Today?
 * Before lunch? …", "Sunday? You expect it by Sunday?"). A single echo that the agent then
 * answers ("Today? Yes, we can still deliver") checks what was asked; a chain of them, or one
 * followed by a question at what the customer expects, holds the request up as unreasonable.
 * The wish itself thrown back as a statement with a question mark, no auxiliary opening it, set
 * against a time close at hand ("You want the tank relined this week?", "You need it all by next
 * Friday? All of it?") and left there, or followed only by more fragments, does the same; one the
 * agent answers or acts on after it ("…? I'll ask the fitter now") checks the request.
 * English only: words are counted by spaces. An echo opens the reply or a line of a transcript.
 */

/** The list entry that words an echo chain's flag (its own pattern is a lone "Again?"). */
export const ECHO_ENTRY = 'g-echo-questions';

/** Words that open a real question or clause rather than an echo. */
const CLAUSE_OPENERS = new Set(
  [
    'can could would will shall should do does did is are was were may might have has had',
    'what which when where who whom whose how why',
    'i you we they he she it that this there',
    'or and anything any',
  ]
    .join(' ')
    .split(' '),
);
/** "You expect…?", "You want…?": the customer's expectation questioned. */
const EXPECTING = /^you (?:expect|expected|want|wanted|think|thought|imagine|reckon)\b/;
/** An answer after the echoes: the agent checked what was asked and now answers it. */
const ANSWER =
  /^(?:yes|yeah|yep|sure|of course|certainly|absolutely|definitely|no problem|either|both|that is fine|that works|happy to|great|good(?! luck)|ok|okay|alright|right|let me)\b/;

const WORDS = /[a-z0-9']+/g;

/** A bare question of at most `most` words that opens no clause ("Today?", "All six pairs?"). */
function isEcho(s: string, most = 3): boolean {
  if (!s.endsWith('?')) return false;
  const words = s.match(WORDS) ?? [];
  return words.length > 0 && words.length <= most && !CLAUSE_OPENERS.has(words[0] as string);
}

function opensLine(t: string, at: number): boolean {
  let i = at;
  while (i > 0 && /[ \t]/.test(t[i - 1] ?? '')) i--;
  return i === 0 || t[i - 1] === '\n';
}

/** An answer: an affirmation, or the agent saying what they can do, with no "no" in it. */
function answers(s: string): boolean {
  if (ANSWER.test(s)) return true;
  return /^(?:i|we)\b/.test(s) && !/\b(?:not|never|no|cannot)\b/.test(s);
}

/** The customer's wish as a declarative clause: "you want …", "you would like …", "so you need …". */
const WISH = /^(?:so |what,? )?you (?:want|need|expect|would like|are expecting|are after)\b/;

const TIME_NOUN =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|month|morning|afternoon|evening|night|hour|lunch|lunchtime|noon|midday)';

/**
 * A time close at hand as the wish's deadline: "by next Friday", "before the weekend", "for this
 * afternoon", "within the hour", "this week", "in two days". A day or clock time after "on" or "at"
 * books a slot ("a table on Saturday at 7pm?") and is no deadline.
 */
const NEAR_TIME = new RegExp(
  [
    `\\b(?:by|before|for|within)\\s+(?:(?:the|this|next|tomorrow|the end of(?: the| this)?)\\s+)?(?:${TIME_NOUN}|tomorrow|tonight|today)\\b`,
    `\\b(?:this|next)\\s+${TIME_NOUN}\\b`,
    '\\bin\\s+(?:a few|a couple of|one|two|three|four|five|\\d+|an?|half an)\\s+(?:hours?|days?|minutes?)\\b',
  ].join('|'),
);

/** A confirmation tag closing the echo: "…, is that right?". */
const CHECK_TAG = /,\s*(?:is that|right|correct|yes)\b[^?]*\?$/;

/** Most words in a fragment after a wish echo ("As in, a few hours from now?"). */
const FRAGMENT_WORDS = 7;

/**
 * The customer's wish opening the reply as a declarative question set against a time close at hand,
 * with only fragments after it.
 */
function wishEcho(
  t: string,
  spans: readonly (readonly [number, number])[],
): [number, number] | undefined {
  const [s, e] = spans[0] ?? [0, 0];
  const wish = t.slice(s, e);
  if (!wish.endsWith('?') || !WISH.test(wish) || !NEAR_TIME.test(wish) || CHECK_TAG.test(wish))
    return undefined;
  let end = e;
  for (const [lo, hi] of spans.slice(1)) {
    if (!isEcho(t.slice(lo, hi), FRAGMENT_WORDS)) return undefined;
    end = hi;
  }
  return [s, end];
}

/** The folded span [start, end) of an echo chain in folded English text `t`, if there is one. */
export function echoChain(t: string, runOn: ReadonlySet<number>): [number, number] | undefined {
  if (!t.includes('?')) return undefined;
  const spans = sentenceSpans(t, runOn);
  return chainOf(t, spans) ?? wishEcho(t, spans);
}

/** Bare echo questions in a chain, or one followed by a question at what the customer expects. */
function chainOf(
  t: string,
  spans: readonly (readonly [number, number])[],
): [number, number] | undefined {
  for (let k = 0; k + 1 < spans.length; k++) {
    const [s1, e1] = spans[k] as [number, number];
    // An echo answers what was just said: it opens the reply (or a line of a transcript); fragments
    // later on list options ("…an attraction? Theatre? Museums?").
    if (!opensLine(t, s1) || !isEcho(t.slice(s1, e1))) continue;
    const [s2, e2] = spans[k + 1] as [number, number];
    const second = t.slice(s2, e2);
    if (second.endsWith('?') && EXPECTING.test(second)) return [s1, e2];
    const third = spans[k + 2];
    if (!isEcho(second) || third === undefined) continue;
    const next = t.slice(third[0], third[1]);
    if (!next.endsWith('?') && !answers(next)) return [s1, e2];
  }
  return undefined;
}
