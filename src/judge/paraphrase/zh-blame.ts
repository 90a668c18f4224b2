import type { Criterion } from '../../drills/schema.js';
import { type NormalisedText, originalSpan, readCantonese } from '../text/index.js';
import type { CriterionResult } from '../types.js';
import { chineseAnswer, wordingCaptures } from './zh-wordings.js';

/**
 * Someone putting the fault on the customer, told back in Chinese in another of the ways it is
 * said: a fact worded 前台怪您 / 前台说是您没看清楚 / 店員話你用力太大 is met by 前台还说是您的问题,
 * 店员怪你, 师傅赖您 — the same party, then a frame that lays the fault on the customer, in one
 * clause. The party is read from the fact's own wordings (what comes before their verb).
 */

/** A wording of the fact: a party of one to four characters blaming or telling the customer. */
const BLAME_WORDING = /^([\u4e00-\u9fffA-Za-z]{1,4}?)(?:怪|赖|怨|说|讲|话)[^您你]{0,2}[您你]/;

/** The fault laid on the customer in the answer: 怪您, 说是您的问题, 说是你自己的错. */
const FAULT_FRAME =
  /(?:怪|赖|怨|推给|归咎于?)[您你]|(?:说|讲|话)(?:是|系|成)?[您你](?:自己)?(?:的)?(?:问题|错|责任|原因|不对)/;

/** Characters a party may stand before its frame (还, 却, 反而, 当时 …). */
const REACH = 8;

export function blameRetold(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
): CriterionResult[] {
  if (!chineseAnswer(answer)) return [...facts];
  const a = readCantonese(answer);
  return facts.map((f) => {
    if (f.status !== 'missed') return f;
    for (const party of new Set(wordingCaptures(criteria, f.id, BLAME_WORDING))) {
      const frame = new RegExp(`${party}[^,.;:!?]{0,${REACH}}?(?:${FAULT_FRAME.source})`).exec(
        a.text,
      );
      if (!frame) continue;
      const span = originalSpan(a, frame.index, frame.index + frame[0].length);
      return { ...f, met: true, status: 'met', span, detail: 'blame-retold' } as CriterionResult;
    }
    return f;
  });
}
