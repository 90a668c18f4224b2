import type { SpeechAct } from './schema.js';

/**
 * English sentence structures that carry a taboo act with no "no" word and no listed cue in them,
 * read from the folded sentence (lower case, contractions expanded): an order opening the
 * sentence on a bare verb ("Bring the receipt in tomorrow.", "Take it up with the manager."), and
 * a question predicated on the customer's own act or wish ("Why did not you check…?", "Did you
 * even read…?", "You expect it retuned while you wait?"). The reply model's gate reads them as it
 * reads a "no": they let the model's score decide, they flag nothing alone.
 */

/** Discourse openers before a sentence proper: "look, just …", "okay, so …", "yeah whatever, …". */
const OPENERS =
  /^(?:\W*\b(?:ok|okay|look|listen|right|so|yeah|yes|yep|well|now|just|sure|hmm|um|uh|oh|honestly|anyway|then|and|fine|alright|mate|hey|seriously|really|wow|whatever|what(?=\s*[,!]))\b[\s,.!-]*)*/;

/**
 * Words that open a sentence without ordering anyone: pronouns, determiners, auxiliaries and
 * modals, question words, prepositions and conjunctions, the courtesy formulas ("thanks …",
 * "sorry about …", "welcome to …", "enjoy your stay") and the verbs that invite rather than
 * impose ("let us know", "feel free to", "have a nice day").
 */
const NOT_AN_ORDER = new Set(
  `i you he she it we they me us them my your our their his her its this that these those the a an
  there here some any all every each no not yes
  am is are was were be been do does did have has had can could will would shall should may might must
  what which when where who whom whose why how
  to for with from on in at by of about as if when while after before because but or and so than
  please thanks thank sorry apologies welcome hello hi dear goodbye bye cheers congratulations
  great perfect excellent wonderful lovely good nice happy glad fine
  let enjoy feel`.split(/\s+/),
);

/** After a bare verb, what opens its object or completes it: "bring the…", "give me", "go back". */
const OBJECT_OPENS = new Set(
  `the a an this that these those your my our their his her its some any another every all
  me us it them him
  in out up down off back on over away here there to for with at about behind around through into and`.split(
    /\s+/,
  ),
);

/** After an ordering "have", the thing to be produced. */
const HAVE_THING = new Set(['the', 'your', 'all', 'these', 'those', 'them', 'everything']);

/**
 * A participle, an adverb or a plural: -ed and -ing after a vowel (noted, moving; not need, feed,
 * bring, ring), -ly but not -ply (honestly; not apply, reply), -s but not -ss (complaints; not
 * pass, press).
 */
const NOT_BARE = /(?:[aeiouy][a-z]*(?:[^e]ed|ing)|[a-z]{2}(?<!p)ly|[^s]s)$/;

/**
 * Does the sentence open (after discourse openers) on an order to the customer: a bare verb
 * followed by its object or particle and more of the clause? A word ending in -ed, -ing, -ly or a plural -s is no bare
 * verb ("Noted.", "Moving on", "Complaints go…").
 */
export function opensOnOrder(sentence: string): boolean {
  const rest = sentence.replace(OPENERS, '');
  // The order has its content in the clause: "Go on, I'm listening" invites, it orders nothing.
  const m = /^([a-z]+(?:-[a-z]+)?)\s+([a-z]+)\s+[a-z0-9£$€]/.exec(rest);
  if (!m) return false;
  const [, verb = '', next = ''] = m;
  // "Have the deposit with us by Friday": have + a thing the customer is to produce; "Have a
  // nice day" wishes, "Have you…" asks.
  if (verb === 'have') return HAVE_THING.has(next) && !rest.includes('?');
  if (NOT_AN_ORDER.has(verb) || NOT_BARE.test(verb)) return false;
  return OBJECT_OPENS.has(next);
}

/**
 * A deadline the customer is held to: "by Friday", "before noon", "before the fitters get there",
 * "before our crew arrives", "before you walk in".
 */
