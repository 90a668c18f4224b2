import { sentenceSpans } from './reply-model.js';

/**
 * Impatience in fragments: the customer's request thrown back as bare echo questions ("Today?
 * Before lunch? …", "Sunday? You expect it by Sunday?"). A single echo that the agent then
 * answers ("Today? Yes, we can still deliver") checks what was asked; a chain of them, or one
 * followed by a question at what the customer expects, holds the request up as unreasonable.
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

function isEcho(s: string): boolean {
  if (!s.endsWith('?')) return false;
  const words = s.match(WORDS) ?? [];
  return words.length > 0 && words.length <= 3 && !CLAUSE_OPENERS.has(words[0] as string);
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

/** The folded span [start, end) of an echo chain in folded English text `t`, if there is one. */
export function echoChain(t: string, runOn: ReadonlySet<number>): [number, number] | undefined {
  if (!t.includes('?')) return undefined;
  const spans = sentenceSpans(t, runOn);
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
