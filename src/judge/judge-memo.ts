import type { FreeTextItem, Lang } from '../drills/schema.js';
import type { FreeTextJudge, Judgement } from './types.js';

/** Judgements kept at most: a class's repeated answers, not the whole class (memory stays flat). */
export const MEMO_KEPT = 1000;

/** Answers judged by the judge behind a memo so far (not answered from it): tests count it. */
let judged = 0;
export const memoMisses = (): number => judged;

/**
 * The judge, remembering what it said of each answer to each item in a run: a class hands in
 * the same answers ("What happened?", the model answer copied) and each is judged once. Keyed
 * by the item itself and the answer exactly as written (a judgement's spans point into it); the
 * judge is pure, so a remembered judgement is the one it would give again. When MEMO_KEPT are
 * kept, it starts again from none.
 */
export function rememberingJudge(judge: FreeTextJudge, kept = MEMO_KEPT): FreeTextJudge {
  let known = new WeakMap<FreeTextItem, Map<string, Judgement>>();
  let size = 0;
  return {
    judge(item: FreeTextItem, answer: string, lang: Lang): Judgement {
      let answers = known.get(item);
      const key = `${lang}\u0000${answer}`;
      const seen = answers?.get(key);
      if (seen) return seen;
      judged++;
      const judgement = judge.judge(item, answer, lang);
      if (size >= kept) {
        known = new WeakMap();
        answers = undefined;
        size = 0;
      }
      if (!answers) {
        answers = new Map();
        known.set(item, answers);
      }
      answers.set(key, judgement);
      size++;
      return judgement;
    },
  };
}
