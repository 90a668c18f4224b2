import { hasHan } from '../text/chars.js';
import { contentKeys } from '../text/content.js';
import type { NormalisedText } from '../text/index.js';
import type { PhraseHit } from '../types.js';
import { ownExcuseHit, retells } from './en-own-excuse.js';
import { toldContentKeys } from './told-keys.js';
import { zhClauseList } from './zh-clause-list.js';

/** The agent's side speaking: we, our shop, our company. */
const ZH_OWN_VOICE = /我们|咱们|我这|我司|本店|本公司|我方/;
/** A rule, a habit or a refusal of blame: 规定, 一向, 就是这样, 不担责, 概不负责. */
const ZH_RULE =
  /就是这样|都是这样|一直这样|一向|向来|从来都|历来|规定|政策|不担责|不负责|不承担|概不|不赔|不予|不管/;
/** Another's words retold (您说我们一向不守时) or a view: no excuse of the agent's own. */
const ZH_REPORTED = /说|觉得|认为|以为|反映|投诉/;

const SUGGESTION = '别在复述里加自己的解释、规定或推脱：复述客户说的事实，认同感受，再确认。';

/**
 * The Chinese mirror of ownExcuses (en-own-excuse.ts): a clause of a restatement in the agent's
 * own voice that states a rule, a habit or a refusal of blame (化冻这种情况我们是不担责的,
 * 我们这儿就是这样), retelling little of the customer's words. The trainers cap such a restatement
 * at partial, as they do a forbidden phrase.
 */
export function zhOwnExcuses(answer: NormalisedText, customer: NormalisedText): PhraseHit[] {
  const text = answer.original;
  if (!hasHan(text)) return [];
  const out: PhraseHit[] = [];
  for (const { said, simple, at } of zhClauseList(text)) {
    if (!ZH_OWN_VOICE.test(simple) || !ZH_RULE.test(simple) || ZH_REPORTED.test(simple)) continue;
    const keys = [...new Set(contentKeys(simple))];
    if (retells(keys, toldContentKeys(customer.text))) continue;
    out.push(ownExcuseHit(text, said, at, SUGGESTION));
  }
  return out;
}
