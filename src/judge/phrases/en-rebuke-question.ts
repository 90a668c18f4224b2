import type { PhraseList } from './compile.js';
import { firstStanding } from './first-sentence.js';

/**
 * A question hunting who on the customer's side is at fault, asked as a rebuke — "And whose idea
 * was it to burn wet wood…?", "Did nobody at your place think to check…?", "Who told you a crane
 * would fit down that lane?", "And whose fault is it the gate was locked?"; or one that asks whether
 * the customer grasps a degree on the agent's side ("Do you have any idea how busy we are?"), or
 * puts a step they skipped before their own act to them ("Did not you look at the tide table
 * before you booked?"). It asks nothing the agent needs: its answer is the customer's fault.
 * Folded text: lower case, contractions expanded.
 */
const REBUKE =
  /^(?:(?:and|so|well|right|then|honestly|seriously|i\s+mean)\W+)*(?:whose\s+(?:bright\s+)?(?:idea|decision|plan|fault|doing)\s+(?:was|is)\s+(?:it|that|this)\b|(?:do\s+you\s+have|have\s+you\s+(?:got\s+)?)\s*(?:any|the\s+(?:faintest|slightest))\s+idea\s+how\b|do\s+you\s+(?:even\s+)?(?:realise|realize|appreciate)\s+how\s+(?:busy|much|many|long|hard|difficult)\b|did\s+not\s+you\s+[a-z]+\b[^?]*\bbefore\s+you\b|who\s+(?:told|said\s+to|asked|advised)\s+you\b|did\s+(?:nobody|no\s+one|not\s+(?:anybody|anyone|somebody|someone))\b|(?:did|does|do)\s+not\s+(?:anybody|anyone|somebody|someone)\b)[^?]*\?$/;

/** The list entry that words the flag. */
export const REBUKE_ENTRY_EN = 'g-seriously-question';

/** The first rebuking question of folded text `t` with no way forward after it, as a range. */
export function rebukeQuestionEn(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  return firstStanding(t, list, runOn, (sentence) => REBUKE.test(sentence));
}