const DEADLINE =
  /\b(?:by|before|no later than)\s+(?:the\s+end\s+of\s+)?(?:today|tonight|tomorrow|noon|midday|lunch(?:time)?|close of business|end of (?:the\s+)?(?:day|week|month)|(?:this|next)\s+[a-z]+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?::\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:the|our|your|my)\s+[a-z]+\s+(?:gets?|arrives?|comes?|starts?)\b|you\s+(?:walk|come|step|go|get|arrive|turn up|show up)\b)/;

/**
 * What makes a step with a deadline no order: a request or a condition, the customer's own gain
 * ("Book by Friday to get the early price"), any time up to it ("Pick it up any time before six"),
 * or the agent's step it enables ("…and we'll fit it").
 */
const NOT_ORDERED =
  /\b(?:please|kindly|if|unless|when you|any ?time|whenever|to (?:get|save|secure|avoid|make sure|guarantee|keep|qualify|be sure|claim|catch|enjoy)|so (?:that )?(?:you|we|i)|and (?:we|i|you)|(?:we|i) (?:will|can)|thanks|thank you)\b/;

/**
 * A bare imperative holding the customer to a deadline, with no request, condition, gain or step
 * of the agent's in it: "Have the deposit with us by Friday.", "Clear the kitchen before the
 * fitters get there." — an order, whatever the model scores. The same step asked ("Could you…by
 * five?") or told as information ("The balance is due by Thursday") is none.
 */
export function ordersByDeadline(sentence: string): boolean {
  const s = sentence.replace(OPENERS, '');
  return opensOnOrder(s) && DEADLINE.test(s) && !s.includes('?') && !NOT_ORDERED.test(s);
}

/** After a bare order, the customer told to wait in place: "…and wait there", "…and sit down". */
const AND_WAIT =
  /\band (?:then )?(?:wait|sit|stand|stay)(?:\s+(?:there|here|outside|over|by|in|at|on|down|near|next)(?:\s+[a-z]+){0,3})?[.!]*$/;

/** Verbs of coming in that invite: "Come in and sit down" welcomes. */
const WELCOMES = /^(?:come|pop|step)\b/;

/**
 * A bare order that ends by putting the customer to wait ("Take your shoes off and wait there."),
 * with no request, condition or step of the agent's in it and nothing after the wait: chained
 * orders, the second one holding them in place. One that welcomes in ("Come in and sit down") is
 * no order.
 */
export function ordersToWait(sentence: string): boolean {
  const s = sentence.replace(OPENERS, '');
  return (
    opensOnOrder(s) &&
    AND_WAIT.test(s) &&
    !WELCOMES.test(s) &&
    !s.includes('?') &&
    !NOT_ORDERED.test(s)
  );
}

/** A sentence that is only a curt insistence on the time: "Now.", "Right now!", "Today." */
const INSISTS =
  /^(?:right\s+)?(?:now|today|immediately|at\s+once|asap|straight\s+away|this\s+minute)[.!]*$/;

/**
 * A bare order followed by a sentence of nothing but a curt "Now." ("Forward me the invoice.
 * Now."): the order insisted on, whatever the model scores.
 */
export function insistedOrder(sentence: string, next: string): boolean {
  const s = sentence.replace(OPENERS, '');
  return opensOnOrder(s) && !s.includes('?') && !NOT_ORDERED.test(s) && INSISTS.test(next.trim());
}

/**
 * A question put to the customer about their own act or wish, the way a fault-hunting or
 * incredulous question is built: "why" with a past "not" before "you" (why did not you…), an
 * auxiliary with "you" and a word of doubt (did you even / really…; "have you actually received
 * it yet?" checks), "what did you
 * expect", "are you sure" about something past, or the customer's wish echoed as a statement
 * with a question mark ("You want it today?"). A real question asks with no such frame: "Did you
 * get a chance to look…?", "Why don't we try…?", "Are you sure you want to cancel?".
 */
export function questionsCustomer(sentence: string): boolean {
  return questionAct(sentence) !== undefined;
}

