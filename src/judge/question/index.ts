/**
 * The open/closed question classifier. Pure.
 * - `classifyQuestion(text, lang?)` → `QuestionVerdict` { verdict, cue, confident, question, span }
 * - `splitSentences(normalised)`: the sentence splitter it uses.
 */
export { classifyQuestion } from './classify.js';
export { type SentenceRange, splitSentences } from './sentences.js';
export type { Decision, QuestionLang, QuestionType, QuestionVerdict } from './types.js';
