import { wayForward } from './acts.js';
import type { PhraseList } from './compile.js';

/**
 * A Chinese refusal by contrast: the one way the agent offers (只能帮您挂普通号), then the thing the
 * customer wanted shut with the same verb negated, closing the clause (专家号不挂 / 特约门诊不挂喔) —
 * no "can't" in it, and no way forward after. Folded text: commas are ','.
 */
const ONLY_CLAUSE = /(?:只能|只可以|只会|净系|剩系)([^,.!?;:]{1,14}),/gu;
const SHUT_CLAUSE =
  /^[^,.!?;:]{1,8}?(?:一律不|都不|也不|都唔|不|唔)(\p{Script=Han})[啦喇喔哦嘅的㗎呀]*(?=[,.!?;:]|$)/u;

/** The list entry that words the flag. */
export const ONLY_WAY_ENTRY_ZH = 'g-only-else-shut-zh';

/** The first way shut after "only" in folded text `t`, as a [start, end) range. */
export function onlyWayShutZh(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const m of t.matchAll(ONLY_CLAUSE)) {
    const from = m.index + m[0].length;
    const shut = SHUT_CLAUSE.exec(t.slice(from));
    const verb = shut?.[1];
    if (!shut || !verb || !(m[1] ?? '').includes(verb)) continue;
    const end = from + shut[0].length;
    if (wayForward(t, end, end, list, runOn)) continue;
    return [from, end];
  }
  return undefined;
}
