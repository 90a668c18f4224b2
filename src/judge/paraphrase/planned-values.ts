import type { ValueMention } from '../text/value-mentions.js';
import { comparable, readCustomer, sameValue } from './wrong-values.js';

/**
 * Words that give a value as the plan or the norm: what was quoted, promised, estimated, asked
 * for, ordered, or is usual.
 */
const PLAN =
  /\b(?:quoted|quote of|quoted you|quoted me|promised|estimated|estimate of|guaranteed|asked(?: [a-z]+)? for|ordered|requested|wanted|usually|normally|typically)\b/gi;
/** What may stand between a plan word and its values besides other values ("quoted it at …"). */
const BETWEEN =
  /^(?:[\s,]|\b(?:and|a|an|the|of|it|at|us|you|me|would|take|be|within|in|for|just|only|about|around|roughly|is|was|it's|its|comes to|came to)\b)*$/i;

/**
 * Whether the value is given as the plan: a plan word before it in its sentence, with only
 * values and small words between ("you quoted £2,400 and ten weeks": both are the quote).
 */
function planned(text: string, v: ValueMention, values: readonly ValueMention[]): boolean {
  const before = text.slice(0, v.start);
  const from = Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!'));
  let end = -1;
  for (const m of before.slice(from + 1).matchAll(PLAN)) end = from + 1 + m.index + m[0].length;
  if (end < 0) return false;
  const gap = [...text.slice(end, v.start)]
    .map((c, i) => (values.some((o) => o.start <= end + i && end + i < o.end) ? ' ' : c))
    .join('');
  // "the 7-foot one you ordered, five foot instead": the plan word ended its clause.
  return BETWEEN.test(gap) && !/^\s*,/.test(gap);
}

/**
 * The plan and what happened told the other way round ("we quoted fourteen months … we're now
 * at eight" for "you quoted eight months … you've had it fourteen months"): the answer gives as
 * the plan a value the customer gave only as what happened, and the customer gave another value
 * of its kind as the plan — that value's place is taken.
 */
export function plannedInstead(
  answer: string,
  mention: ValueMention,
  said: readonly ValueMention[],
  customer: string,
): ValueMention | undefined {
  if (!planned(answer, mention, said)) return undefined;
  const { values: told } = readCustomer(customer);
  const kind = told.filter((t) => comparable(t, mention));
  const own = kind.filter((t) => sameValue(t, mention));
  if (own.length === 0 || own.some((t) => planned(customer, t, told))) return undefined;
  return kind.find((t) => !sameValue(t, mention) && planned(customer, t, told));
}
