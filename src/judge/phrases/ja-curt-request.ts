import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * A Japanese request made an order by its tail (folded text): a bare 〜てください sentence, with no
 * cushion (お手数ですが / 恐れ入りますが / すみません), followed by a sentence that is nothing but a
 * curt close or insistence — 以上です / それだけです / 必ず / 全部 / 今すぐ / 至急で / a bare deadline
 * (今日中に / 金曜までに): 診断書、今日中に送ってください。以上です。 The same request with its reason or the agent's next step after it is a request.
 */
const REQUEST = /(?:て|で)ください$/u;
const CUSHION = /お手数|恐れ入り|すみません|申し訳|よろしければ|できれば|いただけ|もし/u;
const CURT_TAIL =
  /^(?:以上|それだけ|必ず|絶対(?:に)?|全部|全て|すぐ(?:に)?|今すぐ|大?至急(?:で)?|急いで|(?:今日|本日|明日)中に|[^,.!?]{1,6}までに)(?:です)?(?:よ|ね)?$/u;

/** The list entry that words the flag. */
export const CURT_REQUEST_ENTRY_JA = 'g-te-order';

/** A request closed by a curt tail ending folded Japanese text `t`, as a [start, end) range. */
export function curtRequestJa(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const [request, tail] = sentenceSpans(t, runOn).slice(-2);
  if (!request || !tail) return undefined;
  const text = (span: readonly [number, number]) => t.slice(span[0], span[1]).replace(/[.!]+$/, '');
  const asked = text(request);
  return REQUEST.test(asked) && !CUSHION.test(asked) && CURT_TAIL.test(text(tail))
    ? [request[0], tail[1]]
    : undefined;
}
