import type { Criterion } from '../../drills/schema.js';
import {
  findAny,
  findPaired,
  matchCriterion,
  type NormalisedText,
  originalSpan,
  type PatternMatch,
  readCantonese,
} from '../text/index.js';
import { patternList, possiblePatterns } from '../text/pattern-list.js';
import type { CriterionResult, Span } from '../types.js';
import { AFINN_NEGATIVE } from './afinn-negative.js';
import {
  CHECK_PATTERNS,
  EMPATHY_FRAMES,
  EN_FEELINGS,
  FEELING_PAIRS,
  FEELING_STOCK,
  ZH_DEGREE_FEELINGS,
  ZH_FEELINGS,
} from './cues.js';
import { EN_ACKNOWLEDGED } from './en-acknowledged.js';
import { effectParticiple } from './en-effect-participle.js';
import { FEELING_VERBS } from './feeling-verbs.js';
import { ZH_ACKNOWLEDGED } from './zh-acknowledged.js';
import { chineseCheck } from './zh-check.js';
import { FEELING_NAMED_FIRST } from './zh-feeling-first.js';
import { withoutStoryFeelings } from './zh-story-feelings.js';

/** What the closing check may be followed by: a short thanks or sign-off (words + CJK characters). */
const MAX_AFTER_CHECK = 12;

/** Words an empathy frame may have before its feeling word ("what a really rotten …"). */
const INTENSIFIERS = new Set([
  'really',
  'so',
  'very',
  'quite',
  'truly',
  'totally',
  'absolutely',
  'utterly',
  'incredibly',
  'pretty',
  'a',
  'an',
  'bit',
  'little',
  'like',
  'being',
  'feel',
  'feeling',
  'just',
  'such',
  'genuinely',
  'deeply',
  'rather',
  'extremely',
  'as',
  // "a real shock", "a real let-down": an adjective of degree before the feeling noun.
  'real',
]);
const MAX_INTENSIFIERS = 3;
const FRAME_WORDS = EMPATHY_FRAMES.map((f) => f.split(' '));
/** The frames a word may open, in list order: those opening with it or with '*' (any word). */
const ANY_WORD_FRAMES = FRAME_WORDS.filter((f) => f[0] === '*');
const FRAMES_BY_FIRST = new Map<string, string[][]>();
for (const frame of FRAME_WORDS)
  if (frame[0] !== '*' && !FRAMES_BY_FIRST.has(frame[0] as string))
    FRAMES_BY_FIRST.set(
      frame[0] as string,
      FRAME_WORDS.filter((f) => f[0] === frame[0] || f[0] === '*'),
    );
const EN_FEELING_SET = new Set(EN_FEELINGS);
/** The stock lists, each tried only where an answer can hold its patterns. */
const STOCK = patternList(FEELING_STOCK);
const PAIRS = FEELING_PAIRS.map((p) => ({
  frames: patternList(p.frames),
  words: patternList(p.words),
}));
const CHECKS = patternList(CHECK_PATTERNS);

/** A participle of a verb of feeling (WordNet): "unsettling", "disheartened", "unnerving". */
function feltThrough(word: string): boolean {
  const m = /^([a-z]{3,}?)(?:ing|ed|d)$/.exec(word);
  if (!m) return false;
  const base = m[1] as string;
  // A verb in -c takes a k before its ending: panicking, panicked.
  return [base, `${base}e`, base.replace(/([^aeiou])\1$/, '$1'), base.replace(/ck$/, 'c')].some(
    (b) => FEELING_VERBS.has(b),
  );
}

/**
 * A compound participle of a feeling ("nerve-wracking", "gut-wrenching", "heart-sinking"): one
 * of its parts is a verb of feeling or a negative word.
 */
function felt(word: string): boolean {
  if (!/-[a-z]+(?:ing|ed)$/.test(word)) return false;
  return word
    .split('-')
    .some((p) => FEELING_VERBS.has(p) || AFINN_NEGATIVE.has(p) || feltThrough(p));
}

