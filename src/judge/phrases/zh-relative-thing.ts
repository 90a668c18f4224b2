/**
 * Chinese (Cantonese above all) names a thing by a verb clause with no 的: 你送嚟嗰部咖啡機已經整好 —
 * "the machine you sent in is fixed". The customer as the verb's subject, a demonstrative and its
 * classifier right after the verb, and the clause going on past the noun with what is said of it: the
 * verb modifies the thing, it orders nothing. Folded text (嗰 as 𠮶).
 */
const YOU_BEFORE = /你(?:们|哋)?[^,.!?;:你我]{0,4}$/u;
const THING_AFTER =
  /^[那这𠮶呢](?:部|台|个|件|张|批|只|架|套|份|辆|条|本|盒|箱|包|袋|双|块|些|啲|对|封|支)\p{Script=Han}{1,8}?(?:已经|已|都|就|仲|还|今日|今天|听日|明天|我们|我哋|我|修|整|做|到|寄|送|收|检查|搞)/u;

/** Whether the verb at [s, e) of a clause starting at `clauseStart` names the customer's thing. */
export function relativeThingZh(t: string, clauseStart: number, s: number, e: number): boolean {
  return YOU_BEFORE.test(t.slice(clauseStart, s)) && THING_AFTER.test(t.slice(e, e + 16));
}
