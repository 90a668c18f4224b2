import {
  detectScript,
  hasKana,
  type NormalisedText,
  normalise,
  originalSpan,
  type Script,
} from '../text/index.js';
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

function scriptOf(original: string, hint: QuestionLang | undefined): Script {
  if (hasKana(original)) return 'ja';
  const detected = detectScript(original);
  if (detected === 'zh' && hint === 'ja') return 'ja';
  return detected;
}

/**
 * Cues sit near a sentence's end (吗, か, tags) or start (auxiliaries, wh-words); a real
 * question is far shorter than this. Longer sentences are judged on their last part, which
 * also bounds the time the rules take whatever the input.
 */
const MAX_SENTENCE = 400;

interface Judged {
  sentence: SentenceRange;
  decision: Decision | null;
  /** 2: ends with "?"; 1: a question cue fired; 0: neither. */
  rank: number;
}

/**
 * Classifies a trainee's question as open or closed. With several sentences, the one the
 * customer has to answer is judged: the last one ending in "?", else the last one where a
 * question cue fired, else the last sentence.
 */
export function classifyQuestion(text: string, lang?: QuestionLang): QuestionVerdict {
  const n = normalise(text);
  const judged: Judged[] = splitSentences(n).map((sentence) => {
    const span = originalSpan(n, sentence.start, sentence.end);
    const script = scriptOf(text.slice(span.start, span.end), lang);
    const rulesText = script === 'ja' ? withKatakana(n, sentence) : sentence.text;
    const decision = DECIDERS[script](rulesText.slice(-MAX_SENTENCE));
    const asks = /\?["')\]]*$/.test(sentence.text);
    return { sentence, decision, rank: asks ? 2 : decision ? 1 : 0 };
  });
  let best: Judged | undefined;
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
  const span = originalSpan(n, best.sentence.start, best.sentence.end);
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
