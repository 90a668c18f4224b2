/**
 * The open/closed question classifier. Pure.
 * - `classifyQuestion(text, lang?)` → `QuestionVerdict` { verdict, cue, rule, confident, question, span }
 * - `questionsAsked(text, lang?)` → the questions a turn asks: a barrage? hostile ones?
 * - `hostileQuestions(text, lang?)` → hostile questions as phrase hits (for `check`)
 * - `splitSentences(normalised)`: the sentence splitter it uses.
 */
export {
  type AskedQuestion,
  type AskedQuestions,
  hostileQuestions,
  questionsAsked,
} from './asked.js';
export { classifyQuestion } from './classify.js';
export type { HostileFamily } from './hostile.js';
export { QUESTION_RULES, type QuestionRule, ruleOf } from './rules.js';
export { type SentenceRange, splitSentences } from './sentences.js';
export type { Decision, QuestionLang, QuestionType, QuestionVerdict } from './types.js';
