import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * English: the choice handed back to the customer alone, by who acts and what follows. The
 * decision is put on the customer — an open choice (a wh- or whether-clause, or "A or B, that …")
 * said to be theirs to make ("Which quote you accept is for you to decide", "Whichever flight you
 * book is your own affair", "Annual or monthly, that's yours to figure out"); the thing called
 * theirs in a clause of its own ("It's your loom", "Your roof, your money") with the customer told
 * to decide or to do as they like beside it ("you decide …", "Sort it out however you like"); or a
 * bare "up to you" after "A or B" or before "if …" with the agent standing aside ("I'm not deciding that for
 * you"); the agent leaving it to them ("I'll leave it entirely to you to decide"); the customer told to decide by
 * themselves ("Pick one yourself"); "if …, that's for you to work out". Nothing of the agent's follows or comes
 * before: no act of theirs ("I'll hold both", "I'd lean towards …", "shall I …"), no question. "Let me/us know"
 * and "get back to us" are the customer's acts, not help. Folded text: lower case, contractions expanded, dashes
 * as commas.
 */

/** The list entry that words the flag. */
export const YOUR_CALL_ENTRY_EN = 'g-choice-your-business';

const OPENER =
  /^(?:(?:honestly|well|look|listen|so|then|and|just|really|frankly|right|okay|ok|mate|sorry)\b\W*)+/;

/** Verbs of making up one's mind or sorting a matter out. */
const DECIDE = '(?:decide|choose|pick|sort|work|figure|settle|judge|determine|make up)';

/** An open choice as the subject: a wh- or whether-clause ("Which one suits the band …"). */
const OPEN_CHOICE = /^(?:which|whichever|what|whatever|whether|how many|how much)\b/;

/** The predicate putting the decision on the customer, with an adverb or two of degree between. */
const THEIRS_TO_DECIDE = new RegExp(
  String.raw`\b(?:is|are) (?:(?:really|entirely|all|totally|completely|purely|solely|very much) )?(?:for you(?: alone| yourself)?(?: to ${DECIDE}\b| and you alone)|a matter for you\b|(?:up|down) to you\b|yours(?: alone)? to ${DECIDE}\b|your (?:own )?(?:affair|business|lookout|concern|problem|headache|decision|choice|call)\b)`,
);

/** "that / it is …" picking up an "A or B" clause before it. */
const PICKED_UP = /^(?:that|it|this)\b/;

/**
 * A clause that is only the thing called the customer's: "it is your house", "your roof". Not the
 * choice itself: "Choose whichever tartan you like, your pick!" invites a choice.
 */
const OWNED =
  /^(?:(?:it|that|this) is )?your (?:own )?(?!(?:pick|choice|call|decision|preference|turn)\b)[a-z'-]+$/;

/** The customer told to decide, or to do as they like, in a clause of its own. */
const YOU_DECIDE = new RegExp(
  String.raw`^(?:you )?(?:${DECIDE} (?:it |that |this )?(?:out|up)?|take your pick)\b|^(?:you )?[a-z]+(?: [a-z'-]+){0,4}? (?:whatever|however|whichever)(?: [a-z'-]+)? you (?:like|want|wish|please|see fit|think)\b`,
);

/** A bare "up to you" / "your choice" clause. */
const BARE_THEIRS =
  /^(?:(?:it|that) is )?(?:(?:really|entirely|all|totally) )?(?:(?:up|down) to you|your (?:own )?(?:call|choice|decision|business|affair|lookout))$/;

/**
 * The agent standing aside from the choice: "I'm not deciding that for you", "I'm not going to tell you", "I just
 * take the bookings".
 */
const STANDS_ASIDE =
  /\bi (?:am|do|will) not (?:going to )?(?:deciding|decide|choosing|choose|picking|pick|getting involved|get involved|tell you|say)\b|\bi (?:just|only) [a-z]+ (?:the |them\b|it\b)/;

/**
 * The agent leaving the decision to the customer: "I'll leave it entirely to you to decide", "…, I'll leave for you
 * to work out", "I'll leave you to work it out". Its "I'll" is no help of theirs.
 */
const LEFT_TO_YOU_SOURCE = String.raw`\b(?:i|we) will leave (?:(?:it|that|this|the (?:choice|decision)) )?(?:(?:entirely|completely|all|totally|wholly) )?(?:(?:to|for|up to|with) you (?:alone |yourself )?|you )to ${DECIDE}\b`;
const LEFT_TO_YOU = new RegExp(LEFT_TO_YOU_SOURCE);
const EVERY_LEFT_TO_YOU = new RegExp(LEFT_TO_YOU_SOURCE, 'g');

/** "Up to you" opening on the choice itself: "Up to you if you want it looked at or not". */
const THEIRS_FIRST =
  /^(?:(?:it|that) is )?(?:(?:really|entirely|all|totally) )?(?:(?:up|down) to you|your (?:own )?(?:call|choice|decision|business|affair|lookout)) (?:if|whether)\b/;

/**
 * The customer told to decide by themselves: "Pick one yourself", "you sort that out among yourselves", "work it out
 * for yourself". ("Pick it up yourself" collects.)
 */
const DECIDE_YOURSELF = new RegExp(
  String.raw`^(?:you )?(?:(?:can|will have to|have to|need to|must|will need to) )?${DECIDE} (?:(?:it|that|this|one|them) )?(?:out )?(?:for |among |between )?(?:yourself|yourselves)\b`,
);

/**
 * The agent's own help anywhere in the reply: an act of theirs promised or offered ("I'll hold
 * them", "we can", "I'd lean towards", "shall I"), "let me / let us" before anything but "know",
 * or any question. A done act ("We've sent both quotes") is what the choice is about, not help
 * with it.
 */
const HELPED =
  /\b(?:i|we) (?:will|would|can|could|shall|am going to|are going to|might|may)\b(?! not\b)|\b(?:shall|can|could|may|should) (?:i|we)\b|\blet (?:me|us) (?!know\b)|\?/;

/** The first sentence of folded text `t` handing the choice back to the customer alone, as a range. */
export function yourCallEn(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  if (HELPED.test(t.replace(EVERY_LEFT_TO_YOU, ''))) return undefined;
  const spans = sentenceSpans(t, runOn);
  const clauses = spans.map(([s, e]) =>
    t
      .slice(s, e)
      .split(/[,;:]/)
      .map((c) =>
        c
          .replace(/[.!]+$/, '')
          .trim()
          .replace(OPENER, '')
          .trim(),
      )
      .filter((c) => c.length > 0),
  );
  for (const [k, span] of spans.entries()) {
    const here = clauses[k] ?? [];
    const near = [...(clauses[k - 1] ?? []), ...here, ...(clauses[k + 1] ?? [])];
    const handed =
      here.some(
        (c, i) =>
          THEIRS_TO_DECIDE.test(c) &&
          (OPEN_CHOICE.test(c) ||
            (PICKED_UP.test(c) && / or |^(?:if|whether)\b/.test(here[i - 1] ?? ''))),
      ) ||
      here.some((c) => LEFT_TO_YOU.test(c) || DECIDE_YOURSELF.test(c)) ||
      (here.some((c) => THEIRS_FIRST.test(c)) && STANDS_ASIDE.test(t)) ||
      (here.some((c) => OWNED.test(c)) && near.some((c) => YOU_DECIDE.test(c))) ||
      (here.some((c, i) => BARE_THEIRS.test(c) && / or /.test(here[i - 1] ?? '')) &&
        STANDS_ASIDE.test(t));
    if (handed) return [span[0], span[1]];
  }
  return undefined;
}
