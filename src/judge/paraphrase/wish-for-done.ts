import type { Criterion } from '../../drills/schema.js';
import { stem } from '../text/content.js';
import { compilePattern, type NormalisedText, normalise } from '../text/index.js';
import type { CriterionResult } from '../types.js';

/** A wish or plan right before the fact's words: "you'd like to cancel", 您想取消. */
const EN_WISH =
  /\b(?:would like to|want(?:s|ed)? to|wish(?:es)? to|hoping to|hope to|plan(?:ning)? to|going to|trying to|need to)\s+(?:[a-z]+ly\s+)?$/;
const ZH_WISH = /(?:想要|想|打算|希望|准备)$/;
/** Past forms that do not end in -ed. */
const EN_IRREGULAR_PAST = new Set(
  (
    'froze paid sent sold bought brought took gave made left lost broke wrote spoke told came ' +
    'went got put set cut shut quit tore wore kept found held sent spent'
  ).split(' '),
);
const ZH_DONE_AFTER = /^[\u4e00-\u9fff]{0,2}?[了过]/;
const ZH_DONE_BEFORE = /(?:已经|已|刚)[\u4e00-\u9fff]{0,2}$/;

/** The customer's words telling one of these as done ("cancelled", 已经退订了), or null. */
function toldAsDone(words: readonly string[], customer: string): string | null {
  if (words.some((w) => /^[a-z]+$/.test(w))) {
    const keys = new Set(words.map(stem));
    const past = (w: string) => w.endsWith('ed') || EN_IRREGULAR_PAST.has(w);
    return (
      (customer.match(/[a-z]+/g) ?? []).find(
        (w) => past(w) && (keys.has(stem(w)) || words.includes(w)),
      ) ?? null
    );
  }
  for (const word of words) {
    for (let at = customer.indexOf(word); at >= 0; at = customer.indexOf(word, at + 1)) {
      const after = ZH_DONE_AFTER.exec(customer.slice(at + word.length));
      if (after) return customer.slice(at, at + word.length + after[0].length);
      const before = ZH_DONE_BEFORE.exec(customer.slice(Math.max(0, at - 4), at));
      if (before) return customer.slice(at - before[0].length, at + word.length);
    }
  }
  return null;
}

/**
 * Facts restated as a wish for what the customer said was already done ("you'd like to
 * cancel your plan" for "I cancelled it in January", 您想取消 for 我已经取消了): the restatement
 * reverses what happened, so the fact is contradicted.
 */
export function wishForDone(
  facts: readonly CriterionResult[],
  told: { criteria: readonly Criterion[]; answer: NormalisedText; customer: NormalisedText },
): CriterionResult[] {
  const { criteria, answer, customer } = told;
  return facts.map((f) => {
    const criterion = f.met && f.span ? criteria.find((c) => c.id === f.id) : undefined;
    if (!criterion || !f.span) return f;
    const said = normalise(answer.original.slice(f.span.start, f.span.end)).text;
    const before = normalise(answer.original.slice(Math.max(0, f.span.start - 40), f.span.start));
    const han = /[\u4e00-\u9fff]/.test(said);
    const wished = han ? ZH_WISH.test(before.text) : EN_WISH.test(`${before.text.trimEnd()} `);
    if (!wished) return f;
    const own = criterion.any.map((p) => compilePattern(p).text);
    const words = han
      ? [said, ...own.filter((p) => said.includes(p))]
      : [said.split(' ')[0] ?? '', ...own.filter((p) => /^[a-z]+$/.test(p))];
    const done = toldAsDone(words, customer.text);
    if (!done) return f;
    // Shown in the customer's own script and case.
    const at = customer.text.indexOf(done);
    const shown =
      at >= 0
        ? customer.original.slice(
            customer.starts[at] ?? 0,
            customer.ends[at + done.length - 1] ?? customer.original.length,
          )
        : done;
    return {
      ...f,
      met: false,
      status: 'contradicted',
      detail: 'wish-for-done',
      said: answer.original.slice(f.span.start, f.span.end),
      expected: shown,
    };
  });
}
