import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Chinese doubts of the customer's account, read by structure on folded text (Simplified, 您 as 你,
 * marks as , . ? !):
 * - a question putting the cause on the customer's own doing, marked by the reflexive 自己 or by
 *   "your … problem" (是不是你自己…? / 系咪你自己冇揿确认? / 是不是你家wi-fi的问题?);
 * - the agent saying the account is hard to believe (我好难信喎 / 我很难相信);
 * - "really?" asked as a clause of its own (病历冇写喎,真系咁?);
 * - the agent's reading of the evidence set against the account the customer gave: an appearance
 *   word with a comparative 像 (看起来比较像…) after the customer's words are restated (你说…?), or
 *   with the customer as the doer (看起来像你自己…);
 * - after the customer's words are restated (你说…?), the account called unlikely (不太可能) or put
 *   down to the customer being too sensitive (应该是你太敏感吧).
 * A condition or a polite opener (请问) before a question makes it an ordinary one.
 */
const SELF_CAUSE = [
  /(?:是不是|是否|会不会|系咪|系唔系|有没有可能|会唔会)(?:你|是你)自己/u,
  /你(?:是不是|系咪|会不会|会唔会)自己/u,
  /(?:是不是|系咪|会不会|系唔系)你[^,.!?]{0,12}?(?:的问题|嘅问题|的原因|嘅原因)[呢啊呀吖]*\?$/u,
];
const DISBELIEF = /我(?:真系|真的|实在|都|也)?(?:好|很|有点|有啲|几)?难(?:以)?(?:信|相信|置信)/u;
const REALLY = /(?:^|,)(?:真系咁|真系|真的|是真的|真的假的|系咪真)(?:吗|咩|啊|呀|嘅|㗎)*\?$/u;
const LOOKS = '(?:看起来|看上去|看着|睇落|睇嚟|看来)[^,.!?]{0,4}?';
const LOOKS_OTHER = new RegExp(`${LOOKS}(?:比较|更|反而|倒)像`, 'u');
const LOOKS_YOURS = new RegExp(`${LOOKS}像(?:是)?(?:你|自己)`, 'u');
/** An improbability judged on what the customer said (不太可能 / 唔多可能喎), or their account put down to their oversensitivity (是你太敏感). */
const UNLIKELY =
  /(?:不|唔)(?:太|大|多)?可能(?![^,.!?]*(?:但|不过|我们会|我帮|帮你))|是你(?:自己)?太\p{Script=Han}/u;
const RESTATED = /你(?:说|话|讲)[^.!?]*\?/u;
const ORDINARY = /如果|要是|假如|万一|请问|想问|麻烦问/;

/** The list entry that words the flag. */
export const DOUBT_ACCOUNT_ENTRY_ZH = 'g-doubt';

/** The first doubt of the customer's account in folded text `t`, as a [start, end) range. */
export function doubtAccountZh(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const sentence = t.slice(s, e);
    const question = sentence.endsWith('?') && !ORDINARY.test(sentence);
    const forms = question
      ? [...SELF_CAUSE, REALLY, DISBELIEF, LOOKS_YOURS]
      : [DISBELIEF, LOOKS_YOURS];
    if (RESTATED.test(t.slice(0, s)) || RESTATED.test(sentence)) forms.push(LOOKS_OTHER, UNLIKELY);
    for (const re of forms) {
      const m = re.exec(sentence);
      if (m) return [s + m.index, e];
    }
  }
  return undefined;
}
