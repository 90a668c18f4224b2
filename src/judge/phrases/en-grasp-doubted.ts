import { agentActed } from './acts.js';
import type { PhraseList } from './compile.js';
import { firstStanding } from './first-sentence.js';

/**
 * The customer's grasp or memory put down, by clause roles: the customer as the subject of a
 * verb of understanding that the agent's hedge denies ("I don't think you're quite grasping how
 * it works", "I'm not convinced you really follow…"), of failing to take something in ("you seem
 * to be missing the point", "you appear to have lost track of…"), or of a mix-up ("you've clearly
 * got the two invoices confused", "perhaps you've misremembered…"); or the customer's memory or
 * head as the place where the facts went wrong ("…got a bit muddled in your memory"), or a muddle said to be on
 * their part, or another thing said to be in their mind ("you're probably looking at the old draft"). A thing the
 * customer lacks ("you seem to be missing one page"), a message not yet had, our own mix-up and a real question
 * are none. Folded text: lower case, contractions expanded.
 */

/** Words that may stand between the customer and the verb: aspect, degree, certainty. */
const FILL =
  '(?:(?:have|has|had|are|were|be|been|being|may\\s+have|might\\s+have|must\\s+have|quite|fully|really|entirely|totally|completely|clearly|obviously|somehow|probably|still|yet|just|properly|actually)\\s+)*';

/** Verbs of understanding, as the hedge's complement: grasp, follow, take in, see what… */
const UNDERSTAND =
  '(?:grasp(?:ing|ed)?|understand(?:ing)?|understood|follow(?:ing|ed)?|tak(?:e|ing|en)\\s+(?:it\\s+|that\\s+|this\\s+)?in|took\\s+(?:it\\s+|that\\s+|this\\s+)?in|appreciat(?:e|ing|ed)|see(?:ing)?\\s+(?:the\\s+point|what|how|why)|get(?:ting)?\\s+(?:the\\s+point|what|how|why)|got\\s+the\\s+point)\\b';

/** The agent's hedge that denies the customer's understanding: I don't think / I'm not sure you… */
const HEDGED_GRASP = new RegExp(
  `\\bi\\s+(?:do\\s+not\\s+think|am\\s+not\\s+(?:sure|convinced|certain)|doubt|wonder\\s+if)\\s+(?:that\\s+)?you\\s+${FILL}${UNDERSTAND}`,
);

/** The customer's understanding negated outright: you're not quite grasping, you haven't understood. */
const NOT_GRASPING = new RegExp(
  `\\byou\\s+(?:are|were|have|had|do|did)\\s+(?:(?:clearly|obviously|still|just)\\s+)?not\\s+${FILL}${UNDERSTAND}`,
);

/** What the customer is said to have missed or lost: the point, the idea, track of it. */
const FAILED =
  '(?:miss(?:ing|ed)?\\s+(?:the\\s+(?:(?:whole|main|real|basic)\\s+)?(?:point|idea|gist|distinction|difference|purpose)|what|how|why)|los(?:t|ing)\\s+track)\\b';

/** The customer seeming to fail: "you seem to be missing the point", "you appear to have lost track". */
const SEEMS_TO_FAIL = new RegExp(
  `\\byou\\s+(?:(?:seem|seemed|appear|appeared)\\s+to\\s+|(?:perhaps|maybe|probably)\\s+)?${FILL}${FAILED}`,
);

/** A hedge before the customer's mix-up: perhaps, maybe, it sounds like, I think. */
const MIXUP_LEAD =
  '(?:\\b(?:perhaps|maybe|possibly|probably|clearly|obviously|i\\s+think|i\\s+suspect|it\\s+(?:sounds|seems|looks)\\s+(?:like|as\\s+(?:if|though))|with\\s+respect)\\W+)';

/** The states of facts gone wrong in someone's head. */
const MUDDLED =
  '(?:muddled|confused|mixed\\s+up|jumbled|garbled|crossed|back\\s+to\\s+front|the\\s+wrong\\s+way\\s+round)\\b';

/** The customer having got things muddled: "you've clearly got the two invoices confused", "you seem to have got …". */
const GOT_MUDDLED = new RegExp(
  `\\byou\\s+(?:(?:seem|seemed|appear|appeared)\\s+to\\s+)?${FILL}(?:got|gotten|get|getting)\\s+(?:[a-z0-9]+\\s+){1,4}${MUDDLED}`,
);