/**
 * A feeling in the trainee's own words: an empathy frame ("what a …", "I'd be … too", "no
 * wonder you're …", "that must feel …") directly followed by a strongly negative word of
 * the AFINN-165 lexicon or of the feeling list, a participle of a verb of feeling ("what a
 * rotten start", "I'd be furious too", "that's unsettling"), or any participle closing the
 * frame's clause ("that's gutting", en-effect-participle.ts).
 * Only the word right after the frame counts, so facts with sad words in them ("it was lost")
 * are not feelings.
 */
function framedFeelings(answer: NormalisedText): PatternMatch[] {
  let found = framed.get(answer);
  if (!found) {
    found = readFramedFeelings(answer);
    framed.set(answer, found);
  }
  return found;
}

/** The feeling check and the hits it excuses read the same answer's frames: read once. */
const framed = new WeakMap<NormalisedText, PatternMatch[]>();

function readFramedFeelings(answer: NormalisedText): PatternMatch[] {
  const found: PatternMatch[] = [];
  const words: { text: string; start: number; end: number }[] = [];
  const re = /[a-z]+(?:-[a-z]+)*/g;
  for (let m = re.exec(answer.text); m !== null; m = re.exec(answer.text))
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  for (let k = 0; k < words.length; k++) {
    for (const frame of FRAMES_BY_FIRST.get((words[k] as { text: string }).text) ??
      ANY_WORD_FRAMES) {
      // A '*' in a frame is any one word: "any parent would be …", "any customer would feel …".
      if (!frame.every((w, i) => w === '*' || words[k + i]?.text === w)) continue;
      // The frame's words must be one run: "that ... would" across a comma is not a frame.
      const last = words[k + frame.length - 1] as { end: number };
      if (
        answer.text.slice((words[k] as { start: number }).start, last.end).split(' ').length !==
        frame.length
      )
        continue;
      let j = k + frame.length;
      for (
        let skipped = 0;
        skipped < MAX_INTENSIFIERS && INTENSIFIERS.has(words[j]?.text ?? '');
        skipped++
      )
        j++;
      const word = words[j];
      if (!word) continue;
      const pair = words[j + 1] ? `${word.text} ${(words[j + 1] as { text: string }).text}` : '';
      // A feeling of two words may be written as one with a hyphen: "a real let-down".
      // "It" names the thing: "it's lost", "it's broken" say what became of it, so after "it is"
      // only a word for what it does to a person counts ("it's maddening", "it's worrying").
      const ofThing = frame[0] === 'it';
      const hit =
        [pair, word.text].find(
          (w) =>
            w &&
            ((!ofThing && AFINN_NEGATIVE.has(w)) ||
              EN_FEELING_SET.has(w.replaceAll('-', ' ')) ||
              feltThrough(w) ||
              felt(w)),
        ) ??
        (!ofThing &&
        effectParticiple(
          word.text,
          words.slice(k, j).map((w) => w.text),
          answer.text.slice(word.end),
        )
          ? word.text
          : undefined);
      if (!hit) continue;
      const end = hit === pair ? (words[j + 1] as { end: number }).end : word.end;
      const start = (words[k] as { start: number }).start;
      found.push({
        span: originalSpan(answer, start, end),
        normalisedStart: start,
        normalisedEnd: end,
        pattern: `${frame.join(' ')} … ${hit}`,
      });
    }
  }
  return found;
}

/**
 * A degree word right before a Chinese feeling word names the feeling with its subject left
 * out, as spoken Cantonese and Taiwan Mandarin do (真係好煩, 好唔開心, 超火大, 很傻眼, 心很累, 这种等待最磨人).
 * 好 as a verb's result (说好, 修好) is no degree word, and 好不容易 says "with difficulty".
 */
