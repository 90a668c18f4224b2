import type { Criterion } from '../../drills/schema.js';
import { type NormalisedText, originalSpan, readCantonese } from '../text/index.js';
import type { CriterionResult } from '../types.js';
import { clauseAround } from './clauses.js';
import { chineseAnswer, contradictedAt, metWithin, wordingCaptures } from './zh-wordings.js';

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

/**
 * Lateness as the customer tells it: 才到, 年廿九先到 (Cantonese 先 for 才), 等了一个礼拜才收到,
 * 迟了, 延误, 最快下个月先整得好.
 */
const TOLD_LATE =
  /(?:才|先)(?:到|收到|送到|送来|送回|来|有|[整做弄修]得?好)|晚了|迟了|延误|延迟|逾期|拖了|晚到|迟到/;
/**
 * Done on schedule: 准时送到, 按时交, 如期完成, 照送 (delivered all the same), 三天内就送回了
 * (within the time, 就).
 */
const ON_SCHEDULE =
  /(?:(?<![没不未])(?:准时|按时|如期|按期|准点)|[内前]就)[^,.;:!?]{0,6}?(?:送|到|交|寄|发|完成|做好|回)|照(?:送|到|交|寄|发)/;
/** Words of arranging before it in its clause: the plan told, not what happened. */
const PLANNED = /约|说好|讲好|讲明|说明|答应|承诺|原定|原本|本来|应该|本该/;

/**
 * Late, retold in Chinese as on schedule: the customer tells it came late or will (年廿九先到,
 * 最快下个月才做得好) and the answer, telling no lateness of its own, says it was or will be done
 * on time (年廿八准时送到, 星期一照送到). The fact met in that clause is contradicted.
 */
export function onTimeForLate(
  facts: readonly CriterionResult[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (!chineseAnswer(answer)) return [...facts];
  const a = readCantonese(answer);
  if (!TOLD_LATE.test(readCantonese(customer).text) || TOLD_LATE.test(a.text)) return [...facts];
  const m = ON_SCHEDULE.exec(a.text);
  if (!m) return [...facts];
  const before = a.text.slice(0, m.index);
  if (PLANNED.test(before.slice(before.search(/[^,.;:!?]*$/)))) return [...facts];
  const clause = clauseAround(a.text, { start: m.index, end: m.index + m[0].length });
  const at = originalSpan(a, clause.start, clause.end);
  const k = facts.findIndex((f) => metWithin(f, at));
  const f = facts[k];
  if (!f) return [...facts];
  const out = [...facts];
  out[k] = contradictedAt(
    f,
    originalSpan(a, m.index, m.index + m[0].length),
    'on-time-for-late',
    answer.original,
  );
  return out;
}
