import { hasHan } from '../text/chars.js';
import { normalise } from '../text/index.js';
import type { PhraseHit } from '../types.js';

/**
 * Who speaks and who acts around a phrase hit in a Chinese restatement: the story told back, not
 * the trainee's own refusal, brush-off or impatience, when no one of the agent's side is in its
 * clause and
 * - nobody is the one who told (之前冇人同你講過, 事先没有人跟您说): the customer was not informed,
 *   not "as I already said";
 * - a refusal is said in the passive (退货被驳回三次): what was done to the customer's request;
 * - the negation and the two characters after it are the customer's own words (呢啲係冇得再有嘅嘢
 *   for 呢啲嘢冇得再搵返), outside what the customer quoted someone else saying.
 */
export function storyVoiceZh(h: PhraseHit, answer: string, customer: string): boolean {
  if (!hasHan(answer)) return false;
  const start = clauseStart(answer, h.span.start);
  const upToHit = answer.slice(start, h.span.end);
  if (FIRST_PERSON.test(upToHit)) return false;
  if (h.category === 'impatience' || h.category === 'dismissal')
    if (NOBODY_TOLD.test(upToHit)) return true;
  if (h.category === 'refusal' && /[被遭]/.test(upToHit)) return true;
  if (h.category === 'command' || h.category === 'blame') return false;
  return negationEchoed(answer.slice(h.span.start, h.span.end), customer);
}

/** The agent's side: 我, 我们, 我哋, 咱们, the shop or company speaking of itself. */
const FIRST_PERSON = /[我咱]|本店|本公司/;
/**
 * Nobody, then the customer told: 没人跟您说过, 冇人同你講過, 沒有人告訴你. Without the customer as
 * whom it was said to, "nobody said" is a precedent (从来没人说过有问题), the agent's own.
 */
const NOBODY_TOLD =
  /(?:没有?|沒有?|冇|无|無)人(?:提前|事先|预先|預先|再|都|也)?(?:[跟同对對给給和向][你您]们?(?:提前|事先|预先|預先|再|都|也)?(?:说|說|讲|講|话|話|提|讲明|講明|说明|說明)|(?:告诉|告訴|通知|提醒)[你您])/;
const CLAUSE_END = /[，。；！？,;!?\n]/;

function clauseStart(t: string, at: number): number {
  let i = at;
  while (i > 0 && !CLAUSE_END.test(t[i - 1] ?? '')) i--;
  return i;
}

const NEGATORS = /[不没沒冇无無未别別]/g;
/** What a Chinese customer quotes someone else saying (客服都说「我们没办法」): not their own words. */
const QUOTED = /“[^”]*”|「[^」]*」|『[^』]*』|"[^"]*"/g;
export const ownWordsZh = (customer: string): string =>
  hasHan(customer) ? customer.replace(QUOTED, '') : customer;

/** A negation and the two characters after it, in the hit, found in the customer's own words. */
function negationEchoed(hit: string, customer: string): boolean {
  const said = normalise(hit).text;
  const told = normalise(ownWordsZh(customer)).text;
  for (const m of said.matchAll(NEGATORS)) {
    const run = said.slice(m.index, m.index + 3);
    if (run.length === 3 && /^[\u3400-\u9fff]+$/.test(run) && told.includes(run)) return true;
  }
  return false;
}
