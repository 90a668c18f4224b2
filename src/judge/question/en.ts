/**
 * English rules, over normalised text (lower case, contractions expanded, "," for every
 * comma). Priority: tag → invitation → options → clauses from the last: wh-word, embedded
 * wh-clause, auxiliary at the start → fallback.
 *
 * Open = invites the customer to describe (what / how / why, tell me, describe, walk me
 * through, "I'd be interested to know what…", "is there anything I can help with", where /
 * which about the problem itself). Closed = yes/no, a choice among given options, or one
 * fact (which store, where, when, who, how many, a rating on a scale, "what is your order
 * number"). See policy.ts.
 */
import { type WhClass, whClassDecision, whichDecision } from './policy.js';
import { closed, type Decision, open, trimEndOf } from './types.js';

const AUX = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'am',
  'can',
  'could',
  'would',
  'will',
  'shall',
  'should',
  'may',
  'might',
  'must',
  'have',
  'has',
  'had',
  'need',
  'ought',
]);

/** Final clauses that only ask for confirmation of what came before. */
const TAGS = new Set([
  'right',
  'correct',
  'yes',
  'yeah',
  'no',
  'ok',
  'okay',
  'true',
  'agreed',
  'yes or no',
  'am i right',
  'is that right',
  'is that correct',
  'is that so',
  'is that true',
  'is that ok',
  'is that okay',
  'did i get that right',
  'have i got that right',
  'have i understood correctly',
  'does that sound right',
  'yes?',
  'eh',
  'huh',
  'no?',
]);

/** Nouns naming a single identifying fact: asking for one is a closed question. */
const IDENT =
  /\b(name|surname|number|no|address|e-?mail|phone|mobile|telephone|postcode|post code|zip|zip code|birthday|birth|date of birth|account|id|reference|ref|order id|serial|pin|password|username|login|booking|ticket|invoice|extension|plate|code|membership|policy number|registration|licen[cs]e|city|country)\b/;
/** Nouns naming a quantity ("what was the total?"): one fact. */
const QUANTITY =
  /\b(age|price|amount|total|balance|cost|fee|charge|sum|percentage|temperature|speed|weight|length|width|height|depth|thickness|diameter|dose|dosage)\b/;
/** Nouns naming one thing picked from a known range ("what model…", "what colour…"). */
const FACT =
  /\b(model|make|brand|colou?r|size|version|plan|tariff|flavou?r|browser|device|phone|laptop|operating system|currency|language|card|seat|room|floor|table|store|shop|branch|airline|flight|product|item|address|method|platform|app)\b/;
/**
 * "What kind of problem…" asks for a description, "what kind of phone…" for one fact. The noun
 * is the head of a compound when one follows ("what sort of signal problems are you seeing").
 */
const KIND_OF =
  /^what (kind|sort|type|make|model|brand) of (?:\w+ (?!(?:are|is|was|were|do|does|did|have|has|had|would|will|can|could|should|you|your|he|she|they|we|it)\b))?(\w+)/;
const DESCRIBE_KIND =
  /^(problems?|issues?|trouble|help|support|experience|feedback|questions?|concerns?|things?|changes?|difficult\w*|symptoms?|pain|feelings?|thoughts?|ideas?|goals?|outcome|result|solution|advice|answer|response|reaction|explanation|reason|impression|difference|impact|effect|story|information|instructions|mood|state|atmosphere|situation|circumstances|relationship|ways?|manner|sense|noises?|sounds?|smells?|tastes?|marks?|damage|leaks?|behaviou?r)$/;
/**
 * "What kind of tea do you usually drink?", "what sort of comics are you into?": the kind asked
 * of a habit or a liking is the customer's taste, theirs to describe; "what kind of kettle do
 * you have?" stays one pick.
 */
const HABITUAL =
  /\b(usually|normally|typically|generally|tend to|often|mostly|like to|love to|enjoys?|(are|is|were) (you|they|he|she) into)\b/;
/**
 * "What kind of photos are you hoping for?", "what kind of plan are you after?", "what sort of
 * course are you interested in?": the kind of thing the customer wants, seeks, plans or takes
 * an interest in is their needs, theirs to describe. Which kind they prefer, have or bought
 * stays one pick.
 */