/** The customer's misremembering, hedged: "perhaps you've misremembered what he said", "you seem to have misheard". */
const HEDGED_SLIP = new RegExp(
  `(?:${MIXUP_LEAD}you\\s+|\\byou\\s+(?:seem|seemed|appear|appeared)\\s+to\\s+)${FILL}(?:misremembered|misheard|misread|misunderstood|forgotten\\s+(?:what|how|that|which))\\b`,
);

/** The customer's memory or head as where the facts went wrong. */
const IN_YOUR_MEMORY = new RegExp(
  `\\b(?:got|gotten|become|been|get|getting|is|are|was|were)\\s+(?:(?:a\\s+(?:bit|little)|slightly|rather|somewhat|all)\\s+)?${MUDDLED}\\s*in\\s+your\\s+(?:memory|head|mind|recollection)|\\byour\\s+(?:memory|recollection)\\s+(?:is|has|must\\s+be|may\\s+be|might\\s+be)\\s+(?:(?:a\\s+bit|playing|being)\\s+)?(?:hazy|fuzzy|off|wrong|mistaken|tricks|failing)\\b`,
);

/**
 * A muddle said to exist on the customer's side, hedged by "there may be / there's been": "I think there may be a
 * little confusion on your part", "there's been some mix-up on your end". On our part it owns the muddle.
 */
const MUDDLE_ON_YOUR_PART =
  /\bthere\s+(?:is|was|is\s+been|has\s+been|(?:may|might|must|could)\s+(?:have\s+been|be)|seems\s+to\s+(?:have\s+been|be))\s+(?:(?:a\s+)?(?:little|bit\s+of(?:\s+a)?|slight)\s+|some\s+|a\s+)?(?:confusion|muddle|mix-?up|misunderstanding)\s+on\s+your\s+(?:part|side|end)\b/;

/**
 * The customer, hedged, said to have another thing in mind than the one that is so: "Maybe you're thinking of
 * another club's meet", "You're probably looking at the old draft", "perhaps you were reading the wrong page".
 */
const OTHER_THING_IN_MIND =
  /(?:\b(?:perhaps|maybe|possibly|probably|i\s+think|i\s+suspect)\W+you\s+(?:are|were)\s+|\byou\s+(?:are|were)\s+(?:probably|perhaps|maybe|possibly)\s+)(?:thinking\s+of|looking\s+at|remembering|reading|recalling)\s+(?:a\s+different|another|the\s+(?:old|wrong|other|previous|earlier))\b/;

/** A condition or a question leaves the customer's grasp open: "if you haven't understood…". */
const OPEN = /\b(?:if|whether|unless|in\s+case)\s+you\b|\?/;

/** Our help in the same sentence: "…, let me put it another way", "…, so I'll go through it". */
const HELPED = (s: string) => agentActed(s) || /\blet\s+(?:me|us)\b/.test(s);

/** The list entries that word the flags. */
export const GRASP_ENTRY_EN = 'g-you-not-follow';
export const MUDDLE_ENTRY_EN = 'g-doubt-past';

const grasps = (s: string) =>
  !OPEN.test(s) &&
  !HELPED(s) &&
  (HEDGED_GRASP.test(s) || NOT_GRASPING.test(s) || SEEMS_TO_FAIL.test(s));

const muddles = (s: string) =>
  !OPEN.test(s) &&
  !HELPED(s) &&
  (GOT_MUDDLED.test(s) ||
    HEDGED_SLIP.test(s) ||
    IN_YOUR_MEMORY.test(s) ||
    MUDDLE_ON_YOUR_PART.test(s) ||
    OTHER_THING_IN_MIND.test(s));

/** The first sentence putting down the customer's understanding, with no help after, as a range. */
export const graspDoubtedEn = (t: string, list: PhraseList, runOn: ReadonlySet<number>) =>
  firstStanding(t, list, runOn, grasps);

/** The first sentence putting the customer's account down to their own mix-up, as a range. */
export const muddleDoubtedEn = (t: string, list: PhraseList, runOn: ReadonlySet<number>) =>
  firstStanding(t, list, runOn, muddles);
