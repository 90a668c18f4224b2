/**
 * Chinese 你应该 as advice, as en-advice.ts reads "you should" (folded text: Simplified, 您 as 你,
 * marks as , . ? !): a step ahead of the customer, then a clause of its own that says why —
 * opening on a reason (因为… / 这样…), holding a comparison of gain (等高线清楚很多 / 比月付便宜 / 会快好多),
 * or telling a fact that calls for the step (您应该多带一条短裤，果汁会染色 / 多备一件外套，山上风很大):
 * 你应该选年付的方案,因为算下来便宜两百. Not hindsight (你应该早点说 / 当初 / …才对: blame), nor a state,
 * a payment or a contact asked of the person (冷静, 等, 付, 找, 联系, 问, 自己…): a reason does
 * not soften those.
 */

/**
 * The modal of advice at the start (你应该 / 你们应该 / 你还是应该), or a suggestion of a step closing
 * its clause on 吧 (你们去同顺斋吃吧 / 你可以试试那家吧).
 */
const ADVISE =
  /^你(?:们|哋)?(?:(?:还是|真的|其实)?应该(?:要)?(?:先|还是|尽量|直接)?|(?:可以|不如)?(?=(?:去|到|试试|尝尝|选|挑|订|坐)[^,;:.!?]{1,14}吧(?:[,;:]|$)))/u;

/** Hindsight, or what is asked of the person rather than a step with a reason. */
const NOT_A_STEP =
  /^(?:去|再去)?(?:早|一早|当初|当时|本来|事先|那时|之前|自己|冷静|等|听|理解|明白|接受|付|交|找|揾|问|联系|打给|打去|打电话|投诉|知道|清楚|注意|小心)/u;

/**
 * A clause of its own that says why: a reason, the customer's gain put as a comparison, what the step
 * serves (这样 / 咁样 / 以免 / 免得…), a drawback lessened (手指印冇咁明显), or a fact about the world that calls for it — an outcome
 * foretold (果汁会染色) or a state of things (山上晚上风很大).
 */
const WHY =
  /^(?:因为|由于|毕竟|因|这样|咁样|那样|以便|以免|免得|省得)|(?:更|比较|较)\p{Script=Han}|\p{Script=Han}(?:得多|很多|好多|多了|不少)|比[^,.!?;]{1,10}?\p{Script=Han}|(?:冇|没有|没|不)(?:咁|那么|这么|那样)\p{Script=Han}|(?<![不唔])(?:会|容易)\p{Script=Han}|(?:很|好|特别|非常|挺|太)\p{Script=Han}/u;

/**
 * A "why" that is no fact about the world: the customer as its subject (你这样很麻烦), the agent's own
 * feeling (不过我理解你很委屈), or what was already told or written (上面写得很清楚): a rebuke or a
 * sympathy, not a reason.
 */
const NOT_A_REASON =
  /^(?:你|您)|我|咱|(?:写|说|讲|标|注)(?:得|了|咗)?[^,.!?;]{0,3}?(?:清楚|明白|明)/u;

/** The advice clause closed as hindsight: 你应该先看清楚说明书才对. */
const HINDSIGHT_CLOSE = /才对|才是/u;

/**
 * A first clause that only sets the scene for the advice (去那片海滩, 冬天上山, 第一次来): no "no", no
 * person, no modal of its own.
 */
const SETTING = /^[^,;:不没别唔冇你我咱要得须]{1,12},\s*(?=你)/u;

/**
 * Does the sentence from a 你应该 (`sentence` starts on it, or on a clause setting the scene before
 * it) give advice with its reason?
 */
export function adviceWithReasonZh(whole: string): boolean {
  const sentence = whole.replace(SETTING, '');
  const lead = ADVISE.exec(sentence);
  if (!lead) return false;
  const clauses = sentence.split(/[,;:]/u);
  const advice = clauses[0] ?? '';
  if (NOT_A_STEP.test(sentence.slice(lead[0].length)) || HINDSIGHT_CLOSE.test(advice)) return false;
  return clauses.slice(1).some((c) => WHY.test(c.trim()) && !NOT_A_REASON.test(c.trim()));
}
