import type { PhraseList } from './compile.js';
import { firstStanding } from './first-sentence.js';

/**
 * Chinese: blame by a counterfactual on the customer's act — a condition with the customer as its
 * doer (您要是按时间表推出来 / 要不是您没贴单号 / 你们如果照时间表…), then a clause opening on what
 * would have followed (早就洗好了 / 也不会漏收 / 就唔使等): what went wrong put down to what the
 * customer did or failed to do. The agent's side as the doer owns the fault ("要是我们早点通知您，您也
 * 不会白跑"); a question, or a consequence still to come (如果您今天下单，明天就能到), blames no one.
 * Folded text: simplified, commas ','.
 */
const IF_YOU =
  /^[^我咱]{0,6}?(?:(?:你|您)(?:们|哋)?(?:当初|当时|之前|早)?(?:要是|如果|假如|若是)|(?:要是|如果|假如|若是|要不是|要唔系|如果唔系)(?:你|您))[^我咱]*$/u;

/** A condition that can only be past: 要不是 (but for), or one set in the past (当初 / 当时 / 之前). */
const PAST_IF = /要不是|要唔系|如果唔系|当初|当时|之前|那时|嗰阵/u;

/** Already done by now, after a short subject or time (现在早就): past whatever the condition. */
const DONE_BY_NOW = /^[^,.!?;:我咱]{0,4}?(?:早就|早已|早都)/u;

/**
 * The trouble never come (司机也不会 / 就不用): past only after a past condition, else advice for
 * later (您如果按这个步骤装，以后就不会漏水了).
 */
const SPARED =
  /^(?![^,.!?;:]{0,4}?(?:以后|将来|下次|今后))[^,.!?;:我咱]{0,4}?(?:也不会|就不会|都不会|也唔会|就唔会|都唔会|就不用|就唔使|哪会)/u;

/** The list entry that words the flag. */
export const COUNTERFACTUAL_ENTRY_ZH = 'g-would-have-zh';

/** The first sentence of folded text `t` blaming the customer by a counterfactual, as a range. */
export function counterfactualZh(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  return firstStanding(t, list, runOn, blamesByCounterfactual);
}

/** A condition on the customer's act, then the clause after it opening on what would have been. */
function blamesByCounterfactual(sentence: string): boolean {
  if (/[?？]|吗/u.test(sentence)) return false;
  const clauses = sentence.split(/[,;:]/).map((c) => c.trim());
  return clauses.some((c, i) => {
    const then = clauses[i + 1] ?? '';
    return IF_YOU.test(c) && (DONE_BY_NOW.test(then) || (PAST_IF.test(c) && SPARED.test(then)));
  });
}
