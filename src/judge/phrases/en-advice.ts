/**
 * "You should" and the other modals of advice ("you ought to", "you would do well to") as advice:
 * the reason a recommendation carries and a bare order does not.
 * - Any verb but hindsight and forecasts (should have / be / get / receive / hear: "you should get
 *   it by Friday"), with the customer's gain after it ("…, it works out cheaper per kilo").
 * - A verb that acts on the world, then a clause of its own that says why ("you should really
 *   catch the first loop; after eleven the queues get long", "you should ask for the 4-metre sail,
 *   the triangle will shade the whole sandpit") or a step it goes with ("…before charging it").
 *   Not a state or conduct asked of the person (calm down, learn, listen, understand, stop, wait,
 *   accept, pay), nor sending the customer to another party (see, call, ring, contact, ask, talk
 *   to, take it up): a reason does not soften those.
 */
/**
 * The modals of advice to the customer ("you should", "you ought to", "you would do well to", "you'd
 * best", folded "you would best"). Not "you'd better", whose "or…" threatens.
 */
const ADVISE =
  'you (?:should|ought to|would do well to|would be (?:wise|well advised) to|(?:would|had) best)';
const LEAD = `${ADVISE} (?:(?:really|definitely|honestly|probably|seriously|just|also|still|maybe|perhaps|ideally) )?`;
const FORECAST = 'have|be|get|receive|hear|see it|know|not|never';
const ON_THE_PERSON =
  'see|calm|relax|learn|listen|understand|realise|realize|remember|accept|stop|wait|pay|call|ring|phone|contact|email|write|talk|speak|complain|raise|take it|go to|ask(?! for)';
const GAIN_AFTER = new RegExp(
  String.raw`${LEAD}(?!(?:${FORECAST})\b)[a-z][^.!?]*?(?:[,;:]|\s(?:as|because|since)\s)[^.!?]*?\b(?:cheaper|cheapest|better|longer|safer|easier|quicker|faster|gentler|lighter|stronger|tougher|warmer|cooler|saves?|saving|value for money)\b`,
  'y',
);
const REASON_AFTER = new RegExp(
  String.raw`${LEAD}(?!(?:${FORECAST}|${ON_THE_PERSON})\b)[a-z]+\b[^.!?;—–]*?(?:;|\s[—–-]\s|,\s*(?=(?:it|its|they|their|the|that|this|these|those|there|he|she|a|an|after|before|otherwise|then|so|as|because|since|most|many|some|[0-9])\b)|\s(?=(?:because|since|as|so that|or|otherwise)\s)|\s(?=(?:before|after|until|once|when|while) [a-z]+ing\b))\s*[a-z0-9]+[ ,'-]+[a-z0-9]`,
  'y',
);

/**
 * Whether a modal of advice at `at` opens advice with its reason. A semicolon may end the
 * detector's sentence; the reason after it still belongs to the advice.
 */
export function adviceWithReasonEn(t: string, at: number): boolean {
  return [GAIN_AFTER, REASON_AFTER].some((re) => {
    re.lastIndex = at;
    return re.test(t);
  });
}

const ADVISE_WHOLE = new RegExp(`^${ADVISE}$`);
const ADVISE_AT = new RegExp(ADVISE, 'y');

/** Whether `hit` is a modal of advice as a whole ("you should", "you ought to"). */
export const isAdviceModalEn = (hit: string): boolean => ADVISE_WHOLE.test(hit);

/** Whether a modal of advice starting in [from, to) opens advice with its reason. */
export function adviceWithinEn(t: string, from: number, to: number): boolean {
  for (let i = t.indexOf('you ', from); i >= 0 && i < to; i = t.indexOf('you ', i + 1)) {
    if (/[a-z]/.test(t[i - 1] ?? '')) continue;
    ADVISE_AT.lastIndex = i;
    if (ADVISE_AT.test(t) && adviceWithReasonEn(t, i)) return true;
  }
  return false;
}
