/**
 * What a turn asks of the customer: how many questions, and whether any is hostile. A
 * trainee's question should be one clear question (training digest §3, step 2: don't fire a
 * string of questions); a barrage ("What happened? How was the food? Where were you
 * sitting?") leaves the customer to pick one, and says the agent is not listening.
 */
import type { NormalisedText, Script } from '../text/index.js';
import type { PhraseHit, Span } from '../types.js';
import {
  decide,
  type JudgedSentence,
  judgeSentences,
  MAX_SENTENCE,
  type ReadSentence,
  sentencesOf,
} from './classify.js';
import { BETTER_OPENER, goodNewsAfter, type HostileFamily, hostileFamily } from './hostile.js';
import type { QuestionLang } from './types.js';

/** One question put to the customer. */
export interface AskedQuestion {
  span: Span;
  /** Question clauses in it ("When did it start, and what were you doing?" has 2), up to 3. */
  clauses: number;
  hostile: HostileFamily | null;
}

export interface AskedQuestions {
  questions: AskedQuestion[];
  /**
   * More than one question at once: two or more sentences that ask, or one sentence
   * chaining three or more question clauses. A question with one follow-up clause
   * ("When did it start, and what were you doing?") is still one clear question.
   */
  barrage: boolean;
  /** Each hostile question as a phrase hit, with a better opener as the suggestion. */
  hostile: PhraseHit[];
}

/** The speech act each family of hostility is, as `check` and the feedback name acts. */
const ACT_OF: Readonly<Record<HostileFamily, string>> = {
  person: 'confrontation',
  impatience: 'impatience',
  blame: 'blame',
};

/** One sentence chaining this many question clauses is a barrage. */
const BARRAGE_CLAUSES = 3;

/** Splits a sentence where a new question clause can start (commas, "and" before a wh/aux). */
const CLAUSE_BREAK =
  /\s*[,;:]\s*|\s+(?:and|or|also)\s+(?=(?:what|how|why|where|when|which|who|do|does|did|is|are|was|were|can|could|would|will|have|has)\b)/;

/** Question clauses in a sentence, counted up to BARRAGE_CLAUSES (more changes nothing). */
function clauses(s: JudgedSentence): number {
  const pieces = s.rulesText
    .slice(-MAX_SENTENCE)
    .split(CLAUSE_BREAK)
    .filter((p) => p.trim().length > 0);
  if (pieces.length < 2) return 1;
  let n = 0;
  for (const piece of pieces) {
    if (decide(s.script, piece) !== null) n++;
    if (n >= BARRAGE_CLAUSES) break;
  }
  return Math.max(1, n);
}

/**
 * Without a question mark, a sentence still asks when its grammar does: a request to talk
 * ("Tell me what happened.", 请您讲讲经过。), English question word order, or a question
 * ending (吗, か, ください). A statement with a wh-word in it (我来看看是什么情况, "I'll check
 * what happened") does not.
 */
const ASKING_FORM: Readonly<Record<Script, RegExp>> = {
  en: /^(?:(?:and|so|ok|okay|please|sorry|now|then|also)[ ,]+)*(?:what|how|why|where|when|which|who|whose|do|does|did|is|are|was|were|can|could|would|will|have|has|tell|describe|explain|walk|talk|let (?:me|us) know|help me understand|(?:i|we) (?:would|am|are) (?:really )?(?:like|love|be interested|interested|be curious|curious|keen))\b/,
  zh: /^(?:请问|请|麻烦)?(?:您|你)?(?:能|可以|方便)?(?:跟我|给我)?(?:说说|讲讲|谈谈|聊聊|描述|告诉|介绍)|(?:吗|么|呢|吧)[.~]*$/,
  ja: /(?:か|ください|下さい)[.~]*$/,
};

/** Pleasantries ("Hi, how are you?", 您好吗) are greetings, not questions to answer. */
const GREETING: Readonly<Record<Script, RegExp>> = {
  en: /^(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))[ ,]*)?(?:how are you(?: doing)?(?: today)?|how is it going|how do you do|how are things)[?!.~ ]*$/,
  zh: /^(?:您好|你好)?[,]?(?:最近)?(?:还)?好吗[?!.~ ]*$/,
  ja: /^(?:お元気ですか|お元気でしたか|いかがお過ごしですか)[?!.~ ]*$/,
};

function asks(s: JudgedSentence): boolean {
  if (GREETING[s.script].test(s.rulesText)) return false;
  if (s.rank === 2) return true;
  if (!s.decision) return false;
  return s.decision.cue.startsWith('invitation:') || ASKING_FORM[s.script].test(s.rulesText);
}

/** The questions `text` asks, each with its clause count and any hostility. */
export function questionsAsked(
  answer: string | NormalisedText,
  lang?: QuestionLang,
): AskedQuestions {
  const original = typeof answer === 'string' ? answer : answer.original;
  const questions: AskedQuestion[] = [];
  const hostile: PhraseHit[] = [];
  const sentences = judgeSentences(answer, lang);
  for (const [i, s] of sentences.entries()) {
    const family = hostileAt(sentences, i);
    if (family) hostile.push(hostileHit(original, s, family));
    if (asks(s) || family) questions.push({ span: s.span, clauses: clauses(s), hostile: family });
  }
  const barrage = questions.length >= 2 || questions.some((q) => q.clauses >= BARRAGE_CLAUSES);
  return { questions, barrage, hostile };
}

/** The hostility of sentence `i`, read with the sentence after it. */
function hostileAt(sentences: readonly ReadSentence[], i: number): HostileFamily | null {
  const s = sentences[i] as ReadSentence;
  // A hostile question opens or closes its sentence; long sentences are read at both ends.
  const text = s.rulesText;
  const read =
    text.length <= 2 * MAX_SENTENCE
      ? hostileFamily(s.script, text)
      : (hostileFamily(s.script, text.slice(0, MAX_SENTENCE)) ??
        hostileFamily(s.script, text.slice(-MAX_SENTENCE)));
  return read === 'blame' && goodNewsAfter(s.script, sentences[i + 1]?.rulesText) ? null : read;
}

function hostileHit(original: string, s: ReadSentence, family: HostileFamily): PhraseHit {
  return {
    phrase: original.slice(s.span.start, s.span.end),
    category: 'hostile-question',
    act: ACT_OF[family],
    span: s.span,
    suggestion: BETTER_OPENER[s.script],
  };
}

/**
 * Hostile questions in `answer` as phrase hits (category "hostile-question", a better opener
 * as the suggestion): the same shape as forbidden phrases, so `check` can show them too. The
 * hits of `questionsAsked`, without deciding which sentences ask.
 */
export function hostileQuestions(
  answer: string | NormalisedText,
  lang?: QuestionLang,
): PhraseHit[] {
  const original = typeof answer === 'string' ? answer : answer.original;
  const sentences = sentencesOf(answer, lang);
  const hits: PhraseHit[] = [];
  for (const [i, s] of sentences.entries()) {
    const family = hostileAt(sentences, i);
    if (family) hits.push(hostileHit(original, s, family));
  }
  return hits;
}
