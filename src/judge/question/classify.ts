import {
  detectScript,
  hasKana,
  type NormalisedText,
  originalSpan,
  prepareAnswer,
  readCantonese,
  type Script,
} from '../text/index.js';
import type { Span } from '../types.js';
import { decideEnglish } from './en.js';
import { decideJapanese } from './ja.js';
import { ruleOf } from './rules.js';
import { type SentenceRange, splitSentences } from './sentences.js';
import type { Decision, QuestionLang, QuestionVerdict } from './types.js';
import { decideChinese } from './zh.js';

/**
 * The sentence with every unit that was katakana in the original written in katakana again
 * (the normaliser folds katakana to hiragana for matching): the Japanese rules read
 * hiragana wh-words, and a loanword (パスワードの, ドレス) must not look like one (どの, どれ).
 */
function withKatakana(n: NormalisedText, sentence: SentenceRange): string {
  let out = '';
  for (let i = sentence.start; i < sentence.end; i++) {
    const unit = n.text[i] as string;
    const code = unit.charCodeAt(0);
    const from = n.original.codePointAt(n.starts[i] as number) ?? 0;
    const wasKatakana = (from >= 0x30a1 && from <= 0x30fa) || (from >= 0xff66 && from <= 0xff9d);
    out +=
      wasKatakana && code >= 0x3041 && code <= 0x3096 ? String.fromCharCode(code + 0x60) : unit;
  }
  return out;
}

const DECIDERS: Readonly<Record<Script, (sentence: string) => Decision | null>> = {
  en: decideEnglish,
  zh: decideChinese,
  ja: decideJapanese,
};

/**
 * Cues sit near a sentence's end (吗, か, tags) or start (auxiliaries, wh-words); a real
 * question is far shorter than this. Longer sentences are judged on their last part, which
 * also bounds the time the rules take whatever the input.
 */
export const MAX_SENTENCE = 400;

/** One sentence of a turn, with what its language's rules decided about it. */
export interface JudgedSentence {
  sentence: SentenceRange;
  /** Where the sentence is in the original text. */
  span: Span;
  script: Script;
  /** The sentence as the language's rules read it (normalised; katakana kept for Japanese). */
  rulesText: string;
  decision: Decision | null;
  /** 2: ends with "?"; 1: a question cue fired; 0: neither. */
  rank: number;
}

/** The language a run of text is judged in: its script, with the hint for kanji-only text. */
export function scriptOf(original: string, hint: QuestionLang | undefined): Script {
  if (hasKana(original)) return 'ja';
  const detected = detectScript(original);
  if (detected === 'zh' && hint === 'ja') return 'ja';
  return detected;
}

/** The rules of `script` on one piece of text (normalised), bounded to its last part. */
export function decide(script: Script, rulesText: string): Decision | null {
  return DECIDERS[script](rulesText.slice(-MAX_SENTENCE));
}

/**
 * The last prepared answer's sentences: the judge asks for the question type and then for the
 * questions asked (`questionsAsked`) of the same prepared answer. Shared: readers never change them.
 */
let last:
  | { answer: NormalisedText; lang: QuestionLang | undefined; judged: JudgedSentence[] }
  | undefined;

/** Every sentence of `text`, each judged by its own language's rules. */
export function judgeSentences(
  answer: string | NormalisedText,
  lang?: QuestionLang,
): readonly JudgedSentence[] {
  if (typeof answer === 'string') return readSentences(answer, lang);
  if (answer !== last?.answer || lang !== last.lang)
    last = { answer, lang, judged: readSentences(answer, lang) };
  return last.judged;
}

function readSentences(answer: string | NormalisedText, lang?: QuestionLang): JudgedSentence[] {
  return sentencesOf(answer, lang).map(({ sentence, span, script, rulesText }) => {
    const decision = decide(script, rulesText);
    const asks = /\?["')\]]*$/.test(sentence.text);
    return { sentence, span, script, rulesText, decision, rank: asks ? 2 : decision ? 1 : 0 };
  });
}

/** A sentence of a turn as its language's rules read it, before they decide anything. */
export type ReadSentence = Omit<JudgedSentence, 'decision' | 'rank'>;

/** Every sentence of `answer` with its script and the text its rules read (none decided). */
export function sentencesOf(answer: string | NormalisedText, lang?: QuestionLang): ReadSentence[] {
  const n = readCantonese(prepareAnswer(answer));
  return splitSentences(n).map((sentence) => {
    const span = originalSpan(n, sentence.start, sentence.end);
    const script = scriptOf(n.original.slice(span.start, span.end), lang);
    const rulesText = script === 'ja' ? withKatakana(n, sentence) : sentence.text;
    return { sentence, span, script, rulesText };
  });
}

/**
 * Classifies a trainee's question as open or closed. With several sentences, the one the
 * customer has to answer is judged: the last one ending in "?", else the last one where a
 * question cue fired, else the last sentence.
 */
export function classifyQuestion(
  answer: string | NormalisedText,
  lang?: QuestionLang,
): QuestionVerdict {
  const text = typeof answer === 'string' ? answer : answer.original;
  const judged = judgeSentences(answer, lang);
  let best: JudgedSentence | undefined;
  for (const j of judged) {
    if (!best || j.rank >= best.rank) best = j;
  }
  if (!best)
    return {
      verdict: 'closed',
      cue: 'empty',
      rule: 'closed.no-cue',
      confident: false,
      question: '',
      span: { start: 0, end: 0 },
    };
  const { span } = best;
  const decision: Decision = best.decision ?? {
    verdict: 'closed',
    cue: best.rank === 2 ? 'declarative-question' : 'no-question',
    confident: false,
  };
  return {
    ...decision,
    rule: ruleOf(decision),
    question: text.slice(span.start, span.end),
    span,
  };
}
