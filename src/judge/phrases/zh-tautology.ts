import { wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { isClauseEnd } from './phrase-patterns.js';

/**
 * A Chinese rule closed on itself: "A 就是 A" with the same words both sides (拆了就是拆了 /
 * 付了就是付了 / 时间到就是到 / Cantonese 拆咗就系拆咗), ending its clause — the matter shut with no
 * reason and no way forward, the policy shield in new words. Not under a condition (如果…), not
 * asked, and not when a way forward follows.
 */
const CLOSED_ON_ITSELF =
  /(\p{Script=Han}{1,4}?)(?:就是|就系)\1(?=[,.!?;:]|$|[啦喇嘛吧喔囉咯㗎]|的[,.!?;]|的$)/gu;
const CONDITION = /如果|要是|假如|万一|若|的话|嘅话/;

/** The list entry that words the flag. */
export const TAUTOLOGY_ENTRY_ZH = 'company-policy';

/** The first rule closed on itself in folded text `t`, as a [start, end) range. */
export function tautologyAtZh(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const m of t.matchAll(CLOSED_ON_ITSELF)) {
    const s = m.index;
    const e = s + m[0].length;
    let cs = s;
    while (cs > 0 && !isClauseEnd(t[cs - 1])) cs--;
    let ce = e;
    while (ce < t.length && !isClauseEnd(t[ce])) ce++;
    if (CONDITION.test(t.slice(cs, s)) || t[ce] === '?') continue;
    if (wayForward(t, e, ce, list, runOn)) continue;
    return [s, e];
  }
  return undefined;
}
