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
  if (NOT_AN_ORDER.has(verb) || /(?:ed|ing|ly|[^s]s)$/.test(verb)) return false;
  return OBJECT_OPENS.has(next);
}

/**
 * A question put to the customer about their own act or wish, the way a fault-hunting or
 * incredulous question is built: "why" with a past "not" before "you" (why did not you…), an
 * auxiliary with "you" and a word of doubt (did you even / actually / really…), "what did you
 * expect", "are you sure" about something past, or the customer's wish echoed as a statement
 * with a question mark ("You want it today?"). A real question asks with no such frame: "Did you
 * get a chance to look…?", "Why don't we try…?", "Are you sure you want to cancel?".
 */
export function questionsCustomer(sentence: string): boolean {
  const s = sentence.replace(OPENERS, '');
  return (
    /\b(?:why|how come)\s+(?:did|were|was|had|have|could)\s+not\s+you\b/.test(s) ||
    /\b(?:did|do|have|had|were|are)\s+you\s+(?:even|actually|really|seriously|honestly)\s+[a-z]+/.test(
      s,
    ) ||
    /\bwhat\s+(?:exactly\s+)?(?:did|do|were|are)\s+you\s+(?:expect|expecting|think|thinking)\b/.test(
      s,
    ) ||
    /^are\s+you\s+(?:really\s+)?(?:sure|certain|positive)\b.*\b(?:[a-z]+ed|was|were|did|had|paid|sent|put|bought|left|got|made|took|lost)\b/.test(
      s,
    ) ||
    (/^you\s+(?:(?:really|seriously|actually)\s+)?(?:want|wanted|expect|expected|need|thought|think)\b[^,;]*\?$/.test(
      s.trim(),
    ) &&
      !/\b(?:is that|right|correct)\s*\?$/.test(s.trim()))
  );
}
