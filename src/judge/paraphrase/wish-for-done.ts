import type { Criterion } from '../../drills/schema.js';
import { stem } from '../text/content.js';
import { irregularBase } from '../text/en-senses.js';
import { compilePattern, findAny, type NormalisedText, normalise } from '../text/index.js';
import type { CriterionResult } from '../types.js';
import { clauseAround } from './clauses.js';

/** A wish or plan right before the fact's words: "you'd like to cancel", 您想取消. */
const WISH_WORDS =
  '(?:would like to|want(?:s|ed)? to|wish(?:es)? to|hoping to|hope to|plan(?:ning)? to|going to|trying to|need to)';
const EN_WISH = new RegExp(`\\b${WISH_WORDS}\\s+(?:[a-z]+ly\\s+)?$`);
/** A wish for an act on the fact ("you'd like to pay the deposit"): its verb. */
const EN_WISHED_ACT = new RegExp(
  `\\b${WISH_WORDS}\\s+([a-z]+)\\s+(?:the|your|a|an|that|this|some)\\s+$`,
);
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
    const act = han ? null : EN_WISHED_ACT.exec(`${before.text.trimEnd()} `);
    if (act) {
      const done = actToldAsDone(act[1] as string, criterion, customer);
      return done ? reversed(f, answer.original, done) : f;
    }
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
    return reversed(f, answer.original, shown);
  });
}

function reversed(f: CriterionResult, answer: string, expected: string): CriterionResult {
  const span = f.span as { start: number; end: number };
  return {
    ...f,
    met: false,
    status: 'contradicted',
    detail: 'wish-for-done',
    said: answer.slice(span.start, span.end),
    expected,
  };
}

/**
 * The wished act told as done in the customer's clause of the fact ("we paid the £3,000
 * deposit" for "you'd like to pay the deposit"): the customer's words from that verb's past
 * form to the fact, or null.
 */
function actToldAsDone(
  verb: string,
  criterion: Criterion,
  customer: NormalisedText,
): string | null {
  const told = findAny(criterion.any, customer);
  if (!told) return null;
  const clause = clauseAround(customer.original, told.span);
  const words = customer.original.slice(clause.start, told.span.start).toLowerCase();
  for (const m of words.matchAll(/[a-z]+/g)) {
    const w = m[0];
    const past = w.endsWith('ed')
      ? stem(w) === stem(verb)
      : EN_IRREGULAR_PAST.has(w) && irregularBase(w) === verb;
    if (past) return customer.original.slice(clause.start + (m.index ?? 0), told.span.end);
  }
  return null;
}
