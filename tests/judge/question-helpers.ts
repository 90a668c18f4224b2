import { classifyQuestion, type QuestionLang } from '../../src/judge/question/index.js';

/** The classifier's verdict and deciding cue on one question. */
export const verdict = (text: string, lang?: QuestionLang) => {
  const r = classifyQuestion(text, lang);
  return [r.verdict, r.cue];
};
