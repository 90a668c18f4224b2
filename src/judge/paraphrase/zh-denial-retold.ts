import { hasHan } from '../text/chars.js';
import { type Unit, unitsOf } from '../text/content.js';
import { originalSpan } from '../text/index.js';
import type { Span } from '../types.js';
import { clausesOf } from './clauses.js';
import { toldPlaces } from './retold-clause.js';
import { missedInChinese, type StoryReading } from './zh-wordings.js';

/** Numerals are the value readings' to compare, not words to share. */
const NUMERAL = /[零〇一二两三四五六七八九十百千万亿半几\d]/;

type Side = 'customer' | 'business';
/**
 * Who a person word before a denial names: the customer's 我 is the answer's 您 / 你, the
 * customer's 你们 the answer's 我们; a third person (他, 佢, 店员 unnamed here) is the business's side.
 */
const CUSTOMER_SAYS: readonly (readonly [string, Side])[] = [
  ['我', 'customer'],
  ['你', 'business'],
  ['您', 'business'],
  ['他', 'business'],
  ['她', 'business'],
  ['佢', 'business'],
];
const ANSWER_SAYS: readonly (readonly [string, Side])[] = [
  ['您', 'customer'],
  ['你', 'customer'],
  ['妳', 'customer'],
  ['我', 'business'],
  ['他', 'business'],
  ['她', 'business'],
  ['佢', 'business'],
];

const inside = (u: { start: number; end: number }, at: Span) =>
  u.start >= at.start && u.end <= at.end;

/** The content words of a clause as pairs of neighbouring characters (negations and fillers skipped). */
function pairsIn(units: readonly Unit[]): Set<string> {
  const keys = units
    .filter((u) => !u.filler && !u.negator && hasHan(u.key) && !NUMERAL.test(u.key))
    .map((u) => u.key);
  return new Set(keys.slice(1).map((k, n) => `${keys[n]}${k}`));
}

/** The side the nearest person word before a denial names, in its clause; undefined where none. */
function doerBefore(
  text: string,
  clause: Span,
  negation: number,
  says: readonly (readonly [string, Side])[],
): Side | undefined {
  for (let k = negation - 1; k >= clause.start; k--) {
    const found = says.find(([w]) => text[k] === w);
    if (found) return found[1];
  }
  return undefined;
}

interface Denial {
  /** The clause, normalised range. */
  readonly at: Span;
  /** Where its first negation stands (normalised). */
  readonly negation: number;
  readonly pairs: ReadonlySet<string>;
}

/** 啱唔啱, 对不对, 是不是: a question's two sides, not a denial. */
const eitherWay = (text: string, u: Unit) => text[u.start - 1] === text[u.end];

/** 太不凑巧, 很不方便, 幾唔開心: a negation after a degree word says how something is, not that it was not done. */
const DEGREE = new Set(['太', '很', '挺', '蛮', '蠻', '超', '幾', '咁', '非常', '特别', '特別']);
const graded = (text: string, u: Unit) =>
  DEGREE.has(text[u.start - 1] ?? '') || DEGREE.has(text.slice(u.start - 2, u.start));

function denialsIn(text: string): Denial[] {
  const units = unitsOf(text);
  return clausesOf(text).flatMap((at) => {
    const inClause = units.filter((u) => inside(u, at));
    const negation = inClause.find((u) => u.negator && !eitherWay(text, u) && !graded(text, u));
    return negation ? [{ at, negation: negation.start, pairs: pairsIn(inClause) }] : [];
  });
}

/**
 * A fact the customer told as not done (没告诉我, 不肯给我看, 冇問過我, 沒有先報價) retold by a denial in
 * other words (没跟您说一声, 死活不拿出来, 冇同你確認, 沒先講價錢) at its place in the story: a clause of
 * the answer that denies, standing after the fact told just before it in the customer's words and
 * before the one told just after it (by the facts met), whose denial is no met fact's, that does
 * not retell another of the customer's denials (改唔返 is 冇得改返, not 冇問過我), and that puts the
 * same side as the doer (the customer's 我 is the answer's 您; 我们 the customer's 你们) — 您自己
 * where the customer did not say 我自己 puts the fault on the customer. Only the first denial of
 * each such place is read.
 */
export const denialRetold: StoryReading = (facts, criteria, answer, customer) => {
  if (!missedInChinese(facts, answer)) return [...facts];
  const places = toldPlaces(criteria, customer);
  const customerUnits = unitsOf(customer.text);
  const theirDenials = denialsIn(customer.text);
  const ourDenials = denialsIn(answer.text).map((d) => ({
    ...d,
    where: originalSpan(answer, d.negation, d.negation + 1).start,
    doer: doerBefore(answer.text, d.at, d.negation, ANSWER_SAYS),
  }));
  if (ourDenials.length === 0) return [...facts];
  const placeOf = (id: string) => places.get(id)?.[0];
  const met = facts.flatMap((f) => {
    const p = placeOf(f.id);
    return f.met && f.span && p ? [{ told: p.start, span: f.span }] : [];
  });
  const customerClauses = clausesOf(customer.text);
  const clauseAt = (at: Span) =>
    customerClauses.find((c) => c.start <= at.start && at.end <= c.end);
  const pairsAt = (c: Span) => pairsIn(customerUnits.filter((u) => inside(u, c)));
  const used = new Set<number>();
  return facts.map((f) => {
    if (f.status !== 'missed') return f;
    const place = placeOf(f.id);
    const denial = place && customerUnits.find((u) => u.negator && inside(u, place));
    if (!place || !denial) return f;
    const theirs = theirDenials.find((d) => d.at.start <= place.start && place.end <= d.at.end);
    if (!theirs) return f;
    const before = met.filter((m) => m.told < place.start).sort((a, b) => b.told - a.told)[0];
    const after = met.filter((m) => m.told >= place.end).sort((a, b) => a.told - b.told)[0];
    const from = before?.span.start ?? 0;
    const to = after?.span.end ?? answer.original.length;
    // The clauses of the facts still missed: a denial that shares their words tells one of them
    // turned round (唔識照顧 for 識照顧老人家), not this one.
    const otherMissed = facts.flatMap((g) => {
      if (g === f || g.status !== 'missed') return [];
      return (places.get(g.id) ?? []).flatMap((p) => {
        const c = clauseAt(p);
        return c && c.start !== theirs.at.start ? [pairsAt(c)] : [];
      });
    });
    const theirDoer = doerBefore(customer.text, theirs.at, denial.start, CUSTOMER_SAYS);
    const retellsOther = (d: Denial) =>
      [...theirDenials.filter((t) => t !== theirs).map((t) => t.pairs), ...otherMissed].some(
        (pairs) => [...d.pairs].some((p) => pairs.has(p)),
      );
    const ownFault = (d: Denial) =>
      /[您你妳]自己/.test(answer.text.slice(d.at.start, d.negation)) &&
      !/我自己/.test(customer.text.slice(theirs.at.start, theirs.at.end));
    const ours = ourDenials.find(
      (d) =>
        !used.has(d.negation) &&
        d.where >= from &&
        d.where < to &&
        !met.some((m) => m.span.start <= d.where && d.where < m.span.end) &&
        !retellsOther(d) &&
        !ownFault(d) &&
        (theirDoer === undefined || d.doer === undefined || d.doer === theirDoer),
    );
    if (!ours) return f;
    used.add(ours.negation);
    return {
      ...f,
      met: true,
      status: 'met',
      span: originalSpan(answer, ours.at.start, ours.at.end),
      detail: 'denial-retold',
    };
  });
};
