import type { PhraseList } from './compile.js';
import { AGENT_ACT_JA } from './ja-doubt-account.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Japanese false reassurance by clause roles: calming words opening the sentence (ご安心ください /
 * 大丈夫です / ご心配なく), then a thing as the topic (この…は / この…なら) and a certainty over what it
 * will do or need — told in the potential or as a noun, which the listed wordings leave as our offer:
 * "ご安心ください、この地震計ならどこの地震でも必ず拾えます", "このテープは百パーセント復元できますから",
 * "このログハウスなら五十年は一切手入れ不要です". Our own act (お電話いたします / お届けします, 私が /
 * こちらで) can be promised, and a result checked (点検の結果 / 検査済み) grounds the calm. Folded text:
 * marks as , . ? !, katakana as hiragana, numbers as digits.
 */
const CALM =
  /^(?:ご安心ください|ご安心を|安心してください|大丈夫です|ご心配なく|ご心配には及びません|心配いりません|心配ありません)(?:よ|ね)?,/u;

/** A thing named as the topic: この地震計なら / そのてーぷは. */
const THING =
  /(?:この|その|こちらの|うちの|弊社の|当店の)[^,.!?]{1,15}?(?:は|なら|でしたら|であれば)/u;

/** A certainty: an absolute adverb, or "none at all" over a span of years (50年は一切). */
const SURE =
  /必ず|絶対|百ぱーせんと|100ぱーせんと|100%|間違いなく|確実に|(?:\d+|何)年(?:間)?(?:は|も)?一切/u;

/** Our own side acting or a result checked. */
const OURS_OR_CHECKED =
  /私|こちらで|弊社で|当社で|担当|結果|点検し|検査し|確認し|確認済|検査済|点検済/u;

/** The list entry that words the flag. */
export const VOUCH_ENTRY_JA = 'g-calm-certain';

/** The first sentence of folded text `t` calming the customer with a certainty over a thing's outcome. */
export function vouchedOutcomeJa(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  if (!SURE.test(t)) return undefined;
  const found = sentenceSpans(t, runOn).find(([s, e]) => vouches(t.slice(s, e)));
  return found && [found[0], found[1]];
}

/** Calming words, a thing as the topic, then a certainty over it with nothing of ours or checked. */
function vouches(sentence: string): boolean {
  const calm = CALM.exec(sentence);
  if (!calm) return false;
  const rest = sentence.slice(calm[0].length);
  const topic = THING.exec(rest);
  return (
    topic !== null &&
    SURE.test(rest.slice(topic.index + topic[0].length)) &&
    !OURS_OR_CHECKED.test(rest) &&
    !AGENT_ACT_JA.test(rest)
  );
}