/**
 * The act of such a question: doubt when it questions whether the customer's account is true
 * ("did you really lock it?", "are you sure it was delivered here?"), confrontation when it
 * hunts their fault or throws their wish back at them.
 */
function questionAct(sentence: string): SpeechAct | undefined {
  const s = sentence.replace(OPENERS, '');
  if (
    /\b(?:did|do|have|had|were|are)\s+you\s+(?:really|honestly)\s+[a-z]+/.test(s) ||
    /^are\s+you\s+(?:really\s+)?(?:sure|certain|positive)\b.*\b(?:[a-z]+ed|was|were|did|had|paid|sent|put|bought|left|got|made|took|lost)\b/.test(
      s,
    )
  )
    return 'doubt';
  const t = s.trim();
  return /\b(?:why|how come)\s+(?:did|were|was|had|have|could)\s+not\s+you\b/.test(s) ||
    /\b(?:did|do|have|had|were|are)\s+you\s+(?:even|seriously)\s+[a-z]+/.test(s) ||
    // "Didn't you read it at all?", "Do you people ever actually open…?": their care put in doubt.
    /\b(?:did|do|have|had|were|are)\s+(?:not\s+you|you\s+not)\s+[a-z]+\b.*\bat\s+all\b/.test(s) ||
    /\b(?:do|did|have)\s+you\s+(?:people|lot|guys)\s+(?:ever|even|actually)\b/.test(s) ||
    // "Do you not know how to…?", "can't you remember your own…": their competence put in doubt.
    /^(?:do|did|can|could)\s+(?:you\s+not|not\s+you)\s+(?:even\s+)?(?:know\s+how\s+to|remember\s+your\s+own)\b/.test(
      s,
    ) ||
    /\bwhat\s+(?:exactly\s+)?(?:did|do|were|are)\s+you\s+(?:expect|expecting|think|thinking)\b/.test(
      s,
    ) ||
    (/^you\s+(?:(?:really|seriously|actually)\s+)?(?:want|wanted|expect|expected|need|thought|think)\b[^,;]*\?$/.test(
      t,
    ) &&
      !/\b(?:is that|right|correct)\s*\?$/.test(t))
    ? 'confrontation'
    : undefined;
}

/** The agent saying it again: "as I said", "like I've already explained", "I've told you twice". */
const REPEATING =
  /^(?:as|like)\s+(?:i|we)\s+(?:(?:have|had|already|just|keep|kept|did)\s+)*(?:said|say|saying|explained|explaining|told|telling|mentioned|informed|stated|wrote|written)\b|^(?:i|we)\s+(?:have|had)\s+(?:already\s+)?(?:said|explained|told|mentioned|gone over|been over|been through)\b.*\b(?:twice|times|already|before)\b/;

/**
 * Others set up as the measure, as the subject of the sentence: "every other climber manages…",
 * "everybody else in the class managed…", "hundreds of couples have used…", "no other guest
 * has…". A phrase of time in the same place is no subject ("Every other weekend the box office
 * opens late": a determiner follows it).
 */
const OTHERS_AS_SUBJECT =
  /^(?:(?:every|no|all\s+(?:our|the))\s+other\s+[a-z]+|(?:everybody|everyone|nobody|no one)\s+else(?:\s+(?:in|at|on)\s+(?:the|this|our)\s+[a-z]+)?|(?:hundreds|thousands|dozens)\s+of\s+(?:our\s+)?[a-z]+)\s+(?!(?:the|a|an|this|that|our|your|its|their|we|i|you|it)\b)[a-z]+/;

/** "that's how / the way … has always …": the practice of the past as the answer. */
const ALWAYS_DONE =
  /^that\s+is\s+(?:just\s+)?(?:how|the\s+way)\b.*\b(?:always|ever)\b|\b(?:have|has)\s+always\s+(?:done|worked|handled|been\s+done)\b/;

/**
 * The agent busy with something not the customer's: "I'm halfway through another client's
 * fitting", "I'm in the middle of stocktaking"; busy with the customer's own matter ("I'm halfway
 * through your paperwork now") is a hold.
 */