const DEGREE_FEELING = new RegExp(
  `(?<![说讲约谈修弄做办搞改换装])(?:超级|非常|特别|十分|相当|好|很|超|挺|蛮|最)(?!不容易)(?:${[
    ...ZH_FEELINGS,
    ...ZH_DEGREE_FEELINGS,
  ]
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
);

/**
 * The customer feeling wronged, said as what they feel was done to them (您觉得被耍了, 感觉被敷衍,
 * 让你有被轻忽的感觉).
 */
const FELT_WRONGED =
  /[你您](?:会)?(?:觉得|感觉|感到)(?:自己)?(?:好像|像是|有点|很)?被|[你您]有被[\u4e00-\u9fff]{1,4}的感[觉受]/;

function feltAs(answer: NormalisedText, re: RegExp): PatternMatch | null {
  const m = re.exec(answer.text);
  if (!m) return null;
  const end = m.index + m[0].length;
  return {
    span: originalSpan(answer, m.index, end),
    normalisedStart: m.index,
    normalisedEnd: end,
    pattern: m[0],
  };
}

/** Frames that put the feeling in the customer's place ("I'd be … too", "no wonder you're …"). */
const IN_THEIR_PLACE = /\b(?:would|wonder|anyone)\b/;

/**
 * Where the answer feels with the customer in their place ("I'd be annoyed too"): words a
 * phrase list may read as the agent's own moaning, which in a restatement they are not.
 */
export function feelingsInTheirPlace(answer: NormalisedText): PatternMatch[] {
  return framedFeelings(answer).filter((m) => IN_THEIR_PLACE.test(m.pattern));
}

/**
 * The feeling acknowledged: a stock phrase, a frame and a feeling word, an empathy frame,
 * or one of the author's own `feeling` wordings (said the way the customer said it).
 */
/**
 * A stock phrase that runs on into the customer's own words is their story handed back, not a
 * feeling: "your staff said it must have been loose already" (the customer: "…said it must
 * have been loose already"). The phrase and the word after it, four words or more, found in
 * the customer's text.
 */
const HANDED_BACK = 4;
function notTheirs(
  m: PatternMatch | null,
  answer: NormalisedText,
  customer: NormalisedText | undefined,
): PatternMatch | null {
  if (!m || !customer) return m;
  const next = /^\W+[a-z]+/i.exec(answer.original.slice(m.span.end));
  if (!next) return m;
  const run = answer.original.slice(m.span.start, m.span.end + next[0].length).toLowerCase();
  return run.split(/\s+/).length >= HANDED_BACK && customer.original.toLowerCase().includes(run)
    ? null
    : m;
}

/**
 * A feeling word that ends inside the story told back (a span that met a fact, or the clause of
 * the closing check) is a word of the story, not the agent's acknowledgement: 您三块压力表 (a
 * pressure gauge), 您白跑了四趟 (the trips wasted, a fact), 我理解得对吗 (the check).
 */
function outsideStory(m: PatternMatch | null, story: readonly Span[]): PatternMatch | null {
  if (!m) return m;
  const end = m.span.end;
  return story.some((s) => s.start < end && end <= s.end) ? null : m;
}

export function feelingCheck(
  answer: NormalisedText,
  also: readonly Criterion[] = [],
  customer?: NormalisedText,
  facts: readonly Span[] = [],
  check?: Span,
): CriterionResult {
  const story = check ? [...facts, checkClause(answer.original, check)] : facts;
  const own = also
    .map((c) => matchCriterion(c, answer, customer))
    .find((r) => r.met && r.span && r.detail);
  // Written Cantonese read as Mandarin (唔開心 → 不开心); the same text for any other. A feeling
  // word inside the customer's thing or event told back (壓力襪, 白跑了四趟) is no feeling.
  const read = withoutStoryFeelings(readCantonese(answer), customer);
  const candidates = [
    own?.span && own.detail
      ? {
          span: own.span,
          normalisedStart: Number.MAX_SAFE_INTEGER,
          normalisedEnd: Number.MAX_SAFE_INTEGER,
          pattern: own.detail,
        }
      : null,
    ...[
      agreement(findAny(possiblePatterns(STOCK, read), read), read),
      ...PAIRS.map((p) =>
        notDismissed(
          findPaired(possiblePatterns(p.frames, read), possiblePatterns(p.words, read), read),
          answer,
        ),
      ),
      feltAs(read, DEGREE_FEELING),
      feltAs(read, FELT_WRONGED),
      feltAs(read, FEELING_NAMED_FIRST),
      framedFeelings(answer)[0] ?? null,
    ].map((c) => notTheirs(c, answer, customer)),
  ].map((c) => outsideStory(notARecord(c, answer), story));
  // The clauses read by their grammar are asked only where no cue was found, so the span shown
  // (and the phrase hits it excuses) stays the cue's.
  const m =
    earliest(candidates) ??
    earliest(
      [
        ...EN_ACKNOWLEDGED.map((re) => feltAs(answer, re)),
        ...ZH_ACKNOWLEDGED.map((re) => feltAs(read, re)),
      ].map((c) => outsideStory(notTheirs(c, answer, customer), story)),
    );
  return {
    id: 'feeling',
    builtin: 'feeling',
    met: m !== null,
    weight: 1,
    ...(m ? { span: m.span, detail: m.pattern } : {}),
  };
}

/** What of its clause a closing check may have before its cue: 我理解得 before 对吗. */
const CHECK_LEAD = 6;
/** The closing check and the words of its clause before it, a few at most. */
function checkClause(text: string, check: Span): Span {
  const before = text.slice(0, check.start);
  const clause = Math.max(...[...'，,。.!?！？；;:：—'].map((p) => before.lastIndexOf(p))) + 1;
  return { start: Math.max(clause, check.start - CHECK_LEAD), end: check.end };
}

function earliest(found: readonly (PatternMatch | null)[]): PatternMatch | null {
  return found.reduce<PatternMatch | null>(
    (best, c) => (c && (!best || c.normalisedStart < best.normalisedStart) ? c : best),
    null,
  );
}

/** A verb of perceiving or knowing closing a feeling cue ("I can see", "I understand"). */
const PERCEIVES = /\b(?:see|understand|know|get|hear)$/i;
/**
 * What the agent perceives when it is a record, not the customer's feeling: "I can see from the
 * notes…", "I can see your ticket here", "I understand the booking on my screen".
 */
const RECORD_AFTER =
  /^\s+(?:from\b|(?:(?:your|the|this|that|our|a|an)\s+)?[a-z]+\s+(?:here|there|on (?:my|the|our) (?:screen|system|records?|file)|in (?:the|our|my) (?:system|records?|notes|file)|on file)\b)/i;
function notARecord(m: PatternMatch | null, answer: NormalisedText): PatternMatch | null {
  if (!m || !PERCEIVES.test(answer.original.slice(m.span.start, m.span.end))) return m;
  return RECORD_AFTER.test(answer.original.slice(m.span.end)) ? null : m;
}

/** "You shouldn't worry", "you don't need to be upset": the feeling waved away, not acknowledged. */
const WAVED_AWAY = /^you (?:should|do|must|need)(?:n['’]t| not)\b/;
function notDismissed(m: PatternMatch | null, answer: NormalisedText): PatternMatch | null {
  if (!m) return m;
  return WAVED_AWAY.test(answer.original.slice(m.span.start, m.span.end).toLowerCase()) ? null : m;
}

/** 说得对吗, 说的对不对: "you're right" asked as a question is a check, not agreement. */
const ASKED_AFTER = /^(?:吗|么|不对|不)/;
function agreement(m: PatternMatch | null, read: NormalisedText): PatternMatch | null {
  if (!m || !/对$/.test(m.pattern)) return m;
  return ASKED_AFTER.test(read.text.slice(m.normalisedEnd)) ? null : m;
}

const APOLOGY_AFTER = /^[起住]/;
/** An A-not-A cue (是不是, 对不对, 有没有) asks about what follows it when a predicate follows. */
const A_NOT_A = /(.)[不没]\1$/;
const PREDICATE_AFTER = /^(?![呀啊吖呢吧嘛啦喇哦噢这那样么])[\u4e00-\u9fff]/;

/**
 * A closing question that asks for anything more or missed ("Anything I've left out?",
 * "Anything else I should note?", "Anything else?"), not an offer of help.
 */
const ANYTHING_MORE = /(?:^|[.!?:;]\s*)(?:is there |was there )?anything\b([^.!?]{0,40})\?\W*$/;
const OFFER = /\b(?:help|do for|get for|assist|can i|i can)\b/;
/**
 * A short closing yes/no question about what was just said ("Have I got that straight?", "Am I
 * on track?", "Is that fair?"), not one asking consent ("Is that okay?") or offering help.
 */
const ABOUT_IT =
  /(?:^|[.!?:;]\s*)(?:(?:have|did|do|am) i|(?:is|was|does) (?:that|this|it))\b([^.!?]{0,30})\?\W*$/;
const CONSENT =
  /\b(?:help|helps|okay|ok|alright|all right|suit|convenient|work for you|possible)\b/;

/** A checking question at the end: the last check cue, with little but punctuation after it. */
export function checkQuestion(
  answer: NormalisedText,
  also: readonly string[] = [],
): CriterionResult {
  // Written Cantonese read as Mandarin (對唔對呀, 係咪呀, 有冇講錯); the same text for any other.
  const read = readCantonese(answer);
  const text = read.text;
  let best: {
    start: number;
    end: number;
    span: { start: number; end: number };
    pattern: string;
  } | null = null;
  // Only the tail can hold the closing check; looking there bounds the work too.
  const tailFrom = Math.max(0, text.length - 200);
  const tail: NormalisedText = {
    ...read,
    text: text.slice(tailFrom),
    starts: read.starts.slice(tailFrom),
    ends: read.ends.slice(tailFrom),
  };
  // The tail's own words when it is cut from a longer text (its first may be part of one).
  const stock = possiblePatterns(CHECKS, tailFrom === 0 ? read : tail);
  for (const p of [...stock, ...also]) {
    const m = findAny([p], tail);
    // 对不 of 对不起 / 对不住 is an apology, not "right or not?".
    if (m && APOLOGY_AFTER.test(tail.text.slice(m.normalisedEnd, m.normalisedEnd + 1))) continue;
    // 你是不是没开电掣? asks about the switch, not about the restatement.
    if (m && A_NOT_A.test(m.pattern) && PREDICATE_AFTER.test(tail.text.slice(m.normalisedEnd)))
      continue;
    if (m && (!best || m.normalisedEnd > best.end)) {
      best = { start: m.normalisedStart, end: m.normalisedEnd, span: m.span, pattern: m.pattern };
    }
  }
  if (best) {
    const after = tail.text
      .slice(best.end)
      .replace(/[a-z0-9]+/g, 'w')
      .replace(/[^\p{L}\p{N}]/gu, '');
    if (after.length <= MAX_AFTER_CHECK) return checkMet(best.span, best.pattern);
  }
  // A check in a form no list holds ("您看我说的有没有漏的?", 有冇嘢要補充?): by its structure. A
  // cue the lists hold earlier in the answer (配图跟文字对不上号) does not hide it.
  const structural = chineseCheck(answer);
  if (structural) return checkMet(structural, 'question about the restatement');
  const more =
    [ANYTHING_MORE.exec(tail.text)].find((m) => m && !OFFER.test(m[1] as string)) ??
    [ABOUT_IT.exec(tail.text)].find((m) => m && !CONSENT.test(m[1] as string));
  if (more) {
    const from = more.index + more[0].search(/[a-z]/);
    const span = originalSpan(tail, from, tail.text.length);
    return checkMet(span, more[0].replace(/^[.!?:;\s]+/, ''));
  }
  return best ? { ...NO_CHECK, detail: 'not-at-end' } : { ...NO_CHECK };
}

const NO_CHECK = {
  id: 'check-question',
  builtin: 'check-question',
  met: false,
  weight: 1,
} as const satisfies CriterionResult;

/** The closing check, met at `span`; `detail` says what was taken for it. */
const checkMet = (span: Span, detail: string): CriterionResult => ({
  ...NO_CHECK,
  met: true,
  span,
  detail,
});