const WISHED_FOR =
  /\b(hop(e|es|ed|ing)|dream(s|t|ed|ing)?( of| about)|(looking|hunting|searching|shopping) (for|to)|going for|seeking|have in mind|thinking of|aim(ing)? (for|at|to)|plann(ing|ed)|intend(ing)? to|interested in|keen on|picturing|imagining|wanting|want|wish|need|expect(s|ed|ing)?|like|(are|were) you after)\b/;
/**
 * "What gate did you board from?": "what" before a noun and a question's verb and subject
 * is "which": one of that noun. A plural noun is a list the customer fills in ("what
 * problems have you had"), an account noun asks for a description ("what advice did they
 * give"): both stay open.
 */
const WHAT_N_QUESTION =
  /^what ([a-z]+) (did|do|does|is|was|are|were|will|would|can|could|has|have|had|should) (you|we|i|he|she|they|it|the|your|his|her|their|this|that|our|its)\b/;
const NOT_A_NOUN = /^(else|exactly|now|then|if|about|on|in|of|kind|sort|type|happened|\w+ly)$/;
/** "What did you order?": the thing bought or picked is one fact ("…buy it for?" asks why). */
const WHAT_OBJECT =
  /^what (did|do|have|had|will|would) you (order|buy|purchase|pay for|choose|pick|select|book|rent|download|install)\b(?!.* for$)/;
/** Nouns naming a point in time ("what time…"): asks when. */
const WHEN = /\b(time|date|day|year|month|week)\b/;

/** Nouns that ask for a description. */
const DESCRIBE =
  /\b(more|about|everything|anything|story|situation|experience|details?|detail|problem|issue|trouble|concerns?|feelings?|thoughts?|views?|opinion|reason|background|context|what|how|why|in your own words|a bit|a little)\b/;

/**
 * Where / which about the problem itself or the customer's view of it ("where does it hurt",
 * "which part confused you", "where do you think it went wrong"), or about where the
 * customer wants to go ("where do you see yourself…", "where would you like to go from
 * here", "where does that leave you"): the answer is a description.
 */
const PROBLEM =
  /\b(hurts?|hurting|unwell|ill|sick|pain|painful|sore|aches?|aching|itch\w*|numb|numbness|swollen|swelling|dizz\w*|tender|stiff\w*|injur\w*|wrong|problems?|issues?|faults?|bother\w*|unhappy|dissatisfied|disappoint\w*|confus\w*|difficult|hard|struggl\w*|improve\w*|better|worse|dislike|least|frustrat\w*|annoy\w*|concern\w*|worr\w*|upset\w*|see yourself|go from here|want to be|(?:that|this|it) (?:leaves?|puts?) (?:you|us)|(?:are|were) (?:we|you|things) (?:at|up to)|(?:like|want) to (?:start|begin)|(?:do|does|did) (?:things|it|that|we) stand|(?:does|do|did|is|are|was|were) not (?:work|add up|make sense|seem right|look right|feel right|match|fit))\b/;

/**
 * "Which items were missing?", "which ones…", "which parts of the form were unclear?", "which
 * bits of it feel wrong?": a list the customer fills in (or describes), like 哪些. Any verb
 * may follow the plural noun phrase (an adverb before it), not a word that continues it.
 */
const WHICH_LIST =
  /^which (ones|(\w+ )?\w+[^s\W]s)( of (the|this|that|your|our|these|those)( [\w-]+){1,2})? (?:(?:still|most|really|usually|often|always|ever|just|mostly) )?(?!(?:of|in|on|at|for|to|from|with|by|and|or|the|a|an|this|that|these|those|your|our|my|their)\b)[a-z]+\b/;

/** "Which size shoes…", "which colour curtains…": one value of the plural thing, not a list. */
const WHICH_ATTRIBUTE =
  /^which (size|sizes|colou?r|model|brand|make|length|width|shade|style|type|kind|sort|grade|version|day|time|date)\b/;

/**
 * "Where does the strap feel tight?", "where do you feel it lets you down?": where something
 * feels or seems a certain way to the customer is their perception, theirs to describe.
 */
