import type { PhraseList } from './compile.js';
import { firstStanding } from './first-sentence.js';

/**
 * Chinese: the choice handed back by structure — the thing said to be the customer's own, in a
 * clause closing on it (房子是您的 / 车系你嘅), then the customer alone told to decide (您自己定 /
 * 你自己谂啦): "要不要做检测,房子是您的,您自己定。" Ownership alone is a fact ("车是您的，手续都齐了");
 * a choice offered with help, a question or a condition answers otherwise. Also the customer sent off
 * alone to weigh it (SENT_OFF_TO_DECIDE). Folded text: simplified,
 * commas ','.
 */
const OWNED = /(?:是|系)(?:你|您)(?:们|哋)?(?:家|屋企|自己)?(?:的|嘅)$/u;

/** The customer alone deciding, the clause closing on it (您自己定吧 / 你自己揀啦). */
const DECIDE_ALONE =
  /^(?:你|您)(?:们|哋)?自己(?:定|决定|拿主意|做主|看着办|睇住办|谂|想|选|拣|揀)(?:吧|啦|喇|咯|罢|喔)?$/u;

/**
 * The customer alone sent off to weigh it, the clause closing on it: 去 with the verb (你们自己商量去 /
 * 您自个儿琢磨去 / 你们自己去乔), or 自个儿 with it (您自个儿定吧) — a person or two named beside them
 * (你们小两口自己商量去), the choice itself before them (选哪个你们自己商量去) — or a bare 随便 (大份还是
 * 小份您随便): the choice thrown back, not offered.
 */
const SENT_OFF_TO_DECIDE =
  /(?:你|您)(?:们|哋|俩|两个)?[^,;:，]{0,4}?(?:(?:自己|自家|自个儿|自各儿)去(?:定|决定|商量|琢磨|掂量|考虑|斟酌|乔|谂|想|选|拣|揀)|(?:自己|自家|自个儿|自各儿)(?:定|决定|商量|琢磨|掂量|考虑|斟酌|乔|谂|想|选|拣|揀)(?:一下)?去|(?:自个儿|自各儿)(?:定|决定|商量|琢磨|掂量|考虑|斟酌|想|选|拿主意|看着办))(?:吧|啦|喇|咯|罢|喔)?$|(?:你|您)(?:们|哋)?随便(?:吧|啦|咯|喇|啊)?$/u;

/** Help offered, a question or a condition in the sentence. */
const ANSWERED = /[?？]|吗|如果|要是|的话|可以|帮你|帮您|建议|推荐/u;

/** The list entry that words the flag. */
export const YOUR_CALL_ENTRY_ZH = 'g-you-decide-zh';

/** The first sentence of folded text `t` handing the choice back to the customer alone, as a range. */
export function yourCallZh(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  return firstStanding(t, list, runOn, handsBack);
}

/**
 * A clause saying the thing is the customer's, then one telling them to decide alone; or a clause
 * sending them off alone to weigh it.
 */
function handsBack(sentence: string): boolean {
  if (ANSWERED.test(sentence)) return false;
  const clauses = sentence.split(/[,;:]/).map((c) => c.replace(/[.!]+$/, '').trim());
  return clauses.some(
    (c, i) =>
      (OWNED.test(c) && DECIDE_ALONE.test(clauses[i + 1] ?? '')) || SENT_OFF_TO_DECIDE.test(c),
  );
}
