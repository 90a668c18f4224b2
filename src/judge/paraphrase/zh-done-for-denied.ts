import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import { type NormalisedText, originalSpan, readCantonese } from '../text/index.js';
import type { CriterionResult, Span } from '../types.js';
import { clausesOf } from './clauses.js';
import { toldPlaces } from './retold-clause.js';
import { contradictedAt } from './zh-wordings.js';

/**
 * A verb denied (Cantonese read as Mandarin, so 冇 is 没有): the negation, then what may stand
 * before the verb — 有, a word of when or how (先, 提前, 及时), a person it was (not) done to or
 * with (跟我, 给我们) — then the verb and the character after it (打电话 gives 打 and 电).
 */
const DENIED_VERB =
  /(?:没有?|未曾|从未|未)(?:先|事先|提前|再|及时|马上|主动|按时|准时)?(?:[跟给和同向帮替](?:我们|我|您|你们|你)(?:先)?)?([\u4e00-\u9fff])([\u4e00-\u9fff])/g;

/** What cannot be the verb itself: a number word, a measure, a particle, a person. */
const NOT_A_VERB = /[一二两三四五六七八九十几个次人的了过着得地吗呢吧啊我你您他她它们这那就也都还]/;

/** A clause that tells what was to be, or asks, not what was done (应该先打了电话, 要是…). */
const NOT_TOLD_AS_DONE =
  /应该|应当|本该|本来|原本|说好|答应|要是|如果|假如|希望|以为|[吗吧][?？]?$/;

/** The verb done (了 / 过, Cantonese 咗 read as 了), with a count of it between (打了个电话). */
const doneWith = (verb: string, next: string) =>
  new RegExp(`${verb}(?:[了过](?:一)?[个通次下声遍]?${next}|${next}[了过])`);

/** A clause with any negation in it (没, 不, 未, 别): not a verb told as done. */
const DENIES = /[没不未别]/;

interface Denial {
  /** The customer's clause, original range. */
  at: Span;
  verb: string;
  next: string;
}

/**
 * A verb the customer denied, told as done (Chinese): 先打了电话 for 没打电话, 先关了总开关 for 没先关总开关,
 * 打咗电话通知你 for 冇打电话通知我. The customer's clause denies a verb (没 / 冇 / 未, with 有, 先 or a
 * person between); an answer clause with no negation, no lack and nothing of what was to be says
 * that verb done with the character after it (打了电话, 关了总开关, 打电话了), and the customer says it
 * done nowhere. The facts told in the customer's clause, left out or said only in that answer clause,
 * are contradicted.
 */
export function zhDoneForDenied(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (!hasHan(answer.text) || !hasHan(customer.text)) return [...facts];
  const heard = readCantonese(customer);
  const denials: Denial[] = clausesOf(heard.text).flatMap((c) => {
    const text = heard.text.slice(c.start, c.end);
    return [...text.matchAll(DENIED_VERB)].flatMap((m) => {
      const [verb, next] = [m[1] as string, m[2] as string];
      if (NOT_A_VERB.test(verb)) return [];
      return [{ at: originalSpan(heard, c.start, c.end), verb, next }];
    });
  });
  if (denials.length === 0) return [...facts];
  const read = readCantonese(answer);
  const pairs = clausesOf(read.text).flatMap((c) => {
    const text = read.text.slice(c.start, c.end);
    if (DENIES.test(text) || NOT_TOLD_AS_DONE.test(text)) return [];
    if (/^\s*[?？]/.test(read.text.slice(c.end))) return [];
    return denials
      .filter(({ verb, next }) => {
        const done = doneWith(verb, next);
        return done.test(text) && !done.test(heard.text);
      })
      .map((d) => ({ said: originalSpan(read, c.start, c.end), told: d.at }));
  });
  if (pairs.length === 0) return [...facts];
  const places = toldPlaces(criteria, customer);
  const inside = (s: Span, at: Span) => s.start >= at.start && s.end <= at.end;
  return facts.map((f) => {
    if (f.status === 'contradicted') return f;
    const told = (places.get(f.id) ?? []).map((p) => originalSpan(customer, p.start, p.end));
    const pair = pairs.find(
      (p) => told.some((t) => inside(t, p.told)) && (!f.met || (f.span && inside(f.span, p.said))),
    );
    if (!pair) return f;
    return {
      ...contradictedAt(f, pair.said, 'zh-done-for-denied', answer.original),
      expected: customer.original.slice(pair.told.start, pair.told.end),
    };
  });
}
