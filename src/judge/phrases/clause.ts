import { isCjk, type NormalisedText } from '../text/index.js';
import type { ActCues } from './compile.js';
import { adviceWithinEn } from './en-advice.js';
import { endsSentenceAt, isClauseEnd, isWordChar, occursWithin, work } from './phrase-patterns.js';

export type ClauseType = 'question' | 'offer' | 'conditional' | 'imperative' | 'statement';
export type Actor = 'agent' | 'customer' | 'third';
export type Modality = 'ability' | 'permission' | 'obligation' | 'recommendation' | 'none';

/** The clause a hit stands in, read from the folded text: its structure, not its words. */
export interface Clause {
  /** Folded-text range of the clause (between clause marks). */
  start: number;
  end: number;
  /** Folded-text range of its sentence (end includes the closing mark). */
  sentenceStart: number;
  sentenceEnd: number;
  type: ClauseType;
  /** The clause asks (an offer is a question too). */
  question: boolean;
  /** The question offers or invites ("Would you like me to…", "Can I help you find…"). */
  offer: boolean;
  /** A condition stands before the hit in its sentence ("if you wanted…, you'd need to"). */
  conditional: boolean;
  /** A condition stands in the clause itself, before the hit ("should you need to call them"). */
  conditionNear: boolean;
  /** A question tag closes the clause ("calm down, OK?", 冷静一点好不好?): still what it says. */
  tagged: boolean;
  /** Who does what the clause says: the agent (I, we, 我们), the customer (you, 你), or a third party. */
  actor: Actor;
  negative: boolean;
  modality: Modality;
  past: boolean;
}

/**
 * A sentence's farthest reach either side of a hit; replies are short, texts may be long. Kept
 * small enough that a window stays under indexWithin's bounded-scan size.
 */
const REACH = 200;

const AGENT_EN = new Set(['i', 'we', 'me', 'us', 'my', 'our']);
const CUSTOMER_EN = new Set(['you', 'yourself']);
// "your" opens a noun phrase, a thing of the customer's: "your refund cannot be processed" is
// the agent's refusal in the passive, not something the customer cannot do.
const THIRD_EN = new Set([
  'your',
  'it',
  'they',
  'he',
  'she',
  'there',
  'this',
  'that',
  'the',
  'their',
  'its',
]);
const NEG_EN = new Set(['not', 'never', 'no', 'nothing', 'unable', 'cannot', 'nobody', 'none']);
const PAST_EN = new Set([
  'was',
  'were',
  'did',
  'had',
  'could',
  'been',
  'found',
  'got',
  'gave',
  'sent',
  'told',
  'made',
  'took',
  'said',
  'heard',
  'saw',
  'knew',
  'brought',
  'bought',
  'left',
  'kept',
  'put',
  'set',
]);
const OBLIGE_EN = ['must', 'have to', 'need to', 'required', 'supposed to', 'has to', 'got to'];
const PERMIT_EN = ['may', 'allowed', 'permitted'];
const ABLE_EN = ['can', 'could', 'able', 'unable', 'cannot'];
/** Auxiliaries that open a yes/no question before a subject ("can you", "is there"). */
const AUX = new Set(
  'can could would will shall should do does did is are was were may have has'.split(' '),
);
/** Words that open a question: the auxiliaries and the wh-words. */
const AUX_QUESTION = new Set([...AUX, 'what', 'which', 'when', 'where', 'who', 'how', 'why']);
const SUBJECTS = new Set(['i', 'you', 'we', 'there', 'it', 'they', 'he', 'she', 'that', 'this']);

/**
 * Folded offsets where a sentence starts without a mark before it: a capitalised auxiliary or
 * question word right after a lower-case word ("…from the ticket office Can I help you?").
 */
export function runOnStarts(f: NormalisedText): Set<number> {
  const out = new Set<number>();
  const t = f.text;
  for (let i = t.indexOf(' '); i !== -1; i = t.indexOf(' ', i + 1)) {
    const at = i + 1;
    const o = f.starts[at];
    if (o === undefined) continue;
    // The capital must start a word of the original (an expanded "I'll" maps "will" to "I").
    const starts =
      /[A-Z]/.test(f.original[o] ?? '') &&
      /\s/.test(f.original[o - 1] ?? '') &&
      f.starts[i - 1] !== o;
    if (!starts || !/[a-z]/.test(t[i - 1] ?? '')) continue;
    if (AUX_QUESTION.has(firstWord(t, at)) || firstWord(t, at) === 'anything') out.add(at);
  }
  return out;
}

