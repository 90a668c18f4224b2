/**
 * Chinese 你应该 as advice, as en-advice.ts reads "you should" (folded text: Simplified, 您 as 你,
 * marks as , . ? !): a step ahead of the customer, then a clause of its own that says why —
 * opening on a reason (因为…) or holding a comparison of gain (等高线清楚很多 / 比月付便宜 / 会快好多):
 * 你应该选年付的方案,因为算下来便宜两百. Not hindsight (你应该早点说 / 当初 / …才对: blame), nor a state,
 * a payment or a contact asked of the person (冷静, 等, 付, 找, 联系, 问, 自己…): a reason does
 * not soften those.
 */

/** The modal of advice at the start: 你应该 / 你们应该 / 你还是应该. */
const ADVISE = /^你(?:们|哋)?(?:还是|真的|其实)?应该(?:要)?(?:先|还是|尽量|直接)?/u;

/** Hindsight, or what is asked of the person rather than a step with a reason. */
const NOT_A_STEP =
  /^(?:早|一早|当初|本来|事先|那时|之前|自己|冷静|等|听|理解|明白|接受|付|交|找|揾|问|联系|打给|打去|打电话|投诉|知道|清楚|注意|小心)/u;

/** A clause of its own that says why: a reason, or the customer's gain put as a comparison. */
const WHY =
  /^(?:因为|由于|毕竟|因)|(?:更|比较|较)\p{Script=Han}|\p{Script=Han}(?:得多|很多|好多|多了|不少)|比[^,.!?;]{1,10}?\p{Script=Han}/u;

/** The advice clause closed as hindsight: 你应该先看清楚说明书才对. */
const HINDSIGHT_CLOSE = /才对|才是/u;

/** Does the sentence from a 你应该 (`sentence` starts on it) give advice with its reason? */
export function adviceWithReasonZh(sentence: string): boolean {
  const lead = ADVISE.exec(sentence);
  if (!lead) return false;
  const clauses = sentence.split(/[,;:]/u);
  const advice = clauses[0] ?? '';
  if (NOT_A_STEP.test(sentence.slice(lead[0].length)) || HINDSIGHT_CLOSE.test(advice)) return false;
  return clauses.slice(1).some((c) => WHY.test(c.trim()));
}
