/**
 * English clauses that acknowledge the customer's feeling by their grammar, whatever words fill
 * them (read on normalised text: lower case, contractions expanded):
 * - the feeling judged right to have: "that's completely understandable", "which is only
 *   natural", "it's fair to feel hard done by", "you've every reason to be";
 * - a positive judgement negated: "that isn't fair on you", "hardly acceptable";
 * - the agent's own apology, however strong: "I'm really sorry", "we're so sorry";
 * - anyone at all in the customer's place: "anyone with a baby would be …", "would wear anybody
 *   out", "would break any parent's heart", "in your shoes";
 * - the agent in their place, said with too: "I'd be pulling my hair out too";
 * - what the events must have done, said of that or this: "that must have spoiled the day";
 * - an exclamation opened by "what a": "What a day to have that happen.".
 */
const ADVERBS =
  '(?: (?:completely|totally|perfectly|entirely|quite|very|so|only|just|fully|really))*';

export const EN_ACKNOWLEDGED: readonly RegExp[] = [
  new RegExp(
    `\\b(?:that|which|this) (?:is|was|would be|seems)${ADVERBS} (?:understandable|natural|fair enough|reasonable)\\b`,
  ),
  new RegExp(
    `\\bit is${ADVERBS} (?:fair|natural|understandable|reasonable|normal|right) to (?:feel|be)\\b`,
  ),
  new RegExp(`\\bit is${ADVERBS} (?:understandable|natural) (?:that|why) you\\b`),
  /\byou have (?:every|good) (?:right|reason) to (?:feel|be)\b/,
  /\b(?:is|was|are|were|be|been) (?:not|hardly)(?: (?:at all|really|exactly|remotely|very))? (?:fair|acceptable|good enough)\b/,
  /\b(?:i am|we are)(?: (?:so|really|very|truly|terribly|deeply|awfully|genuinely|sincerely|extremely))* sorry\b/,
  /(?<!\b(?:if|whether) )\b(?:anyone|anybody|everyone|everybody)\b[^.!?;,]{0,40}\bwould\b(?! not)/,
  /\bwould(?! not)\b[^.!?;]{0,30}\b(?:anyone|anybody|everyone|everybody|any [a-z]+'s)\b(?! (?:who|that|which)\b)/,
  /\bin your (?:shoes|place|position)\b/,
  /\bi would (?:be|feel|have been|have felt)\b[^.!?;]{0,40}\b(?:too|as well)\b/,
  /\b(?:that|this) must (?:have )?(?!be\b|been\b|not\b)[a-z]+/,
  /(?<=^|[.!;:\u2014\u2013]\s*|\s-\s)what an? [^.!?]*(?:[.!]|$)/,
];
