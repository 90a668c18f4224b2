import { wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';
import { DAY_ZH } from './zh-bare-order.js';

/**
 * Chinese: the customer's deadline echoed back as a question of its own, "by then?" (这周五就要? /
 * 四十件工服今天下班前就要绣好?) — 您马上就要吗? with any day or hour: a short topic at most, the day,
 * 就要 and a few characters, closing on the question mark; with no way forward after it in the reply
 * and the agent not taking it on (您明天就要?没问题,我们今晚加班做好 confirms and acts).
 */
const BY_THEN = new RegExp(
  `^[^,.!?]{0,8}?(?:${DAY_ZH}){1,2}(?:之前|以前|前)?(?:就|便)要[^,.!?]{0,4}?[啊呀喔哦吗嘛咩]*\\?$`,
  'u',
);

/** The agent taking the deadline on after the echo (没问题 / 我们今晚加班做好 / 可以). */
const TAKEN_ON = /我|咱|没问题|冇问题|可以|好的|行/u;

/** The list entry that words the flag. */
export const DEADLINE_ECHO_ENTRY_ZH = 'right-now-question';

/** The first sentence of folded text `t` echoing the deadline back, with nothing after, as a range. */
export function deadlineEchoZh(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const [s, e] of sentenceSpans(t, runOn)) {
    if (!BY_THEN.test(t.slice(s, e).trim())) continue;
    if (TAKEN_ON.test(t.slice(e)) || wayForward(t, e, e, list, runOn)) return undefined;
    return [s, e];
  }
  return undefined;
}
