import { hasHan } from '../text/chars.js';
import { sameLemma } from '../text/en-senses.js';
import type { NormalisedText } from '../text/index.js';
import type { CriterionResult } from '../types.js';
import { clauseAround } from './clauses.js';

/**
 * "So you forgot to pause your box", "you failed to lock the scooter": an act restated as one
 * the customer did not do. Where the customer told that act as done ("I paused my recipe box",
 * "the app showed it locked"), the restatement turns the story round and puts the fault on the
 * customer: the fact it meets with that verb is told wrong (English).
 */
const FAILED =
  /\byou(?:'d| had| have|'ve)? (?:forgot|forgotten|failed|neglected|omitted) to ([a-z]+)/g;
/** The customer's own word for the act, not itself denied or failed ("I forgot to pause"). */
const UNDONE = /(?:\b(?:not|never|no|forgot|forgotten|failed|neglected|omitted)|n't)(?: to)? $/;

const wordsOf = (text: string) =>
  [...text.matchAll(/[a-z]+/g)].map((m) => ({ text: m[0], start: m.index ?? 0 }));

function toldDone(verb: string, customer: string): boolean {
  return wordsOf(customer).some(
    (w) =>
      w.text.length >= 3 &&
      sameLemma(w.text, verb) &&
      !UNDONE.test(customer.slice(Math.max(0, w.start - 16), w.start)),
  );
}

export function failedForDone(
  facts: readonly CriterionResult[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (hasHan(answer.original)) return [...facts];
  const said = answer.original.toLowerCase().replace(/\u2019/g, "'");
  const told = customer.original.toLowerCase().replace(/\u2019/g, "'");
  const failed = [...said.matchAll(FAILED)].flatMap((m) => {
    const verb = m[1] as string;
    const start = (m.index ?? 0) + m[0].length - verb.length;
    return toldDone(verb, told)
      ? [{ verb, start, end: start + verb.length, whole: m.index ?? 0 }]
      : [];
  });
  if (failed.length === 0) return [...facts];
  return facts.map((f) => {
    const at = f.met && f.span ? f.span : undefined;
    const hit = at && failed.find((v) => v.start < at.end && at.start < v.end);
    if (!hit) return f;
    const clause = clauseAround(answer.original, { start: hit.whole, end: hit.end });
    return {
      ...f,
      met: false,
      status: 'contradicted',
      detail: 'failed-for-done',
      said: answer.original.slice(hit.whole, clause.end).trim(),
    };
  });
}
