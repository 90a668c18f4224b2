import type { Answer } from '../session/answer.js';
import type { AnswerSource } from '../session/run-session.js';

/** Answers read from a checked answer sheet: what batch runs hand to runSession. */
export function sheetSource(answers: ReadonlyMap<string, Answer>): AnswerSource {
  return {
    async answer(item) {
      return answers.get(item.id) ?? null;
    },
  };
}
