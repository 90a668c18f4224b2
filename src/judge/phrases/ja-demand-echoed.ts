import type { PhraseList } from './compile.js';
import { AGENT_ACT_JA } from './ja-doubt-account.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Japanese: the customer's request echoed back as a bare order put in a question (folded text) —
 * the plain imperative (戻せ, 直せ, 持て, 校正しろ, 来い), then と and the question closing the sentence
 * (明日までに戻せと? / 送料もこちらで持てとおっしゃるんですか / 今夜までに校正しろということですか): the
 * request restated as a demand to be resented, the digest's "您马上就要吗?". The pronouns これ/それ
 * (それと?) end in れ without ordering; the agent's own act after the question makes it a check.
 */
const ECHOED =
  /(?:(?<![こそあど])[えけげせてねべめれ]|しろ|せよ|(?<=\p{Script=Han})ろ|くれ|来い|こい)と(?:\?|(?:おっしゃる|仰る|言う|いう|言われる)(?:ん|の)(?:です|でしょう)?か\??|いうこと(?:です|でしょう)?か\??|でも(?:おっしゃる|言う|いう)?(?:ん|の)?(?:です)?か?\?)$/u;

/** The list entry that words the flag. */
export const DEMAND_ECHOED_ENTRY_JA = 'right-now';

/** The first request echoed back as a bare order in folded Japanese text `t`, as a range. */
export function demandEchoedJa(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const [s, e] of sentenceSpans(t, runOn)) {
    if (ECHOED.test(t.slice(s, e).replace(/[.!]+$/, '')) && !AGENT_ACT_JA.test(t.slice(e)))
      return [s, e];
  }
  return undefined;
}
