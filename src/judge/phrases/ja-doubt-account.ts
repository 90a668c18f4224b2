import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Japanese doubts of the customer's account by structure (folded text: marks as , . ? !, katakana
 * as hiragana):
 * - a judgement of unlikelihood closing the sentence (ちょっと考えにくいですね / ありえません), after the
 *   account echoed as a question (二日で変色ですか?) or with our own side or check named in it
 *   (うちの卵ぱっくは厚手なので / 出荷前に全部試し撮りしてますから);
 * - "really?" put to the account (本当に…ですか?) with our check set against it in a sentence after
 *   (出荷前に全部点検してますけどね), or any statement after it left hanging on a contrastive けど/が
 *   (ドライバーは一枚ずつ確認していますけど) or on a reason (この辺りは同業者が多いので): what we know,
 *   held against the account;
 * - a negative question suggesting the customer confused it (他社製品と勘違いされていませんか).
 * Not when the agent's own act follows (すぐにお調べいたします).
 */
const UNLIKELY =
  /(?:考えにくい|考え難い|考えられない|考えられません|ありえない|ありえません|あり得ない|あり得ません)(?:です|でしょう)?(?:ね|よ|けど|けれど)*$/u;
const OURS = /うち|当社|弊社|私ども|出荷前|発送前|検品|点検/u;
const REALLY = /^本当に[^.!?]*(?:か|の)\??$/u;
const OUR_CHECK =
  /(?:出荷前|発送前|納品前|検品|点検|確認済|ちぇっく)[^.!?]*(?:ます|ました|けど|ので|から)/u;
const HELD_AGAINST =
  /(?:ます|ました|です|でした|ません|ている|てる|た|い)(?:けど|けれど|けれども|が|ので|から)ね?$/u;
const CONFUSED = /勘違い(?:され|し)て(?:い)?(?:ません|ない(?:です)?)か/u;
/** The agent's own act after the doubt: checking, arranging, replacing, a humble お/ご〜します. */
export const AGENT_ACT_JA =
  /いたします|いたしました|させていただ|お調べ|確認いたし|手配|(?:お|ご)[^,.!?]{1,6}します/u;

/** The list entry that words the flag. */
export const DOUBT_ACCOUNT_ENTRY_JA = 'g-claim-unlikely-ja';

/** The first doubt of the customer's account in folded Japanese text `t`, as a [start, end) range. */
export function doubtAccountJa(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const spans = sentenceSpans(t, runOn);
  let echoed = false;
  for (const [i, [s, e]] of spans.entries()) {
    const sentence = t.slice(s, e).replace(/[.!]+$/, '');
    const later = spans.slice(i + 1).map(([a, b]) => t.slice(a, b));
    const doubts =
      (UNLIKELY.test(sentence) && (echoed || OURS.test(sentence))) ||
      (REALLY.test(sentence) &&
        later.some((x) => OUR_CHECK.test(x) || HELD_AGAINST.test(x.replace(/[.!]+$/, '')))) ||
      CONFUSED.test(sentence);
    if (doubts && !AGENT_ACT_JA.test(t.slice(e))) return [s, e];
    echoed ||= sentence.endsWith('?');
  }
  return undefined;
}
