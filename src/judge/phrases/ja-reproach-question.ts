import type { PhraseList } from './compile.js';
import { AGENT_ACT_JA } from './ja-doubt-account.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Japanese reproach put as a yes/no question about the customer's own past act (folded text):
 * the explanatory past question (〜たんですか / 〜たのですか) with no wh-word, where the act is
 * marked as the customer's handling by
 * - its negative (サイズ表をご覧にならなかったんですか: an object and a verb not done, or a verb of
 *   checking in the respect form not done, 洗濯表示、ご覧にならなかったんですか, or a verb of thinking ahead
 *   or looking up not done, 雪のことは考えなかったんですか / 天気予報くらい調べなかったんですか — not a thing that
 *   failed to happen, 届かなかったんですか, nor a favour not received, いただけなかった),
 * - an adjunct of omission or of a state left unchanged (許可も取らずに掘った, 濡れたまま保管していた,
 *   つけっぱなしにしていた), or
 * - a why-fragment after it (…置いておいたんですか? どうしてそんなことを? / 何を考えてたんです?).
 * Also the looking not done asked now, そもそも on the customer's act, and why our side should have to
 * act (REPROACHES, OUR_SIDE_MADE_TO). A wh-question gathers a fact (いつ頃届いたんですか); the agent's own act after it makes it a
 * diagnosis (…干されたんですか? それなら交換いたします).
 */
/** The explanatory past question, closed by a question mark or by か and a full stop (…たんですか。). */
const PAST_ASKED = /(?:た|だ)(?:んです|のです|んでしょう|のでしょう)(?:か?\?|か\.?)$/u;
const WH = /いつ|どこ|どちら|どれ|どの|誰|だれ|どなた|何|なに|なん|いくら|いくつ|どう|なぜ/u;
const NOT_DONE = /を[^,.!?]*なかった(?:ん|の)/u;
/**
 * A verb of looking or checking in the respect form お/ご〜になる, which names the customer as the
 * doer whatever the particles: ご覧にならなかったんですか (not お越しにならなかった, a visit not made).
 */
const RESPECT_NOT_DONE =
  /(?:ご覧|お読み|ご確認|お確かめ|お調べ|お目通し|お聞き|お測り|お試し)にならなかった(?:ん|の)/u;
/** Thinking ahead or looking up not done: only the one asked can have failed to. */
const FORESIGHT_NOT_DONE =
  /(?:考え|思わ|調べ|確かめ|想像し|予想し|予測し|予想され|お考えになら|お調べになら)なかった(?:ん|の)/u;
const FAVOUR = /(?:いただ|いただけ|もらえ|もらわ|くれ|くださ)[^,.!?]{0,3}なかった/u;
const LEFT_AS_IT_WAS = /ずに|せずに|ないで|まま|っぱなし|もせず/u;
const WHY_AFTER = /^(?:どうして|なぜ|なんで|何を考え|なにを考え)/u;
/**
 * Questions that reproach whatever tense they take, with no wh-word of fact-finding: the customer's
 * looking not done, asked now (注意書き、ご覧になってないんですか?); never having done it, asked in
 * surprise (電子レンジを使ったことがないんですか?; …ことがありますか asks); そもそも opening a question on the
 * customer's own act in the respect form (そもそも確認メール、お読みになりました?); why our side should
 * have to act (なぜうちが無料で直さないといけないんですか?).
 */
const REPROACHES = [
  /(?:ご覧|お読み|ご確認|お確かめ|お目通し)になって(?:い)?ない(?:ん|の)(?:です|でしょう)?か?\?$/u,
  /たこと(?:が|は)(?:ない|ありません|ございません)(?:ん|の)(?:です|でしょう)?か?\?$/u,
  /^そもそも[^?]*(?:になりました|られました|されました|になったんですか|られたんですか)か?\?$/u,
];
const OUR_SIDE_MADE_TO =
  /(?:なぜ|どうして|なんで)(?:うち|当店|こちら|私ども|弊社)(?:が|で)[^?]*(?:ないといけない|なければならない|なきゃいけない|なくてはいけない)(?:ん|の)(?:です|でしょう)?か\?$/u;

/** The list entry that words the flag. */
export const REPROACH_QUESTION_ENTRY_JA = 'g-did-you-read-ja';

/** The first reproaching question about the customer's own act in folded text `t`, as a range. */
export function reproachQuestionJa(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const spans = sentenceSpans(t, runOn);
  for (const [i, [s, e]] of spans.entries()) {
    const asked = t.slice(s, e);
    if (OUR_SIDE_MADE_TO.test(asked)) return [s, e];
    if (
      REPROACHES.some((re) => re.test(asked)) &&
      !WH.test(asked) &&
      !AGENT_ACT_JA.test(t.slice(e))
    )
      return [s, e];
    if (!PAST_ASKED.test(asked) || WH.test(asked)) continue;
    const next = spans[i + 1];
    const marked =
      ((NOT_DONE.test(asked) || RESPECT_NOT_DONE.test(asked) || FORESIGHT_NOT_DONE.test(asked)) &&
        !FAVOUR.test(asked)) ||
      LEFT_AS_IT_WAS.test(asked) ||
      (next !== undefined && WHY_AFTER.test(t.slice(next[0], next[1])));
    if (marked && !AGENT_ACT_JA.test(t.slice(e))) return [s, e];
  }
  return undefined;
}
