import { hasHan } from './chars.js';
import type { NormalisedText } from './normalise.js';

/** A clause mark: words on either side of it belong to different clauses. */
const CLAUSE_MARK = /[,;:.!?\u2014]/;
const CLAUSE_MARKS = new RegExp(CLAUSE_MARK.source, 'g');
/** Chinese clause marks, as normalised text holds them. */
const ZH_CLAUSE_MARK = /[,;:、]/;
/**
 * English verbs of ceasing or failing: "the sound went off", "the engine packed in" deny by
 * their meaning, so words found with them ("ten minutes of no sound") have no polarity to read.
 */
const CEASED =
  /\b(?:went (?:off|dead|down|out|quiet|silent)|cut (?:out|off)|stopped|died|failed|broke(?: down)?|packed (?:in|up)|gave out|dropped (?:out|off)|conked out|ceased|vanished|disappeared)\b/;

/**
 * Whether the fact's words, found together with the other polarity in an answer, are still no
 * saying of the fact the other way round: the words lie in different clauses ("no smoking, the
 * room smells"; 原厂零件，…，笔咀系第二个牌子: each part has its own negation and its own fact), or
 * their English clause says the thing ceased ("the sound went off").
 */
export function toldApart(
  answer: NormalisedText,
  found: { normalisedStart: number; normalisedEnd: number },
): boolean {
  const text = answer.text;
  const said = text.slice(found.normalisedStart, found.normalisedEnd);
  if (hasHan(text)) return hasHan(said) && ZH_CLAUSE_MARK.test(said);
  if (CLAUSE_MARK.test(said)) return true;
  let from = 0;
  for (const m of text.slice(0, found.normalisedStart).matchAll(CLAUSE_MARKS)) from = m.index + 1;
  const rest = text.slice(found.normalisedEnd);
  const end = rest.search(CLAUSE_MARK);
  return CEASED.test(text.slice(from, end < 0 ? text.length : found.normalisedEnd + end));
}
