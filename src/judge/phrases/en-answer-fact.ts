/**
 * After an answering "no" ("Nope, …", "No, …"), the fact that answers may carry a "no" of its own
 * about a thing: a property denied with "be" ("the pellets are not hardwood"), one value set
 * against another ("leased, not sold"), nothing there ("there is no rubber crumb in this range")
 * or a need lifted without a verb ("no socket needed"). Those describe the thing asked about. Any
 * other "no" (do-support, a modal: "it cannot be done", "we will not…"; "never", "nobody", "no
 * exceptions"), a denial of a person ("we are not…") or of a side ("not our problem"), or of a
 * possibility ("there is no way…") is still read as a charge.
 */
const NO_WORD = /\b(?:not|never|no|nothing|nobody|none|cannot|unable)\b/g;

const NOT_OF_A_THING = /(?:(?<!\b(?:i|we|you|am)) \b(?:is|are|was|were)|,) $/;
const NONE_THERE = /\bthere (?:is|are|was|were) $/;
const NEED_LIFTED = /^no [a-z]+(?: [a-z]+)? (?:needed|required|necessary)\b/;

/** What the "no" denies: not a person or a side, not a modal turn, not a possibility. */
const OF_A_THING =
  /^ (?!(?:me|us|you|my|our|your|mine|ours|yours|able|allowed|going|possible|way|chance|point|hope)\b)[a-z0-9]/;

/** Whether every "no" in `rest`, the sentence after its answering "no", belongs to the fact. */
export function answerFactEn(rest: string): boolean {
  let found = false;
  for (const m of rest.matchAll(NO_WORD)) {
    found = true;
    const before = rest.slice(Math.max(0, m.index - 24), m.index);
    const after = rest.slice(m.index + m[0].length);
    const fact =
      (m[0] === 'not' && NOT_OF_A_THING.test(before) && OF_A_THING.test(after)) ||
      (m[0] === 'no' && NONE_THERE.test(before) && OF_A_THING.test(after)) ||
      (m[0] === 'no' && NEED_LIFTED.test(rest.slice(m.index)));
    if (!fact) return false;
  }
  return found;
}