const BUSY_ELSEWHERE =
  /^(?:i|we)\s+(?:am|are)\s+(?:just\s+|right\s+)?(?:in\s+the\s+middle\s+of|halfway\s+through|busy\s+with|tied\s+up\s+with|up\s+to\s+my\s+eyes\s+in)\s+(?!your\b|you\b)/;

/**
 * The agent shrinking its part to a role that decides nothing, opening a clause: "…, I'm just
 * applying it", "I'm only the messenger", "I only do the bookings", "we just follow the rules".
 */
const ONLY_A_ROLE =
  /(?:^|[,;:]\s*)(?:i|we)\s+(?:(?:am|are)\s+)?(?:only|just|merely)\s+(?:the\s+messenger|(?:applying|following|enforcing|doing)\s+(?:it|them|that|this|the|what|my)\b|(?:apply|follow|enforce|do|sell|handle|run|work|deal|book|take)\s+(?!you\b))/;

/**
 * The agent as the subject of disbelief in something past: "I doubt the cake was that dry", "I
 * rather doubt the marks lasted a month", "I find it hard to believe the box arrived empty", "I'd
 * be surprised if the fitter left it". Up to two hedging words may stand before "doubt", none a
 * negation or an auxiliary ("I do not doubt", "I would doubt", "I have little doubt"). A doubt about what will be ("I
 * doubt the rain will last", "I doubt you'll need it") forecasts.
 */
const DISBELIEF =
  /^(?:i|we)\s+(?:(?:(?!(?:not|never|no|little|have|has|had|do|did|does|would|will|can|could|should|might|may|hardly|scarcely)\b)[a-z]+\s+){0,2}doubt|(?:find|found)\s+(?:it|that|this)\s+(?:[a-z]+\s+){0,3}hard\s+to\s+believe|would\s+be\s+(?:very\s+)?surprised\s+if)\b(?!.*\b(?:will|would|is\s+going\s+to|are\s+going\s+to)\b).*\b(?:[a-z]{2,}ed|was|were|did|had|left|broke|came|went|got|sent|took|made|lost|ran|fell|gave|bought|paid|put)\b/;

/**
 * The act a statement carries by its structure alone, with no "no", no "you" and no listed word:
 * the agent doubting what the customer reports happened, repeating itself, setting others or the
 * past up as the measure, busy elsewhere, or shrinking its part to a role.
 */
export function statedAct(sentence: string): SpeechAct | undefined {
  if (disbelieves(sentence)) return 'doubt';
  const s = sentence.replace(OPENERS, '').replace(/^funny\W+/, '');
  if (REPEATING.test(s)) return 'impatience';
  if (OTHERS_AS_SUBJECT.test(s) || ALWAYS_DONE.test(s) || BUSY_ELSEWHERE.test(s))
    return 'dismissal';
  // Applying the rules shields with them ("I'm just applying it"); a role alone passes the buck.
  if (ONLY_A_ROLE.test(s))
    return /\b(?:apply|applying|follow|following|enforce|enforcing)\b/.test(s)
      ? 'policy-shield'
      : 'passing-the-buck';
  return undefined;
}

/** Does the agent disbelieve what the customer reports happened (DISBELIEF, after openers)? */
export const disbelieves = (sentence: string): boolean =>
  DISBELIEF.test(sentence.replace(OPENERS, '').replace(/^funny\W+/, ''));

/** Does a statement carry a taboo act by its structure (`statedAct`)? */
export function statesByStructure(sentence: string): boolean {
  return statedAct(sentence) !== undefined;
}

/**
 * The act an English sentence carries by its structure, where its structure names one: a
 * question at the customer's own act, account or wish as `questionAct` reads it, a statement's
 * act as `statedAct` reads it. (A bare verb opening a sentence lets the model judge, it names no act:
 * "Pick whatever you like" leaves the choice to the customer.)
 */
export function structureAct(sentence: string): SpeechAct | undefined {
  return questionAct(sentence) ?? statedAct(sentence);
}