const FELT_WHERE = /^where (?:exactly )?(?:do|does|did) (?:[\w'-]+ ){1,4}(?:feel|seem)\b/;

/** Wh-words by class (see policy.ts). */
const WH_CLASS: Readonly<Record<string, WhClass>> = {
  where: 'which',
  which: 'which',
  whereabouts: 'which',
  when: 'when-who',
  who: 'when-who',
  whom: 'when-who',
  whose: 'when-who',
};
const HOW_FACT =
  /^how (many|much|long|old|often|far|soon|big|large|small|tall|high|early|late|frequently|heavy|deep|wide|thick|thin|narrow)\b/;
/**
 * "How would you like to pay?", "how can we contact you?": the means is one pick from a
 * known range (card or cash, phone or e-mail). How the customer came to us is their story.
 */
const HOW_MEANS =
  /^how (did|do|would|will|can|could|should|shall) (you|we|i) (like (us |me )?to |prefer (us |me )?to |want (us |me )?to )?(pay|contact|reach|call|email|e-mail|text|get in touch|receive|send|ship|deliver|return)\b/;
/** "what + noun": the noun's class decides ("what time" asks when, "what amount" a quantity). */
const WHAT_NOUN = /^what (\w+(?: \w+)?)/;
/** Words that open a noun phrase naming one thing ("the app", "your order number"). */
const NAMING = 'the|your|my|his|her|their|our|this|that';
const COPULA = 'is|was|are|were|would be|will be';
const DETERMINER = new RegExp(`^(?:${NAMING}|a|an|these|those|it|you|we|they|he|she|i)\\b`);
const WHAT_CLAUSE_NOUN = new RegExp(
  `^what (?:${NAMING}) ((?:[\\w-]+ ){0,2}[\\w-]+) (?:${COPULA})\\b`,
);
const WHAT_IDENT = new RegExp(`^what (?:${COPULA}) (?:your|the|his|her|their|its|our) `);

/** The class of the noun phrase `words` (its first three words), if it names one fact. */
function nounClass(words: string): WhClass | null {
  if (IDENT.test(words)) return 'ident';
  if (QUANTITY.test(words)) return 'quantity';
  if (WHEN.test(words)) return 'when-who';
  if (FACT.test(words)) return 'which';
  return null;
}

const NOUN_CUE: Readonly<Record<WhClass, string>> = {
  ident: 'ident',
  quantity: 'amount',
  'when-who': 'when',
  which: 'which',
  describe: 'what',
};

const FILLERS = new Set([
  'and',
  'but',
  'so',
  'then',
  'also',
  'please',
  'now',
  'well',
  'ok',
  'okay',
  'oh',
  'um',
  'uh',
  'er',
  'erm',
  'mm',
  'hmm',
  'like',
  'just',
  'sorry',
  'alright',
  'right',
  'great',
  'sure',
  'hi',
  'hello',
]);

function words(clause: string): string[] {
  return clause.split(/[^a-z0-9'-]+/).filter((w) => w.length > 0);
}

/** The clause without leading filler words ("and so, please ..."). */
function core(clause: string): string[] {
  const ws = words(clause);
  let i = 0;
  while (i < ws.length - 1 && FILLERS.has(ws[i] as string)) i++;
  return ws.slice(i);
}

/** The sentence without the discourse fillers it opens with ("okay, so talk me through…"). */
function leadingFillersDropped(sentence: string): string {
  const lead = /^([a-z]+)(?: ?, ?| )/.exec(sentence);
  if (!lead || !FILLERS.has(lead[1] as string)) return sentence;
  return leadingFillersDropped(sentence.slice(lead[0].length));
}

/** How a wh-question starting `text` asks (see policy.ts). */
export function whDecision(text: string, embedded = false): Decision | null {
  const ws = text.split(' ');
  const first = ws[0] ?? '';
  const tag = embedded ? 'embedded:' : '';
  const confident = !embedded;
  if (first === 'how') {
    const fact = HOW_FACT.exec(text);
    // "How much do you know about…" asks for what they know, not an amount.
    if (fact && !/^how much (do|does|did) you (know|understand|remember)\b/.test(text))
      return whClassDecision('quantity', `how-${fact[1]}`, embedded);
    // "How about we…", "how about trying…" propose; "how about your family?" asks about it.
    if (/^how about (we|i|you|if|\w+ing)\b/.test(text))
      return closed('suggestion:how-about', false);
    if (/^how about\b/.test(text)) return open('what-about', false);
    if (/^how come\b/.test(text)) return whClassDecision('describe', 'why', embedded);
    if (HOW_MEANS.test(text)) return whClassDecision('which', 'how-means', embedded);
    return whClassDecision('describe', 'how', embedded);
  }
  if (first === 'what') {
    // "What was the tasting like?" asks for a description, whatever noun stands inside.
    if (WHAT_LIKE.test(text)) return whClassDecision('describe', 'what-like', embedded);
    // "what time did…", "what amount…": the noun right after "what".
    const noun = WHAT_NOUN.exec(text);
    // "what the app showed": a determiner after "what" opens a clause whose object "what" is;
    // only "what your order number is" (the clause ends on a copula) names the fact asked for.
    const named = WHAT_CLAUSE_NOUN.exec(text);
    const nounCls = named
      ? nounClass(named[1] as string)
      : noun &&
          !/^(is|was|are|were|do|did|does|would|will|can|could|happened|kind|sort|type)\b/.test(
            noun[1] as string,
          ) &&
          !DETERMINER.test(noun[1] as string)
        ? nounClass(noun[1] as string)
        : null;
    if (nounCls) return whClassDecision(nounCls, NOUN_CUE[nounCls], embedded);
    const series = ONE_OF_SERIES.exec(text);
    if (
      series &&
      !DESCRIBE_KIND.test(series[1] as string) &&
      !/^things?$/.test(series[1] as string)
    )
      return whClassDecision('which', 'one-of-series', embedded);
    const kind = KIND_OF.exec(text);
    // "what sort of trouble came up": the word after "of" may be the head, its verb after it.
    const head = text.split(' ')[3] ?? '';
    if (kind && !DESCRIBE_KIND.test(kind[2] as string) && !DESCRIBE_KIND.test(head)) {
      const after = text.slice(kind[0].length);
      if (WISHED_FOR.test(after)) return whClassDecision('describe', 'what-kind-wished', embedded);
      if (HABITUAL.test(after)) return whClassDecision('describe', 'what-kind-habit', embedded);
      return whClassDecision('which', 'kind-of', embedded);
    }
    // "what is your order number?": an identifier or a quantity in the subject.
    const rest = text.replace(WHAT_IDENT, '');
    if (rest !== text) {
      const cls = nounClass(rest.split(' ').slice(0, 3).join(' '));
      if (cls) return whClassDecision(cls, NOUN_CUE[cls], embedded);
    }
    if (WHAT_OBJECT.test(text)) return whClassDecision('which', 'what-object', embedded);
    const asked = WHAT_N_QUESTION.exec(text);
    const askedNoun = asked?.[1] ?? '';
    if (
      asked &&
      !NOT_A_NOUN.test(askedNoun) &&
      !/[^isu]s$/.test(askedNoun) &&
      !DESCRIBE_KIND.test(askedNoun) &&
      !PROBLEM.test(text)
    )
      return whClassDecision('which', 'what-noun', embedded);
    if (/^what about\b/.test(text)) return open('what-about', false);
    return open(`${tag}what`, confident);
  }
  if (first === 'why') {
    if (/^why not\b/.test(text)) return closed('suggestion:why-not', false);
    return whClassDecision('describe', 'why', embedded);
  }
  if (WHICH_LIST.test(text) && !WHICH_ATTRIBUTE.test(text)) return open('list:which', !embedded);
  const cls = WH_CLASS[first];
  if (cls === 'which')
    return whichDecision(first, PROBLEM.test(text) || FELT_WHERE.test(text), embedded);
  if (cls) return whClassDecision(cls, first, embedded);
  return null;
}

/** "what is/was … like" (not "would like", not "like to"): how something was, in their words. */
const WHAT_LIKE =
  /^what (is|was|are|were|has been|have been|will be|would be) [^?]*?(?<!\bwould |\bwe |\bthey |\bi |\byou )like\b(?! to\b)/;

const WH_START = /^(how|what|why|where|when|which|who|whom|whose|whereabouts)\b/;

/**
 * Verbs that ask the customer to talk ("describe", "walk me through"); each also asked for in
 * its -ing form after "would you mind" ("would you mind going over how…"). Going through or
 * over to a place is a move, not an account.
 */
const REQUEST_VERBS = [
  'describe',
  'explain',
  'elaborate',
  '(?:walk|talk|take|run) (?:me|us) through',
  'go (?:through|over)(?! to\\b)',
  'run through',
  'fill (?:me|us) in',
  'share',
  'say (?:a (?:bit|little|touch) |some(?:thing)? )?more',
  'say (?:a (?:bit|little|touch|few words)|something|some|more) about',
  '(?<!(?:like|want|care|wish) to )talk (?:a (?:bit|little) |some |more )?about',
  'expand on',
  'give (?:me|us) (?:some|more|a few|a bit of|a little) (?:details?|background|context|information)',
  'give (?:me|us) (?:an example|some examples|examples|a sense|a picture|a rundown|an overview|a description)',
  'go into (?:more )?detail',
  '(?:put|say) (?:it|that) (?:another way|differently|in other words)',
  'rephrase',
  'paint (?:me|us) (?:a|the) picture',
];

/** The -ing form of a verb: describe → describing, run → running, go → going. */
function ingOf(verb: string): string {
  if (/^(run|put)$/.test(verb)) return `${verb}${verb.slice(-1)}ing`;
  return /[^e]e$/.test(verb) ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
}

/**
 * A request phrase with its opening verb (or each verb of an opening group) in the -ing form;
 * a lookbehind before the verb guards its base form only and is dropped.
 */
function gerundOf(phrase: string): string {
  const bare = phrase.replace(/^\(\?<!.*? \)/, '');
  const head = /^(?:\(\?:([a-z|]+)\)|([a-z]+))/.exec(bare);
  if (!head) return bare;
  const verbs = (head[1] ?? head[2] ?? '').split('|').map(ingOf);
  return `(?:${verbs.join('|')})${bare.slice(head[0].length)}`;
}

/** Request frames that ask the customer to talk: "could you describe", "walk me through". */
const DESCRIBE_REQUEST = new RegExp(
  `(^|\\b(can|could|would|will) you (please |kindly |maybe |perhaps |just |briefly )?(be able to |be willing to |like to |want to |care to )?|\\bplease |\\b(?:would|do) you mind |^care to |\\bi would (like|love) you to |\\bi need you to |\\bif you could )(${[...REQUEST_VERBS, ...REQUEST_VERBS.map(gerundOf)].join('|')})\\b`,
);
/**
 * "Can you think of anything that caused it?": a search of the customer's own knowledge for
 * reasons or things they noticed — the answer is their account, like an invitation.
 */
const THINK_OF =
  /^(can|could) you think of (anything|something|any (reasons?|ways?|causes?|examples?)|a reason|reasons|ways)\b/;
const HEAR_MORE =
  /\b(i would (like|love) to (hear|know|understand) ((a (bit|little) |some(thing)? )?more|about|what|how|why)|help (me|us) (understand|picture|imagine|see|get a sense of|make sense of)|i want to hear|let me know (more|what|how|why)|in your own words|tell me more)\b/;
/** "Do you want to talk about it?", "would you like to share…": the floor, offered. */
const WANT_TO_TALK =
  /^(?:do|would) you (?:want|like|care|wish) to (?:talk|tell (?:me|us)|say (?:a (?:bit|little) )?more|share|explain|describe|go over)\b/;
/** Frames whose object is the question: "tell me…", "I'd be interested to know…". */
const TELL =
  /\b(?:tell(?:ing)? (?:me|us)|talk(?:ing)? to (?:me|us)|let (?:me|us) know|(?:i|we) (?:would|am|are|was|were) (?:really |very |so )?(?:like|love|(?:be )?(?:interested|curious|keen|glad)) to (?:hear|know|learn|understand|find out)|(?:i|we) (?:want|wanted|need) to (?:hear|know|understand|find out)|(?:i|we) (?:am|are|was|were) (?:just |really |a (?:bit|little) )?(?:curious|interested))\b( about)?/;
const ASK =
  /\b(may|can|could|might) i ask\b|\bmind (me |if i )?ask(ing)?\b|\bif i (may|might) ask\b/;
const ANYTHING_HELP =
  /^(is there|are there|was there|do you have) (anything|something)( else| specific| in particular)?( (about|with|in|on|regarding) [^,.?!]{1,40}?)?( (that|which))?( is| has been| was)?( still| really)? (bother|worr|concern|troubl|confus|upset|frustrat|annoy)\w*|\b(anything|something)\b[^,.?!]{0,40} (you|that you) (would like|want|wish|need|have) to (add|share|tell|mention|discuss|raise|talk about|say)\b|^(anything|something) (else|more)\b|^(anything|something)( else| more)? to (add|share|say|mention|raise|ask|discuss|talk about|go over|cover)\b|\b(anything|something)( else)?( (that|which))? (i|we) (can|could|may|might) (help|do|assist|check|look|support|explain|clarify)\b|\b(anything|something)( else)? (you|that you) (would like|want|wish|need|have) to (add|share|tell|mention|discuss|know|ask|raise|talk about|say|go over|cover|explore|work on|focus on)\b|\b(anything|something)( else)? (you|that you) (would like|want|need) (me|us) to (help|do|check|look|explain|go over|cover|sort|arrange|pass on|add|include|note|write|put (in|down)|record|mention|raise|flag)\b|^(is there|are there|was there|do you have|have you got|can i|may i|could i|would you like) (anything|something) else\b|\b(anything|something) else (i|we) (should|need to|ought to) know\b|\b(how|what) (else )?can (i|we) (help|do|assist)\b|\b(help|assist) (you )?(with )?(anything|something)\b/;

/**
 * "Is there more you'd like me to note down?", "is there anything more you want to tell me?":
 * more of the customer's own account, wished into what the agent hears, writes or passes on —
 * the floor, offered ("is there more than one account?" asks whether).
 */
const MORE_FLOOR =
  /^(?:(?:is|was) there|have you got|do you have) (?:any(?:thing)? |something )?more(?: (?:that|which))? (?:you|that you) (?:would like|want|wish|need|have)(?: (?:me|us))? to (?:add|say|tell|share|mention|raise|include|note|write|put (?:in|down)|record|pass on|get across|flag|explain|cover|go over|talk about|discuss)\b/;

const OR_NOT_OPTIONS =
  /\bor (not|so|something|anything|whatever|other|others|less|more|later|else|two|three|similar)\b/;

/** Request verbs whose sense is to describe or explain, not only to pass something on. */
const DESCRIBING = /\b(?:describ|explain|elaborat|paint|expand|go into|going into|giv)/;

/** Identifiers read out character by character or word by word (a number, a code, a name). */
const READ_OUT =
  /^(?:number|no|reference|ref|code|postcode|zip|address|name|surname|e-?mail|pin|id|username|extension|serial|plate)$/;

/**
 * "Could you go over what time he came?", "would you mind sharing which branch it was?", "could
 * you go over your booking reference?": a request to tell whose object is one fact asks for that
 * fact, as "tell me your postcode" does. An object that is an account ("what happened", "when it
 * started and what you did"), a place or a pick described or explained, or any other named thing
 * leaves the request open.
 */
function requestedFact(request: string, after: string): Decision | null {
  const object = after.replace(
    /^(?: ?(?:(?:with|for|to) (?:me|us)|on|again|please|briefly))* /,
    '',
  );
  if (WH_START.test(object)) {
    if (/\band (?:how|what|why|where|when|which|who)\b/.test(object)) return null;
    // Describing a place or a pick is an account of it ("describe where the crack starts").
    if (/^(?:where|which|whereabouts)\b/.test(object) && DESCRIBING.test(request)) return null;
    const d = whDecision(object);
    return d?.verdict === 'closed' ? d : null;
  }
  // Going over or sharing a code or number reads it out: "your booking reference with me"
  // ("the booking", "your account" can be gone over as an account).
  const named =
    /^(?:your|the|his|her|their) ((?:[\w-]+ ){0,2}?[\w-]+?)(?: (?:with|for|to) (?:me|us)| again| please)?$/.exec(
      object,
    );
  const head = named?.[1]?.split(' ').pop() ?? '';
  if (/\b(?:go|going) over$|\bshar(?:e|ing)$/.test(request) && READ_OUT.test(head))
    return closed('one-fact:ident');
  return null;
}

function decideInvitation(s: string): Decision | null {
  const tell = TELL.exec(s);
  // "Tell me, did it break?": a discourse opener; the clause after the comma is the question.
  if (tell && !s.slice(tell.index + tell[0].length).startsWith(',')) {
    let after = s.slice(tell.index + tell[0].length).trim();
    after = after.replace(
      /^((a bit|a little|briefly|exactly|please|again|once more|more precisely|,) ?)+/,
      '',
    );
    if (/^(more|everything|all|the story|in detail|a bit|a little|about)\b/.test(after))
      return open('invitation:tell-me');
    if (tell[1] !== undefined) return open('invitation:tell-me');
    if (WH_START.test(after)) return whDecision(after) ?? open('invitation:tell-me');
    if (/^(if|whether)\b/.test(after)) return closed('yes-no:whether');
    if (IDENT.test(after.split(' ').slice(0, 4).join(' ')) && !DESCRIBE.test(after))
      return closed('one-fact:ident');
    // "let me know your preferred date", "tell me the store you used": one fact named.
    const named = /^(?:your|the|which) /.test(after) && !DESCRIBE.test(after);
    const cls = named ? nounClass(after.split(' ').slice(1, 4).join(' ')) : null;
    if (cls) return whClassDecision(cls, NOUN_CUE[cls]);
    if (after.length > 0) return open('invitation:tell-me', false);
  }
  const request = DESCRIBE_REQUEST.exec(s);
  if (request)
    return (
      requestedFact(request[0], s.slice(request.index + request[0].length)) ??
      open('invitation:describe')
    );
  if (HEAR_MORE.test(s) || WANT_TO_TALK.test(s)) return open('invitation:tell-me');
  if (THINK_OF.test(s)) return open('invitation:think-of');
  if (ANYTHING_HELP.test(s) || MORE_FLOOR.test(s)) return open('invitation:anything-help');
  const ask = ASK.exec(s);
  if (ask) {
    const after = s
      .slice(ask.index + ask[0].length)
      .replace(/^ (you )?/, '')
      .trim();
    if (WH_START.test(after)) return whDecision(after);
    if (/^(if|whether)\b/.test(after)) return closed('yes-no:whether');
    if (IDENT.test(after.split(' ').slice(0, 4).join(' '))) return closed('one-fact:ident');
  }
  return null;
}

/** "Which of the two…", "which of these": the options were given, which picks one. */
const WHICH_OF_GIVEN =
  /\bwhich( one)? of (the |these |those )?(two|three|four|both|these|those|them)\b|\bwhich (one )?of (the|these|those) (two|three|four) /;

function decideOptions(clauses: readonly string[]): Decision | null {
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i] as string;
    const ws = ` ${c} `;
    if (!ws.includes(' or ')) continue;
    if (OR_NOT_OPTIONS.test(c) && !/ or not\b/.test(c)) continue;
    const start = core(c).join(' ');
    if (WH_START.test(start) && !/^(which|whether)\b/.test(start)) continue;
    if (/ or not\b/.test(c)) return closed('yes-no:or-not');
    return closed('options:or');
  }
  return null;
}

const KNOW_WH =
  /\b(know|remember|recall|idea|sure|notice|noticed|understand|see|say|mention|mentioned|told|think|find out|wondering|wonder|happen to know)\b,? (exactly |roughly |about |precisely )?(how|what|why|where|when|which|who)\b/;

const PREPOSITION_WH =
  /^(?:in|for|from|with|to|since|by|on|at|about|until|till) (?=(?:what|which|who|whom|where|when|how)\b)/;

/** "Like what?", "such as?", "and then?": asks the customer to go on, in their own words. */
const SAY_MORE =
  /^(?:and |so |ok |okay )?(?:like what|such as|meaning|and then|then what|for example|for instance|in what sense|go on)$/;

function decideClause(clause: string): Decision | null {
  const ws = core(clause);
  const text = ws.join(' ');
  if (text.length === 0) return null;
  const first = ws[0] as string;
  if (WH_START.test(text)) return whDecision(text);
  // "In what way…?", "since when?", "for how long?": a preposition before the wh-word.
  const led = PREPOSITION_WH.exec(text);
  if (led) return whDecision(text.slice(led[0].length));
  if (AUX.has(first) || text.startsWith('is there') || text.startsWith('are there')) {
    const known = KNOW_WH.exec(text);
    if (known) {
      const wh = text.slice(known.index + known[0].length - (known[3] as string).length);
      const d = whDecision(wh, true);
      if (d) return d;
    }
    return closed(`yes-no:${first}`);
  }
  // "Any idea why it logged you out?": "do you have" left out; the wh-word decides.
  const idea =
    /^(?:any|got any|have you any) (?:idea|clue|thoughts?)( on| about| as to)? (how|what|why|where|when|which|who)\b/.exec(
      text,
    );
  if (idea)
    return whDecision(text.slice(idea.index + idea[0].length - (idea[2] as string).length), true);
  if (WONDERING.test(text)) {
    const known = /\b(how|what|why|where|when|which|who|if|whether)\b.*$/.exec(text);
    if (known) {
      if (/^(if|whether)/.test(known[0])) return closed('yes-no:whether');
      return whDecision(known[0], true);
    }
  }
  return null;
}

/**
 * "I wonder…", "I guess I'm wondering…", "I think I was just wondering…": an epistemic hedge
 * before the frame does not change what is asked; the clause after it decides.
 */
const WONDERING =
  /^(?:i (?:guess|think|suppose|mean) )?(?:(?:i|we) (?:am |was |were )?(?:just |also )?)?wonder(?:ing)?\b/;

/**
 * "…, do you think, …", "…, would you say?": an opinion frame set off inside a question is a
 * parenthetical; the clause it interrupts is what is asked ("how would it change, do you think").
 */
const PARENTHETICAL = /^(?:(?:do|did|would|will) )?you (?:think|reckon|say|guess|suppose|imagine)$/;

/**
 * Spoken hedges that soften a verb ("can you kind of describe", "I'm sort of curious"): after
 * a subject, an auxiliary or an adverb, "kind of"/"sort of" is not the noun of "what kind of".
 */
const HEDGE =
  /\b(you|i|we|they|just|am|is|are|was|were|be|can|could|would|will|maybe|really) (?:kind|sort) of\b/g;

/** Words spoken around a question that add nothing to it ("you know", "I mean", "um"). */
const SPOKEN_FILLER = /^(?:you know|i mean|like|um|uh|er|erm|mm|hmm)$/;

/**
 * "What was your last HbA1c?", "what was your most recent weight?": the last or first one of a
 * series the customer has is one recorded item; a reaction or thought stays theirs to describe.
 */
const ONE_OF_SERIES =
  /^what (?:is|was|were|are) (?:your|his|her|their) (?:last|latest|most recent|first) (\w+)/;

/** "On a scale of 0 to 10…", "out of ten…": the answer is one number. */
const SCALE =
  /\b(on a scale|scale of|out of (10|ten|5|five|100)|from (0|1|zero|one) to (10|ten|5|five|100))\b/;

/** Judges one English sentence, normalised. Null when no cue fired. */
export function decideEnglish(sentence: string): Decision | null {
  // Spoken repairs ("what-what do you…", "how-- how are you…", "what what…") say one word.
  const spoken = trimEndOf(sentence, '?!.~ ')
    .trim()
    .replace(/\b(\w+)(?:(?:-+ ?| )\1\b)+/g, '$1')
    // Chat without apostrophes: "whats up", "hows it going" say "what is", "how is".
    .replace(/\b(what|how|where|who|when|why)s\b/g, '$1 is')
    .replace(HEDGE, '$1');
  const s = leadingFillersDropped(spoken);
  if (SCALE.test(s)) return closed('one-fact:scale');
  if (SAY_MORE.test(s)) return open('invitation:say-more');
  const clauses = s
    // A dash before a space breaks the clause off: "what- how did it go" is a false start.
    .split(/\s*[,;:]\s*|\s*-+\s+|\s*\(\s*|\s*\)\s*/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0 && !SPOKEN_FILLER.test(c));
  if (clauses.length === 0) return null;
  const last = clauses[clauses.length - 1] as string;
  if (clauses.length > 1 && TAGS.has(last.replace(/[^a-z ]/g, '').trim()))
    return closed(`tag:${last}`);
  // "So what you're saying is the box was empty?": a reflection to confirm.
  if (
    /^(?:so )?what (?:you are|you were|i am hearing|i hear you) (?:saying|telling me)? ?is\b/.test(
      s,
    )
  )
    return closed('tag:what-you-are-saying');
  const invitation = decideInvitation(s);
  if (invitation) return invitation;
  const options = WHICH_OF_GIVEN.test(s) ? closed('options:which-of') : decideOptions(clauses);
  if (options) return options;
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = clauses[i] as string;
    if (clauses.length > 1 && PARENTHETICAL.test(clause)) continue;
    const d = decideClause(clause);
    if (d) return d;
  }
  // "And your postcode?", "Your order number, please?": an identifier asked for, verb left out.
  if (words(s).length <= 6 && IDENT.test(s)) return closed('one-fact:ident');
  return null;
}