/**
 * Sentence and clause edges of a folded text, found in one pass each way: for every offset,
 * where its sentence and clause start, and where they end (the closing mark's offset, or the
 * text's length). Every hit of the text then finds its clause without scanning.
 */
export interface Edges {
  sentenceStart: Int32Array;
  sentenceEnd: Int32Array;
  clauseStart: Int32Array;
  clauseEnd: Int32Array;
}

export function edgesOf(t: string, runOn: ReadonlySet<number>): Edges {
  const n = t.length;
  const sentenceStart = new Int32Array(n + 1);
  const clauseStart = new Int32Array(n + 1);
  const sentenceEnd = new Int32Array(n + 1);
  const clauseEnd = new Int32Array(n + 1);
  let sStart = 0;
  let cStart = 0;
  for (let i = 0; i <= n; i++) {
    if (sentenceStartsAt(t, i, runOn)) sStart = i;
    if (i === 0 || isClauseEnd(t[i - 1]) || sStart === i) cStart = i;
    sentenceStart[i] = sStart;
    clauseStart[i] = cStart;
  }
  let sEnd = n;
  let cEnd = n;
  for (let i = n; i >= 0; i--) {
    if (i < n && (endsSentenceAt(t, i) || runOn.has(i + 1))) sEnd = i;
    if (i < n && (isClauseEnd(t[i]) || sEnd === i)) cEnd = i;
    sentenceEnd[i] = sEnd;
    clauseEnd[i] = cEnd;
  }
  work.steps += 2 * n;
  return { sentenceStart, sentenceEnd, clauseStart, clauseEnd };
}

/** Is `i` the first offset of a sentence of folded text `t`? */
export function sentenceStartsAt(t: string, i: number, runOn: ReadonlySet<number>): boolean {
  return i === 0 || endsSentenceAt(t, i - 1) || runOn.has(i);
}

/** The sentence and clause around folded range [s, e), with their type, actor and modality. */
export function clauseAt(t: string, s: number, e: number, cues: ActCues, edges: Edges): Clause {
  const ss = Math.max(edges.sentenceStart[s] ?? 0, s - REACH);
  let se = Math.min(edges.sentenceEnd[e] ?? t.length, e + REACH);
  const closing = t[se];
  if (se < t.length) se++;
  let cs = Math.max(ss, edges.clauseStart[s] ?? 0);
  while (cs < s && t[cs] === ' ') cs++;
  const ce = Math.min(se, edges.clauseEnd[e] ?? t.length);
  work.steps += se - ss;
  const cjk = isCjkAt(t, s);
  const clause = t.slice(cs, ce);
  // Each fact is read from the text when first asked for: most acts need one or two of them.
  const once = <T>(get: () => T): (() => T) => {
    let known: { v: T } | undefined;
    return () => {
      known ??= { v: get() };
      return known.v;
    };
  };
  const words = once(() => (cjk ? [] : wordsOf(clause)));
  const question = once(() => isQuestion(t, ss, se, cs, ce, closing, cues));
  const offer = once(() => question() && occursWithin(t, cues.offer, ss, se));
  const conditional = once(() => occursWithin(t, cues.condition, ss, s));
  const type = (): ClauseType => {
    if (offer()) return 'offer';
    if (question()) return 'question';
    if (conditional()) return 'conditional';
    return t.startsWith('please', openingOf(t, ss, se)) ? 'imperative' : 'statement';
  };
  const conditionNear = once(() => occursWithin(t, cues.condition, cs, e));
  const tagged = once(() => occursWithin(t, cues.tag, e, se));
  const actor = once(() => (cjk ? actorZh(t, ss, cs, e) : actorEn(wordsOf(t.slice(cs, e)))));
  const negative = once(() =>
    cjk ? /[不没别未无]/.test(clause) : words().some((w) => NEG_EN.has(w)),
  );
  const modality = once(() =>
    cjk ? modalityZh(clause, cues) : modalityEn(` ${clause} `, t, cs, ce, cues),
  );
  const past = once(() =>
    cjk ? /[了过]/.test(clause) : words().some((w) => PAST_EN.has(w) || /[^e]ed$/.test(w)),
  );
  return {
    start: cs,
    end: ce,
    sentenceStart: ss,
    sentenceEnd: se,
    get type() {
      return type();
    },
    get question() {
      return question();
    },
    get offer() {
      return offer();
    },
    get conditional() {
      return conditional();
    },
    get conditionNear() {
      return conditionNear();
    },
    get tagged() {
      return tagged();
    },
    get actor() {
      return actor();
    },
    get negative() {
      return negative();
    },
    get modality() {
      return modality();
    },
    get past() {
      return past();
    },
  };
}

