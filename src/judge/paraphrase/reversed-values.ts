import { contentKeys } from '../text/content.js';
import { normalise } from '../text/index.js';
import type { ValueMention } from '../text/value-mentions.js';
import type { CriterionResult } from '../types.js';
import { clauseAround } from './clauses.js';
import { comparable, readCustomer, sameValue } from './wrong-values.js';

/** A negation in a clause: not, n't, never, no, nothing; 没, 未, 不. */
const NEGATED =
  /\b(?:not|never|no|nothing|nobody|none|yet|still waiting|missing)\b|n't|[没沒未不]|还在等|還在等/i;
/** What came about: money back, a parcel arrived, a payment through (to come, 到账, 收到). */
const CAME =
  /\b(?:came|come|arrived|received|got|refunded|credited|went through|gone through|paid back|returned to you|back in your account)\b|到账|到帳|收到|到了|退回来了|退回來了|退了|已经退|已經退/i;

const UNTIL = /\b(?:until|till|til)\b/i;

/** What was due, not what happened ("should have come to 575", 照理该到手): no value came in it. */
const DUE =
  /\b(?:should|would|ought to|meant to|supposed to|expected to|due to)\b|应该|應該|应当|應當|本该|本該|照理|按理|理应|理應/i;

/**
 * The value said as what was displaced ("forty minutes instead of the three hours", "rather than
 * the £80 quoted"): the answer denies it as the customer did.
 */
const DISPLACED_BEFORE =
  /\b(?:instead of|rather than|in place of|not)\s+(?:(?:the|your|our|a|an)\s+)?(?:[a-z]+\s+)?$/i;

/** Absence told right before the value ("came without the pair of topmasts"). */
const ABSENT_BEFORE = /\b(?:without|minus|lacking|missing)\s+(?:[a-z]+\s+){0,3}$/i;
/** A later clause of the sentence telling it did not come after all ("but all ten were absent"). */
const TAKEN_BACK =
  /^[^.!?]*\bbut\b[^.!?]*(?:\b(?:absent|missing|not there|nowhere)\b|\b(?:never|not|n't)\s+(?:in|inside|there|included|packed)\b)/i;

/** Words that tell the thing after them absent in a clause that says something came. */
const ABSENT = /\b(?:without|missing|no|minus|lacking)\b/gi;

/**
 * The customer's denial is of a thing other than the value ("the order delivered yesterday
 * was missing the cake"), and the answer tells that thing absent too ("yesterday's delivery
 * came without the cake"): what came is the value's, what did not is the thing's.
 */
function absentToo(theirs: string, ours: string, value: string): boolean {
  const negator = NEGATED.exec(theirs);
  if (!negator) return false;
  const own = new Set(contentKeys(normalise(value).text));
  const denied = new Set(
    contentKeys(normalise(theirs.slice(negator.index + negator[0].length)).text).filter(
      (k) => !own.has(k),
    ),
  );
  return [...ours.matchAll(ABSENT)].some((m) =>
    contentKeys(normalise(ours.slice(m.index + m[0].length)).text).some((k) => denied.has(k)),
  );
}

/**
 * Facts met by a value the customer said was still missing ("I still haven't seen my £89"),
 * restated as come about ("the £89 refund came through"): the value is right, what happened
 * to it is the opposite. The customer's clause around the value is negated; the answer's has
 * no negation and a verb of arriving or receiving.
 */
export function reversedValues(
  facts: readonly CriterionResult[],
  said: readonly ValueMention[],
  answer: string,
  customer: string,
): CriterionResult[] {
  const { values: told } = readCustomer(customer);
  return facts.map((f) => {
    if (!f.met || !f.span) return f;
    const span = f.span;
    const mention = said.find((v) => v.start < span.end && span.start < v.end);
    // A floor reached (到了三楼) is where the customer went, not something that came.
    if (!mention || mention.unit === '楼') return f;
    const heard = told.filter((t) => comparable(t, mention) && sameValue(t, mention));
    if (heard.length !== 1) return f;
    const theirs = clauseAround(customer, heard[0] as ValueMention);
    const ours = clauseAround(answer, mention);
    const theirClause = customer.slice(theirs.start, theirs.end);
    const ourClause = answer.slice(ours.start, ours.end);
    // "didn't arrive until twenty to six" says when it came, not that it did not.
    const denied = NEGATED.test(theirClause) && !UNTIL.test(theirClause);
    if (!denied || NEGATED.test(ourClause) || !CAME.test(ourClause) || DUE.test(ourClause))
      return f;
    if (DISPLACED_BEFORE.test(answer.slice(ours.start, mention.start))) return f;
    // "came without the pair of topmasts": the value itself told absent, as the customer did.
    if (ABSENT_BEFORE.test(answer.slice(ours.start, mention.start))) return f;
    // "ten regulators came on Monday, but all ten were absent": the same sentence takes it back.
    if (TAKEN_BACK.test(answer.slice(ours.end))) return f;
    if (absentToo(theirClause, ourClause, customer.slice(heard[0]?.start, heard[0]?.end))) return f;
    return {
      ...f,
      met: false,
      status: 'contradicted',
      detail: 'reversed',
      said: ourClause.trim(),
      expected: theirClause.trim(),
    };
  });
}
