import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * An excuse that explains the customer's fault away, by structure: a statement about the fault
 * whose subject is the kind of thing or another party, not the agent acting, and whose verb is
 * generic or habitual ("old valve sets always do that at first", "snow is snow"), a denial of our
 * part ("their problem rather than ours", "not something we control") or the customer's handling
 * put as the cause ("comes from not brushing them properly", "he should have…"), with no action of
 * ours after it. Some forms are the excuse wherever they stand; a habitual verb or a present
 * "should" is one only on the far side of a contrast from an acknowledgement ("I understand, but
 * bike chains always stretch"): alone it states information for everyone ("Parcels usually take
 * three days"). Folded text: lower case, contractions expanded.
 */
interface Markers {
  /** The excuse in any statement. */
  alone: RegExp;
  /** The excuse only across a contrast from an acknowledgement. */
  framed?: RegExp;
}

/** The customer's feeling acknowledged or an apology: one half of the frame. */
const ACKNOWLEDGED =
  /\b(?:i|we)\s+(?:(?:can|do|totally|completely|really|fully|quite)\s+)?(?:understand|know|see|hear|get|appreciate|realise|realize|imagine)\b|\bsorry\b|\b(?:frustrating|annoying|upsetting|stressful|maddening|infuriating|disappointing|worrying)\b/;

/** The contrast word between the acknowledgement and the excuse. */
const CONTRAST =
  /(?:^|[\s,;:])(?:but|though|although|still|that\s+said|mind\s+you|however|even\s+so)(?=[\s,])/g;

/** A condition or a time clause around the marker: a case put, not the excuse said. */
const CONDITION = /\b(?:if|unless|whenever|in\s+case|once|should\s+you)\b/;

/**
 * Our action or a way offered after the excuse, anywhere in the rest of the reply: "…comes from a
 * worn seal, I will send a new one", "shall I book…", "you can return it…".
 */
const AGENT_ACTS =
  /\b(?:i|we)\s+(?:will|shall|can(?!\s+(?:see|imagine|understand|hear)\b)|am\s+going\s+to|are\s+going\s+to|have\s+(?:just\s+|already\s+)?(?:[a-z]+ed|sent|put|made|set|got|taken))\b|\blet\s+(?:me|us)\b|\b(?:would\s+you\s+like|do\s+you\s+want)\s+(?:me|us)\b|\b(?:shall|can|could|may)\s+(?:i|we)\b|\byou\s+(?:can|could|are\s+welcome\s+to)\s+(?:call|ring|contact|email|visit|bring|return|send|swap|exchange)\b|\d{5,}/;

/** A clause whose subject is the agent or the customer: not a statement about the kind of thing. */
const PERSON_SUBJECT =
  /^(?:(?:and|so|,|still|though|but|although|however|i\s+am\s+afraid)\s*)*(?:i|we|you)\b/;

/** The fault called what such things do: "these things happen", "that does happen", "gas does that", "snow is snow". */
const NORMALISED: Markers = {
  alone:
    /\b(?:these|such|those)\s+things\s+happen\b|\b(?:does|do)\s+happen\b|\b(?:that|this|it)\s+happens\s+(?:a\s+lot|all\s+the\s+time|sometimes|every\s+[a-z]+|with\b)|\bthat\s+is\s+(?:just\s+)?what\s+happens\b|\b[a-z]+s?\s+happen\s+every\s+(?:time|year|season|[a-z]+\s+season|winter|summer|spring|autumn|term)\b|\b(?!(?:i|we|you|to|will|can|could|would|should|please|and|let|not|did|what)\b)[a-z]+\s+(?:always\s+|usually\s+|often\s+|sometimes\s+|just\s+|tends?\s+to\s+)?(?:do|does)\s+that(?=\s*(?:[,.;!]|$)|\s+(?:at|in|on|with|sometimes|a\s+lot|after)\b)|\b(?!(?:what|it|that|this|there|which|who)\b)((?:a\s+|an\s+)?(?:[a-z]+\s+){0,2}?[a-z]{3,})\s+(?:is|are)\s+\1(?=\s*(?:[,.;!]|$))|\b(?:nobody|no\s+one|none\s+of\s+(?:the|our)\s+(?:other\s+)?[a-z]+)(?:\s+else)?(?:\s+(?:in|on|at|from)\s+(?:the|your|this|our)\s+[a-z]+)?(?:'s|\s+has|\s+have|\s+had|\s+ever)\s+(?:ever\s+|actually\s+|once\s+)?(?:reported|complained|mentioned|raised|had\s+(?:a|any)\s+(?:problem|issue|trouble))\b/,
  framed:
    /\b(?:always|usually|normally|generally|typically|often|commonly|tends?\s+to|every\s+(?:time|year|season|winter|summer|week|month))\b|\b(?:is|are)\s+(?:quite\s+|perfectly\s+|completely\s+|pretty\s+)?(?:normal|common|typical|usual|to\s+be\s+expected)\b/,
};

/** Our part in the fault denied: "not something we control", "their problem rather than ours", "…, not us". */
const DISOWNED: Markers = {
  alone:
    /\bnot\s+(?:something|anything)\s+(?:that\s+)?(?:we|i)\s+(?:can\s+|could\s+)?(?:control|have\s+(?:any\s+)?(?:say|control)\s+(?:over|in)|are\s+responsible\s+for|am\s+responsible\s+for|have\s+any\s+hand\s+in)\b|\b(?:their|his|her|[a-z]+'s)\s+(?:problem|responsibility|fault|issue|lookout|doing)\s*,?\s+(?:rather\s+than|not|and\s+not)\s+(?:ours|us|our|mine|me)\b|\b(?:did|made|lost|broke|sent|[a-z]+ed)\b[^,.;!?]*,\s*not\s+(?:us|ours|me)\b|\b(?:we|i)\s+(?:can\s+not|could\s+not|are\s+not|am\s+not)\s+(?:be\s+)?(?:held\s+)?(?:responsible|accountable|liable)\s+for\b/,
};

/** The customer's handling put as the cause: "comes from not brushing them", "he should have…". */
const HANDLED: Markers = {
  alone:
    /\b(?:comes?|came|stems?|results?)\s+from\s+(?:not\s+|never\s+)?[a-z]+ing\s+(?:it|them|your)\b|\b(?:comes?|came|stems?|results?)\s+from\s+(?:not|never)\s+[a-z]+ing\b|\b(?:is|are|was|were)\s+(?:caused\s+by|down\s+to|due\s+to)\s+(?:not\s+|never\s+)?[a-z]+ing\s+(?:it|them|your)\b|\bhappens?\s+(?:when|if)\s+(?:you|people|someone)\s+(?!call|ring|contact|ask|book)\b|(?<!\b(?:how|what|way|as|than|not)\s+)\b(?:he|she|they|your\s+[a-z]+)\s+(?:really\s+)?(?:should|ought\s+to)\s+have\s+(?!to\b)[a-z]+(?:ed|en|t|wn|ne|ld|id|ad|ght)\b/,
  framed:
    /\b(?:he|she|they)\s+(?:should|ought\s+to)\s+(?:really|always|just)\b|\b(?:he|she|they)\s+(?:should|ought\s+to)\s+(?:[a-z]+\s+){1,3}?(?:his|her|their)\s+own\b/,
};

/** The first sentence of folded text `t` explaining the fault away by `markers`, as a range. */
function excuseEn(
  t: string,
  runOn: ReadonlySet<number>,
  markers: Markers,
): [number, number] | undefined {
  const spans = sentenceSpans(t, runOn);
  for (let k = 0; k < spans.length; k++) {
    const [s, e] = spans[k] as readonly [number, number];
    const sentence = t.slice(s, e);
    if (sentence.trimEnd().endsWith('?')) continue;
    const before = k > 0 ? t.slice((spans[k - 1] as readonly [number, number])[0], s) : '';
    const parts = [
      sentence,
      ...(markers.framed
        ? excuseSides(sentence, before).filter((p) => markers.framed?.test(p))
        : []),
    ];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      const m = (i === 0 ? markers.alone : (markers.framed as RegExp)).exec(part);
      if (!m) continue;
      const clauseStart = part.slice(0, m.index).search(/[^,;:]*$/);
      if (CONDITION.test(part.slice(clauseStart, m.index))) continue;
      if (i > 0 && PERSON_SUBJECT.test(part.trimStart())) continue;
      const at = s + sentence.indexOf(part);
      const end = at + m.index + m[0].length;
      if (AGENT_ACTS.test(t.slice(end))) continue;
      // The excuse's own clause: the acknowledgement beside it is the restatement's feeling.
      const close = part.slice(m.index + m[0].length).search(/[,;:]/);
      const open = clauseStart + (/^\s*/.exec(part.slice(clauseStart))?.[0].length ?? 0);
      return [at + open, close < 0 ? at + part.length : end + close];
    }
  }
  return undefined;
}

/**
 * The sides of `sentence` across a contrast from an acknowledgement: the words after the contrast
 * when the acknowledgement comes first (in the sentence or the one before), the words before it
 * when the acknowledgement follows ("These mix-ups happen every season, but I can see why…").
 */
function excuseSides(sentence: string, before: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(CONTRAST)) {
    const head = sentence.slice(0, m.index);
    const tail = sentence.slice(m.index + m[0].length);
    const next = tail.search(CONTRAST);
    const side = next < 0 ? tail : tail.slice(0, next);
    if (ACKNOWLEDGED.test(head) || (head.trim() === '' && ACKNOWLEDGED.test(before)))
      out.push(side);
    else if (ACKNOWLEDGED.test(side)) out.push(head);
  }
  return out;
}

/** The list entries that word the flags. */
export const NORMALISED_ENTRY_EN = 'g-precedent';
export const DISOWNED_ENTRY_EN = 'not-my-job';
export const HANDLED_ENTRY_EN = 'g-blame-yourself';

export const normalisedFaultEn = (t: string, _list: PhraseList, runOn: ReadonlySet<number>) =>
  excuseEn(t, runOn, NORMALISED);
export const disownedFaultEn = (t: string, _list: PhraseList, runOn: ReadonlySet<number>) =>
  excuseEn(t, runOn, DISOWNED);
export const handledFaultEn = (t: string, _list: PhraseList, runOn: ReadonlySet<number>) =>
  excuseEn(t, runOn, HANDLED);