/**
 * A clause is a question when it ends with "?" (or a question particle), or when its whole
 * sentence is one: a "?" closes a sentence that opens with an auxiliary or question word.
 */
function isQuestion(
  t: string,
  ss: number,
  se: number,
  cs: number,
  ce: number,
  closing: string | undefined,
  cues: ActCues,
): boolean {
  if (t[ce] === '?' || occursWithin(t, cues.question, cs, ce)) return true;
  if (closing !== '?') return false;
  const opening = openingOf(t, ss, se);
  return (
    isWordChar(t[opening]) && AUX_QUESTION.has(firstWord(t, opening)) && subjectFollows(t, opening)
  );
}

/** Where a sentence proper starts, after an opening like "yes, " or "great! ". */
function openingOf(t: string, ss: number, se: number): number {
  let opening = ss;
  while (opening < se && /[\s,!]/.test(t[opening] ?? '')) opening++;
  return opening;
}

function firstWord(t: string, at: number): string {
  let j = at;
  while (isWordChar(t[j])) j++;
  return t.slice(at, j);
}

/** "can you", "is there", "how many": an auxiliary or wh-word before a subject or noun. */
function subjectFollows(t: string, at: number): boolean {
  const first = firstWord(t, at);
  if (!AUX.has(first)) return true;
  return SUBJECTS.has(firstWord(t, at + first.length + 1));
}

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}']+/u).filter((w) => w.length > 0);
}

function isCjkAt(t: string, s: number): boolean {
  const c = t.codePointAt(s);
  return c !== undefined && isCjk(c);
}

/** Prepositions: a pronoun after one is an object ("I checked for you"), never the actor. */
const PREPOSITION_EN = new Set(['for', 'to', 'with', 'from', 'on', 'about', 'by', 'behalf']);

/** The subject nearest before the verb: the last pronoun or noun-phrase opener in the clause so far. */
function actorEn(before: readonly string[]): Actor {
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i] as string;
    if (AGENT_EN.has(w)) return 'agent';
    if (CUSTOMER_EN.has(w) && !PREPOSITION_EN.has(before[i - 1] ?? '') && !objectYou(before, i))
      return 'customer';
    if (THIRD_EN.has(w)) return 'third';
  }
  // A subject dropped at the start of a clause is the speaker's ("Can't help you there").
  return 'agent';
}

/** Words after which a closing "you" is still a subject: "can you", "and you", "that you". */
const BEFORE_SUBJECT_EN = new Set([...AUX, 'and', 'but', 'so', 'if', 'that', 'when', 'because']);

/**
 * "you" closing the words so far, right after a verb ("all I can tell you", "let me help you"),
 * is the verb's object, and "you" after a noun opens a relative clause: the actor stands before
 * it.
 */
function objectYou(before: readonly string[], i: number): boolean {
  const prev = before[i - 1];
  if (prev === undefined || BEFORE_SUBJECT_EN.has(prev)) return false;
  // "the tour you paid for", "the box of parish records you asked for": a relative clause naming
  // the thing, which is the subject — a determiner opens the noun phrase before "you", with no
  // pronoun, auxiliary or conjunction between.
  for (let k = i - 2; k >= Math.max(0, i - NOUN_PHRASE_WORDS); k--) {
    const w = before[k] as string;
    if (DETERMINER_EN.has(w)) return true;
    if (BEFORE_SUBJECT_EN.has(w) || AGENT_EN.has(w) || CUSTOMER_EN.has(w) || THIRD_EN.has(w)) break;
  }
  return i === before.length - 1;
}

