import { zhNegates } from './phrase-patterns.js';

/**
 * Chinese: a requirement told first, the rule it comes from after it (参加者须满十六岁,这是协会的安全规定 /
 * 上车后请系好安全带,这是客运公司的规定): the source informs, it does not shield a refusal. The rule
 * opening the sentence (这是公司的规定,我也没办法), a "no" before it (不能退,这是规定) or after it in the
 * sentence (…,这是规定,不能例外) is the rule held up as the answer, and so is a rule not named as the
 * source but invoked (改字要另外收钱,公司规矩嚟㗎) (folded text, marks as , . ? !).
 */

/** The rule named as a source: 这是… / 这个是… / 呢个系…. */
const NAMED_SOURCE = /^(?:这|呢)(?:个)?(?:是|系)/u;

/** A requirement or a request put to the customer: 须 / 要 / 得 / 必须 / 需要 / 务必 / 请 + a verb. */
const REQUIREMENT = /(?:须|必须|需要|务必|要|得|请)\p{Script=Han}/u;

/**
 * Is the rule at `s` (in folded `t`, its sentence [sentenceStart, sentenceEnd)) the source of a
 * requirement told before it in its own clause, with no "no" in the sentence?
 */
export function ruleSourcedZh(
  t: string,
  s: number,
  sentenceStart: number,
  sentenceEnd: number,
): boolean {
  const before = t.slice(sentenceStart, s);
  return (
    NAMED_SOURCE.test(t.slice(s)) &&
    /,\s*$/u.test(before) &&
    REQUIREMENT.test(before) &&
    !zhNegates(before) &&
    !zhNegates(t.slice(s, sentenceEnd))
  );
}
