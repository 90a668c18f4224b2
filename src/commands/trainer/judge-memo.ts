import type { FreeTextItem, Lang } from '../../drills/schema.js';
import type { FreeTextJudge, Judgement } from '../../judge/types.js';

/** How much a memo keeps: distinct answers, and how long an answer may be to be kept. */
export interface MemoLimits {
  entries: number;
  answerChars: number;
}

/** Enough for the answers a class repeats (10k sheets kept two thirds of the hits), a few MB at most. */
export const CLASS_MEMO: MemoLimits = { entries: 4096, answerChars: 2000 };

/**
 * A class repeats itself: many trainees write the same answer to an item. The judge is pure (the
 * same item, answer and language give the same judgement), so a distinct answer is judged once
 * and every sheet that has it gets that judgement, frozen so that no reader can change it for the
 * others. Bounded: the least recently used answer goes first, and long answers are not kept.
 * Items are told apart by identity (a role-play turn's item is made afresh, and is never kept).
 */
export function memoJudge(judge: FreeTextJudge, limits: MemoLimits = CLASS_MEMO): FreeTextJudge {
  const itemNumbers = new WeakMap<FreeTextItem, number>();
  let items = 0;
  const kept = new Map<string, Judgement>();
  return {
    judge(item: FreeTextItem, answer: string, lang: Lang): Judgement {
      if (answer.length > limits.answerChars) return judge.judge(item, answer, lang);
      let n = itemNumbers.get(item);
      if (n === undefined) {
        n = items++;
        itemNumbers.set(item, n);
      }
      const key = `${n}\u0000${lang}\u0000${answer}`;
      const found = kept.get(key);
      if (found !== undefined) {
        // Kept in order of use: the first key is the least recently used.
        kept.delete(key);
        kept.set(key, found);
        return found;
      }
      const judged = deepFreeze(judge.judge(item, answer, lang));
      kept.set(key, judged);
      if (kept.size > limits.entries) kept.delete(kept.keys().next().value as string);
      return judged;
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