/** Most words a noun phrase opened by a determiner runs to before a relative "you". */
const NOUN_PHRASE_WORDS = 6;

const DETERMINER_EN = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'every',
  'each',
]);

/**
 * The subject nearest before the verb. A clause without one continues the subject of the clause
 * before it in the sentence (您人还在出差,没法用卡: the customer cannot); with none at all, it is
 * the speaker's.
 */
function actorZh(t: string, ss: number, cs: number, e: number): Actor {
  return lastSubjectZh(t.slice(cs, e)) ?? lastSubjectZh(t.slice(ss, cs)) ?? 'agent';
}

function lastSubjectZh(seg: string): Actor | undefined {
  const agent = Math.max(seg.lastIndexOf('我'), seg.lastIndexOf('咱'));
  // 你的 / 你要的 open a noun phrase, a thing of the customer's: 您的申请没有通过 and 您要的改签没办成
  // are the agent's refusals, not something the customer cannot do. After a benefactive or a
  // preposition (帮您问过了 / 跟您说 / 为您 / Cantonese 俾你, 畀你) or a verb of telling (通知您 / 告诉你 /
  // 提醒你 / Cantonese 话你知) 你 is the object of the agent's act. The Cantonese possessive 嘅, a
  // demonstrative with a classifier (您那张卡; 嗰 folds to 𠮶),
  // a bare Cantonese classifier (你部手机, 你张卡, 你个位) and a relative clause of up to four characters
  // (您上周预约的套餐) open a noun phrase too; a 的 that ends the clause (您不能退的) or opens 的话 is
  // no noun phrase.
  // Cantonese drops the 的 of a relative clause: 你订嗰个假发 (你订那个) is the thing ordered; 您家狗狗
  // and 您父亲 are the customer's family, as 您的 would be; 你们学校 / 你们公司, the body the customer
  // belongs to, as 你们的学校 would be.
  const customer = seg.search(
    /(?<![帮替给为跟和对向俾畀知诉醒话])你(?!家|父亲|母亲|爸|妈|爷爷|奶奶|外婆|外公|孩子|小孩|儿子|女儿|老公|老婆|太太|先生|丈夫|妻子|宝宝|屋企|们(?:学校|公司|单位|机构|团队|部门|小区|班级))(?![这那嗰𠮶呢][张个份件台笔辆间部支本条只单箱包袋盒瓶双套块封位])(?![部张架间辆只条单箱盒个][^,.!?;])(?![^,.!?;的嘅你]{0,4}[的嘅](?![,.!?;话]|$))(?![^,.!?;的嘅你这那𠮶]{1,3}[那𠮶][张个份件台笔辆间部支本条只单箱包袋盒瓶双套块封位款架])[^你]*$/u,
  );
  const third = Math.max(seg.lastIndexOf('他'), seg.lastIndexOf('她'), seg.lastIndexOf('它'));
  const top = Math.max(agent, customer, third);
  if (top < 0) return undefined;
  return top === agent ? 'agent' : top === customer ? 'customer' : 'third';
}

function modalityEn(padded: string, t: string, cs: number, ce: number, cues: ActCues): Modality {
  if (occursWithin(t, cues.recommend, cs, ce)) return 'recommendation';
  if (adviceWithinEn(t, cs, ce)) return 'recommendation';
  if (OBLIGE_EN.some((w) => padded.includes(` ${w} `))) return 'obligation';
  if (PERMIT_EN.some((w) => padded.includes(` ${w} `))) return 'permission';
  if (ABLE_EN.some((w) => padded.includes(` ${w} `))) return 'ability';
  return 'none';
}

function modalityZh(clause: string, cues: ActCues): Modality {
  if (occursWithin(clause, cues.recommend, 0, clause.length)) return 'recommendation';
  if (/必须|得|需要|要|只能/.test(clause)) return 'obligation';
  if (/允许|可以/.test(clause)) return 'permission';
  if (/能|会/.test(clause)) return 'ability';
  return 'none';
}
