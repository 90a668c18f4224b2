import type { Criterion } from '../../drills/schema.js';
import { type NormalisedText, originalSpan, readCantonese } from '../text/index.js';
import type { CriterionResult } from '../types.js';
import { chineseAnswer, contradictedAt, wordingCaptures } from './zh-wordings.js';

/**
 * Done on time, retold in Chinese as done late: a fact worded 按时还车 / 准时到 is contradicted by
 * its verb said with lateness in one clause (还车晚了, 迟了两天才还, 还车超时). The verb is what
 * follows the fact's word of time in its wording.
 */
const ON_TIME = /(?:按时|准时|如期|按期)(?:把[\u4e00-\u9fff]{1,2})?([\u4e00-\u9fff])/;
const LATE = '(?:晚了|迟了|超时|延误|逾期|拖了|晚到|迟到)';
/** Within the clause, with no word of saying or being between (系统还说您逾期: 还 is "still"). */
const CLAUSE = '[^,.;:!?说讲话是]';

export function lateForOnTime(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
): CriterionResult[] {
  if (!chineseAnswer(answer)) return [...facts];
  const a = readCantonese(answer);
  return facts.map((f) => {
    if (f.status === 'contradicted') return f;
    for (const verb of new Set(wordingCaptures(criteria, f.id, ON_TIME))) {
      const late = new RegExp(`${verb}${CLAUSE}{0,4}?${LATE}|${LATE}${CLAUSE}{0,6}?${verb}`).exec(
        a.text,
      );
      // Not late (没有晚, 不算迟) is on time.
      if (
        !late ||
        /[没不未]$/.test(a.text.slice(0, late.index + late[0].search(/晚|迟|超|延|逾|拖/)))
      )
        continue;
      const span = originalSpan(a, late.index, late.index + late[0].length);
      return contradictedAt(f, span, 'late-for-on-time', answer.original);
    }
    return f;
  });
}
