import type { PhraseList } from './compile.js';
import { AGENT_ACT_JA } from './ja-doubt-account.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Japanese blame by a cleft of cause (folded text): the outcome as the topic (…のは), then its cause
 * closing the sentence (…からです / ためです / せいです / が原因です), where the cause is a slip on the
 * customer's side — the customer or what they gave named (お客様からいただいた便名, ご住所の番地, お忘れに
 * なった) with a slip (違っていた, 抜けていた, 忘れ), or their handling judged poor (締め方が甘かった) —
 * or a fault closing it (…の問題です / の責任です) with the customer's side named (仕込みが遅れたのは、
 * そちらの選果の問題です). Our own side named in the cause (こちらの入力漏れ) owns it; the agent's own act
 * after it (再発送いたします) is the fix, and a cause with no slip (台風で欠航したからです) explains.
 */
const CLEFT =
  /のは,?([^.!?]+?)(から|ため|せい|のが原因|が原因|の問題|の責任|の落ち度|の不備|のミス|の不手際)(?:です|でございます|だ)(?:ね|よ)*$/u;
/** A closer that is itself a fault (…の問題です / …の責任です): the customer's side named is blame enough. */
const FAULT = /^の(?:問題|責任|落ち度|不備|ミス|不手際)$/u;
const THEIRS =
  /お客様|お客さま|あなた|ご自身|ご本人|そちら(?:様|さま)?(?:の|が|で)|いただいた|くださった|お忘れ|ご\p{Script=Han}{2}/u;
const SLIP = /違って|違い|間違|誤って|誤り|抜けて|抜け|漏れ|忘れ|足りなかった|不足/u;
/** The customer's handling judged: a verb's way of doing, called lax or wrong (締め方が甘かった). */
const HANDLED = /\p{Script=Han}[^.!?,]{0,2}方が(?:甘|悪|雑|強|弱|間違っ|違っ)/u;
const OURS = /こちら(?!様|さま)|当社|弊社|私ども|当店|うち|私の|弊店|担当者|スタッフ|係/u;

/** The list entry that words the flag. */
export const BLAME_CAUSE_ENTRY_JA = 'your-fault';

/** The first outcome put down to the customer's slip in folded Japanese text `t`, as a range. */
export function blameCauseJa(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const m = CLEFT.exec(t.slice(s, e).replace(/[.!]+$/, ''));
    const cause = m?.[1];
    if (cause === undefined || OURS.test(cause)) continue;
    const blames =
      (THEIRS.test(cause) && (SLIP.test(cause) || FAULT.test(m?.[2] ?? ''))) || HANDLED.test(cause);
    if (blames && !AGENT_ACT_JA.test(t.slice(e))) return [s, e];
  }
  return undefined;
}
