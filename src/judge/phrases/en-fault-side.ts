import { agentActed } from './acts.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Blame by who is made the cause: an outcome put down to how the customer's side acted ("…is down
 * to how your crew loaded them", "comes down to the way your plumber fitted the valve"), placed at
 * their side or end ("the update failing is on your side", "the mix-up happened at your end"), or our
 * side denied as its cause ("the bands snapping isn't on us", "that's not down to us"), with no act of
 * ours after it. A question or a condition puts a case; our own fault ("it isn't on your side at all;
 * our server…") or our step after it ("…, but I'll replace them anyway") is no blame. Folded text.
 */

/** The link from an outcome to its cause. */
const LINK = String.raw`\b(?:is|are|was|were|comes?|came|all\s+comes|boils\s+down|goes\s+back)\s+(?:(?:all|entirely|purely|simply|just|really|squarely|mostly)\s+)?(?:down\s+to|due\s+to|because\s+of|caused\s+by|the\s+result\s+of|from|to)\s+`;

/**
 * The customer's side acting, as the cause: "how your crew loaded them", "the way you stored it";
 * not their wish ("it's down to what you prefer": the choice is theirs).
 */
const THEIR_ACT = new RegExp(
  String.raw`${LINK}(?:how|the\s+way|what|where)\s+(?:you|your\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:(?:had|have|has|were|was|did|must\s+have)\s+)?(?!(?:prefer|want|like|choose|decide|fancy|need|wish|feel|think|pick)\b)[a-z]+`,
);

/**
 * The outcome placed at the customer's side or end by a verb of being, happening or arising ("…is on your
 * side", "the mix-up happened at your end", "the error crept in somewhere on your side"); the words between
 * hold no denial, which `DENIED` reads before the verb.
 */
const AT_THEIR_SIDE =
  /\b(?:is|was|lies|lay|sits|sat|happened|occurred|arose|started|began|originated|crept\s+in|(?:was|were)\s+made|came\s+from|comes\s+from)\s+(?:(?!(?:not|never)\b)[a-z]+\s+){0,2}?(?:on|at|from)\s+your\s+(?:side|end)\b(?!\s+of\b)/;

/** An outcome as the subject: a fault word, or an event told by an -ing form ("the update failing"). */
const OUTCOME =
  /\b(?:problems?|issues?|faults?|errors?|failures?|glitch(?:es)?|delays?|mix-?ups?|confusion|slips?|mistakes?|leaks?|crash(?:es)?|damage|breaks?|hold-?ups?|trouble)\b|\b[a-z]{3,}ing\b/;

/** Our side denied as the cause ("isn't on us", "not down to us", "nothing to do with us"). */
const NOT_OURS =
  /\b(?:is|are|was|were)\s+not\s+(?:(?:really|actually)\s+)?(?:on\s+us|on\s+our\s+(?:side|end)|down\s+to\s+us|our\s+(?:fault|doing|responsibility|lookout)|(?:anything\s+)?to\s+do\s+with\s+us)\b|\b(?:is|are|was|were)\s+nothing\s+to\s+do\s+with\s+us\b/;

/** A denial just before the placing ("it isn't on your side"): no cause placed there. */
const DENIED = /\b(?:not|never)\s+(?:(?:really|actually|all)\s+)?$/;

/** A condition or a question word before the cause: a case put, not a cause told. */
const CONDITION = /\b(?:if|unless|whether|in\s+case|when)\b/;

/** The list entries that word the flags: blame of the customer, and our fault denied. */
export const FAULT_SIDE_ENTRY_EN = 'g-blame-yourself';
export const NOT_OURS_ENTRY_EN = 'not-my-fault';

/** The first sentence of folded `t` placing the cause on the customer's side, as a range. */
export function faultSideEn(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  return firstCause(t, runOn, (sentence) => {
    const acted = THEIR_ACT.exec(sentence);
    if (acted) return DENIED.test(sentence.slice(0, acted.index)) ? undefined : acted.index;
    // At their side: the subject an outcome ("the update failing", "the fault"), not an ally ("the law").
    const m = AT_THEIR_SIDE.exec(sentence);
    if (!m || DENIED.test(sentence.slice(0, m.index))) return undefined;
    return OUTCOME.test(sentence.slice(0, m.index)) ? m.index : undefined;
  });
}

/** The first sentence of folded `t` denying our side as the cause, as a range. */
export function notOursEn(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  return firstCause(t, runOn, (sentence) => NOT_OURS.exec(sentence)?.index);
}

/**
 * The first sentence where `at` finds the cause (its offset in the sentence), not asked, not
 * under a condition, with no act of ours from the sentence on.
 */
function firstCause(
  t: string,
  runOn: ReadonlySet<number>,
  at: (sentence: string) => number | undefined,
): [number, number] | undefined {
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const sentence = t.slice(s, e);
    if (sentence.includes('?')) continue;
    const i = at(sentence);
    if (i === undefined || CONDITION.test(sentence.slice(0, i))) continue;
    if (!agentActed(t.slice(s))) return [s, e];
  }
  return undefined;
}
