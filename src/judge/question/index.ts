/**
 * The open/closed question classifier. Pure.
 * - `classifyQuestion(text, lang?)` → `QuestionVerdict` { verdict, cue, rule, confident, question, span }
 * - `splitSentences(normalised)`: the sentence splitter it uses.
 */
export { classifyQuestion } from './classify.js';
export { QUESTION_RULES, type QuestionRule, ruleOf } from './rules.js';
export { type SentenceRange, splitSentences } from './sentences.js';
export type { Decision, QuestionLang, QuestionType, QuestionVerdict } from './types.js';
