import { agentActed, wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * A brush-off by structure: the customer's trouble shrunk to a small count or degree, then its
 * effect denied — "It's one missed lunch. He'll survive.", "A few wristbands with the wrong date
 * on? Your guests won't even read them.", "Three days late won't hurt your kimchi", "The pool was a
 * bit chilly, sure, but dogs don't really mind", "a ten-minute queue is still fast, no?". The
 * shrinking (a count or degree word as the subject, the predicate or an echoed fragment) and the
 * denial (a consequence negated, nobody affected, the trouble going away of itself, the customer
 * told they will cope) sit in one sentence or two running on; the agent acting on the trouble
 * ("…, so we'll reshoot them") or any way forward after it takes the sting out. Folded text: lower
 * case, contractions expanded.
 */

const OPENER =
  /^(?:(?:come\s+on|eh|oh|look|honestly|well|sure|okay|ok|right|listen|mate|yeah|so)\W+)*/;

/** A count or degree word: one, a single, a few, a couple of, a bit, a ten-minute, forty. */
const COUNT =
  '(?:just\\s+|only\\s+)?(?:one|a\\s+single|a\\s+couple\\s+of|a\\s+few|a\\s+little|a\\s+bit\\s+of|a\\s+tiny|(?:a\\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|\\d+)-[a-z]+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|\\d+)\\b';

/**
 * The trouble shrunk: "it's one …", a sentence opening on a count ("A few streaks on the patio?",
 * "Forty minutes on the bank is…"), or a degree word before the complaint ("was a bit chilly").
 */
const SHRUNK = new RegExp(
  `^(?:(?:it|that|this)\\s+(?:is|was)\\s+(?:a\\s+)?${COUNT}|(?:it|that|this)\\s+(?:is|was)\\s+(?:only|just|merely)\\s+(?:a|an|the|one|some)\\s+[a-z]|${COUNT}\\s+[a-z]|.*(?:\\b(?:is|was|are|were|looks?|looked|seems?|seemed|(?:came|comes?|turned)\\s+out)|'s)\\s+(?:just\\s+|only\\s+)?a\\s+(?:bit|little|touch|tad)\\s+[a-z]+|.*\\b(?:is|was|are|were)\\b[^,;]*\\b(?:slightly|marginally)\\s+[a-z]+)`,
);

/** The words of consequence a denial negates: harm, mattering, being noticed or minded. */
const CONSEQUENCE =
  '(?:hurt|harm|ruin|spoil|matter|kill|end|affect|damage|bother|notice|see|spot|clock|read|tell|mind|care)';

/** Verbs of a mark or fault going of itself: wash off, wear off, polish out, fade away, settle down. */
const FADING = '(?:wash|wear|rub|polish|fade|buff|dry|settle|iron|brush|blow|die|grow)';

/**
 * The effect denied: a consequence negated ("won't hurt", "won't even read them", "don't really
 * mind"), nobody affected ("nobody's going to look"), the trouble going away of itself ("it'll all
 * wash off", "it'll polish out"), someone told they will cope ("he'll survive", "the postman will work
 * it out"), or the complaint argued down ("is hardly a long wait", "is still fast, no?").
 */
const DENIED = new RegExp(
  [
    `\\b(?<!\\b(?:i|we)\\s)(?:will|would|do|does|did)\\s+not\\s+(?:even\\s+|really\\s+|actually\\s+)?${CONSEQUENCE}\\b`,
    '\\b(?<!\\b(?:i|we)\\s)(?:will|would|do|does|did)\\s+not\\s+(?:really\\s+|actually\\s+)?(?:change\\s+anything|make\\s+(?:any|much|a)\\s+difference)\\b',
    "\\b(?:nobody|no\\s+one)\\b[^.?!]*?(?:\\b(?:will|would)\\b|(?:\\bis|'s)\\s+(?:[a-z]+\\s+)?going\\s+to\\b)",
    // Hardly anybody affected: "hardly anyone comes for one butterfly".
    '\\b(?:hardly|barely|scarcely)\\s+(?:anybody|anyone|any\\s+one)\\b',
    // The agent telling the customer not to give it a thought: "I wouldn't lose sleep over…" (not
    // "I wouldn't worry about a few drops; that's condensation", which reassures with a reason).
    '\\b(?:i|we)\\s+would\\s+not\\s+lose\\s+(?:any\\s+|much\\s+)?sleep\\s+(?:about|over)\\b',
    `\\b(?:it|they|that)\\s+will\\s+(?:all\\s+)?(?:just\\s+)?${FADING}\\s+(?:off|out|away|down)\\b`,
    '\\b(?<!\\b(?:i|we)\\s)will\\s+(?:survive|live|cope|work\\s+it\\s+out|figure\\s+it\\s+out|be\\s+(?:fine|okay|ok|alright|all\\s+right))\\b',
    "(?:\\b(?:is|was|are|were)\\s+|'s\\s+)(?:hardly|barely|scarcely)\\s+[a-z]+",
    '\\b(?:is|was|are|were)\\s+still\\s+[a-z]+,\\s*(?:no|right|(?:is|was|are|were)\\s+(?:it|they|not\\s+it|not\\s+they))\\s*\\?',
  ].join('|'),
);

/** A condition or the agent's own step in the sentence: "…if the form arrives a day late", "so we'll reshoot". */
const HANDLED = /\b(?:if|unless|(?:i|we)\s+(?:will|am|are|have|can|could|would(?!\s+not\b)))\b/;

/**
 * The trouble shrunk inside the denial itself, as the thing not noticed, minded or worried over:
 * "your guests won't notice a slightly smaller cake", "the neighbours won't mind a bit of
 * scaffolding", "I wouldn't lose sleep over a few degrees". An emphatic "a single" is no shrinking ("you
 * won't see a single extra charge").
 */
const SHRUNK_OBJECT = new RegExp(
  `\\b(?:${CONSEQUENCE}|about|over)\\s+(?:a\\s+(?:few|couple\\s+of|little|bit\\s+of|tiny|slightly|small|minor)|(?:just|only)\\s+(?:a|an|one|two|three|\\d+))\\b`,
);

/**
 * The trouble called merely cosmetic as the whole answer: "That's only cosmetic.", "It's purely cosmetic,
 * honestly." — a minimising degree word before a surface predicate, closing the sentence (an interjection may
 * follow). A consequence after it ("…, so the frame is safe") informs; our step after it handles the trouble.
 */
const MERELY_COSMETIC =
  /\b(?:it|that|this|they|those|these|the\s+[a-z-]+(?:\s+[a-z-]+){0,3})\s+(?:is|are|was|were)\s+(?:purely|only|just|merely|simply|entirely)\s+(?:cosmetic|superficial|aesthetic|skin-deep)(?:\W+(?:honestly|really|to\s+be\s+honest|that\s+is\s+all|nothing\s+more))?\W*$/;

/**
 * The trouble waved away as the whole answer, closing its sentence: "A bit of hum from the amplifier is nothing to
 * worry about.", "…, so I wouldn't lose sleep over it.", "It's nothing to lose sleep over, honestly." — the trouble
 * (not "there") as the subject of "is nothing to worry about", or the agent telling the customer they would not
 * worry over it. Anything after it in the sentence ("…, the refund is on its way") tells why; our step after it
 * handles the trouble.
 */
const WAVED_AWAY =
  /(?:\b(?:i|we)\s+(?:really\s+|honestly\s+)?would\s+not\s+(?:lose\s+(?:any\s+|much\s+)?sleep|worry)\s+(?:over|about)\s+(?:it|that|this|them)(?:\s+(?:so\s+much|too\s+much|at\s+all))?|(?:^|[,;:]\s*)(?!there\b)[a-z][^,;:]*?(?:\s(?:is|are)|'s)\s+(?:really\s+|honestly\s+|absolutely\s+|just\s+)?nothing\s+to\s+(?:worry\s+about|lose\s+(?:any\s+)?sleep\s+over))(?:\W+(?:honestly|really|tbh|to\s+be\s+honest|at\s+all))?\W*$/;

/**
 * The trouble called part of the thing itself, as the whole answer: "It's part of it, really.", "A bit of grit on
 * the washing is just part of living next to a quarry, I'm afraid.", "A bit of pinholing is just character,
 * honestly." — "part of" the thing, the experience or the charm, or of a way of living (an -ing), closing its
 * sentence. "Part of the service" or "part of the fee" tells what is included.
 */
const PART_OF_IT =
  /^[a-z][^,;:]*?(?:\s(?:is|are)|'s)\s+(?:just\s+|simply\s+|all\s+|only\s+)?(?:part\s+of\s+(?:it|the\s+(?:charm|character|experience|process|fun|deal|territory|job)|[a-z]+ing\b[^,;:]*)|character|charm)(?:\W+(?:honestly|really|i\s+am\s+afraid|to\s+be\s+honest))?\W*$/;

/** The list entry that words the flag. */
export const BRUSH_OFF_ENTRY_EN = 'g-brush-worry';

/**
 * The first trouble shrunk and its effect denied, called merely cosmetic or part of the thing, or waved away, in
 * folded text `t`, as a range.
 */
export function brushOffEn(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  const spans = sentenceSpans(t, runOn);
  const text = (k: number) => {
    const span = spans[k];
    return span ? t.slice(span[0], span[1]).replace(OPENER, '') : '';
  };
  for (let k = 0; k < spans.length; k++) {
    const shrunk = text(k);
    const [s, e] = spans[k] as [number, number];
    if (MERELY_COSMETIC.test(shrunk) || PART_OF_IT.test(shrunk)) {
      if (!agentActed(t.slice(s)) && !wayForward(t, e, e, list, runOn)) return [s, e];
      continue;
    }
    if (HANDLED.test(shrunk)) continue;
    if (WAVED_AWAY.test(shrunk)) {
      if (!agentActed(t.slice(s)) && !wayForward(t, e, e, list, runOn)) return [s, e];
      continue;
    }
    if (DENIED.test(shrunk) && SHRUNK_OBJECT.test(shrunk)) {
      if (!wayForward(t, e, e, list, runOn)) return [s, e];
      continue;
    }
    if (!SHRUNK.test(shrunk)) continue;
    const j = DENIED.test(shrunk) ? k : k + 1;
    const denial = text(j);
    if (j !== k && (!DENIED.test(denial) || HANDLED.test(denial))) continue;
    const [, end] = spans[j] as [number, number];
    if (!wayForward(t, end, end, list, runOn)) return [s, end];
  }
  return undefined;
}
