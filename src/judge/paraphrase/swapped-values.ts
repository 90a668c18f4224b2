import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import { contentKeys, unitsOf } from '../text/content.js';
import { sameSense } from '../text/en-senses.js';
import { type NormalisedText, normalise } from '../text/index.js';
import type { ValueMention } from '../text/value-mentions.js';
import { valuesIn } from '../text/values.js';
import { ZH_MEASURE } from '../text/zh-values.js';
import type { CriterionResult, Span } from '../types.js';
import { clauseAround, EN_CLAUSE_END, ZH_CLAUSE_END } from './clauses.js';
import { plannedInstead } from './planned-values.js';
import {
  agentSays,
  asContradicted,
  comparable,
  readCustomer,
  sameValue,
  type WrongValue,
} from './wrong-values.js';
import { zhCountedOf, zhListed } from './zh-counted.js';

/** The content words of the clause around `at`, the ranges `masks` left out. */
export function clauseWords(text: string, at: Span, masks: readonly Span[]): Set<string> {
  const { start: from, end: to } = clauseAround(text, at);
  const inMask = (s: number, e: number) =>
    masks.some((v) => v.start < from + e && from + s < v.end);
  // Masking the values out keeps their digits and unit words from counting as context.
  const masked = [...text.slice(from, to)].map((c, i) => (inMask(i, i + 1) ? ' ' : c)).join('');
  return new Set(
    unitsOf(normalise(masked).text)
      .filter((u) => !u.filler && !u.negator && !/^\d/.test(u.key))
      .map((u) => u.key),
  );
}

/** The words around a value that say what it is of: its clause, without the values in it. */
function contextOf(text: string, at: Span, values: readonly ValueMention[]): Set<string> {
  // Places and names say what a value is of (杭州到北京的车), and a day named from today (今日,
  // 昨天) says when as an adverb does; only numbers and dates are masked — with a second
  // measure word after a count's own (六人份, 两人间), which belongs to the value, not the clause.
  return clauseWords(
    text,
    at,
    values
      .filter((v) => v.type !== 'place' && v.type !== 'name' && v.unit !== 'relative')
      .map((v) =>
        v.type === 'quantity' && ZH_MEASURE.test(text.slice(v.end, v.end + 1))
          ? { ...v, end: v.end + 1 }
          : v,
      ),
  );
}

const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  [...a].filter((k) => b.has(k)).length;

/** A content word of a clause: its stem, and the word as written for its senses. */
interface Term {
  key: string;
  word: string;
}

/** The content words of the clause around a value, the values in it left out (see contextOf). */
function termsOf(text: string, at: Span, values: readonly ValueMention[]): Term[] {
  const { start: from, end: to } = clauseAround(text, at);
  const masks = values.filter((v) => v.type !== 'place' && v.type !== 'name');
  const masked = [...text.slice(from, to)]
    .map((c, i) => (masks.some((v) => v.start <= from + i && from + i < v.end) ? ' ' : c))
    .join('');
  const n = normalise(masked).text;
  return unitsOf(n)
    .filter((u) => !u.filler && !u.negator && !/^\d/.test(u.key))
    .map((u) => ({ key: u.key, word: n.slice(u.start, u.end) }));
}

/** Whether two clauses share a content word, by stem or by an English sense ("called" ~ "rang"). */
const shareTerm = (a: readonly Term[], b: readonly Term[]) =>
  a.some((x) =>
    b.some((y) => x.key === y.key || (/^[a-z]/.test(x.word) && sameSense(x.word, y.word))),
  );

/** Context words a value's clause must share with another value's clause to be read as its. */
export const SWAP_CONTEXT = 2;

/** How far before a Chinese value its nearest words reach, inside its clause. */
const NEAR = 4;

/**
 * The content characters within NEAR before a value, inside its clause: what it is of (采到下午
 * 五点). Not those after it, which in the customer's words may lead into the next value (月租999
 * 降成599).
 */
function wordsBefore(text: string, at: Span): Set<string> {
  const clause = clauseAround(text, at);
  const before = text.slice(Math.max(clause.start, at.start - NEAR), at.start);
  return new Set(contentKeys(normalise(before).text));
}

/**
 * A Chinese clause shares characters, not words, with the customer's: a character or two in
 * common with a clause of the value's own (到 of 采到下午两点 and 两点到) is weak beside a clause of
 * the other value's that shares more. The value took the other's place when, besides, the
 * words right before it are the other value's (采到下午 before 五点), at
 * least SWAP_CONTEXT of them, more than any place of its own has (改到了 before 下午 in 误点改成了
 * 下午 keeps it its own, whatever else its clause merged in).
 */
function nearerOther(
  answer: string,
  mention: ValueMention,
  customer: string,
  own: readonly ValueMention[],
  other: ValueMention,
): boolean {
  if (!hasHan(answer)) return false;
  const here = wordsBefore(answer, mention);
  const theirs = overlap(here, wordsBefore(customer, other));
  return (
    theirs >= SWAP_CONTEXT && own.every((t) => overlap(here, wordsBefore(customer, t)) < theirs)
  );
}

/** A value of the customer's said where the customer said another of the same kind. */
export interface SwappedValue {
  mention: ValueMention;
  /** The customer's value whose place it took. */
  told: ValueMention;
  /**
   * Said in its own place too, and the other value nowhere ("booked for Saturday … the show
   * next Saturday" for "next Sunday"): one wrong value, not two values given for each other.
   */
  oneWay?: true;
}

/**
 * Values swapped: the answer gives one of the customer's values in the words the customer
 * used for another value of the same kind ("you froze it in July" for "I froze it in June …
 * charged for June and July"; 存单上写的是1.5% for 存单上写的利率是2.1% … 按1.5%算). The
 * value's clause shares at least SWAP_CONTEXT content words with the clause of the other value
 * in the customer's words, and none with any clause where the customer said this value.
 */
export function swappedValues(
  answer: NormalisedText,
  said: readonly ValueMention[],
  customer: string,
): SwappedValue[] {
  const { values: told } = readCustomer(customer);
  const out: SwappedValue[] = [];
  const changed = { ours: changes(answer.original, said), theirs: changes(customer, told) };
  for (const mention of said) {
    if (agentSays(answer.original, mention.start)) continue;
    const heard = told.filter((t) => comparable(t, mention));
    const own = heard.filter((t) => sameValue(t, mention));
    const others = heard.filter((t) => !sameValue(t, mention));
    if (own.length === 0 || others.length === 0) continue;
    const ofOther = countOfOther(answer.original, mention, customer, own, others);
    if (ofOther) {
      out.push({ mention, told: ofOther });
      continue;
    }
    const counted = zhCountOf(answer.original, mention, customer, own, others);
    if (counted === 'own') continue;
    if (counted) {
      out.push({ mention, told: counted });
      continue;
    }
    const plan = plannedInstead(answer.original, mention, said, customer);
    if (plan) {
      // The plan's own value said elsewhere too: the two swapped; else one wrong value.
      const both = said.some((s) => s !== mention && comparable(s, plan) && sameValue(s, plan));
      out.push(both ? { mention, told: plan } : { mention, told: plan, oneWay: true });
      continue;
    }
    const turned =
      fromToTurned(mention, changed.ours, changed.theirs) ??
      turnedRound(answer.original, mention, said, customer, told);
    if (turned) {
      out.push({ mention, told: turned });
      continue;
    }
    const here = contextOf(answer.original, mention, said);
    const ownBest = Math.max(...own.map((t) => overlap(here, contextOf(customer, t, told))));
    const best = others
      .map((t) => ({ t, score: overlap(here, contextOf(customer, t, told)) }))
      .sort((a, b) => b.score - a.score)[0];
    // Chinese: the words right before it may still show it took the other's place (see nearerOther).
    const nearer =
      best !== undefined &&
      best.score > ownBest &&
      nearerOther(answer.original, mention, customer, own, best.t);
    if (ownBest > 0 && !nearer) continue;
    // The other value said in its own place as well (约好14日取,可到21日…还说 for 说好14号能取…今天都
    // 21号了): its place is taken by itself, whatever words the two clauses share.
    const inItsPlace = (t: ValueMention, score: number) =>
      said.some(
        (s) =>
          s !== mention &&
          comparable(s, t) &&
          sameValue(s, t) &&
          overlap(contextOf(answer.original, s, said), contextOf(customer, t, told)) >= score,
      );
    const other =
      best && best.score >= SWAP_CONTEXT
        ? inItsPlace(best.t, best.score)
          ? undefined
          : best.t
        : crossed(answer.original, mention, said, customer, told, own, others);
    // The clause says the other value too (明早九点的车推迟到下午), or another of its kind ("four
    // weeks ago on a ten-day promise"): its words are that value's.
    if (
      other &&
      !said.some(
        (s) =>
          s !== mention &&
          (sameValue(s, other) || comparable(s, mention)) &&
          sameClause(answer.original, s, mention),
      )
    )
      out.push(
        saidInPlace(answer.original, mention, said, customer, own) &&
          !said.some((s) => comparable(s, other) && sameValue(s, other))
          ? { mention, told: other, oneWay: true }
          : { mention, told: other },
      );
  }
  return out;
}

/** The thing a count is of, said right after it: "sacks of pig feed" → "pig". */
const OF_AFTER = /^\s+of\s+(?:(?:the|your|my|our|their)\s+)?([a-z]{3,})/i;
const countedOf = (text: string, v: ValueMention) =>
  v.type === 'quantity'
    ? OF_AFTER.exec(text.slice(v.end, v.end + 40))?.[1]?.toLowerCase()
    : undefined;

/**
 * A count said of what another count of the customer's was of ("four sacks of pig feed" for "4
 * sacks at a time … 3 sacks of pig feed instead"): the customer said this count of nothing of
 * the kind, and the other count of the very thing the answer names.
 */
function countOfOther(
  answer: string,
  mention: ValueMention,
  customer: string,
  own: readonly ValueMention[],
  others: readonly ValueMention[],
): ValueMention | undefined {
  const of = countedOf(answer, mention);
  if (!of || own.some((t) => countedOf(customer, t) === of)) return undefined;
  return others.find((t) => countedOf(customer, t) === of);
}

/**
 * A Chinese count said of a thing in a list, as the customer counted things (see zhCountedOf): of what the
 * customer counted with this value, it is its own ('own', 狗粮三袋 for 三袋狗粮, whatever words
 * stand before it); of what they counted with another value, it took that one's place (狗粮一袋 for
 * 三袋狗粮和一袋猫砂). Either needs SWAP_CONTEXT characters in common, more than the other side has.
 */
function zhCountOf(
  answer: string,
  mention: ValueMention,
  customer: string,
  own: readonly ValueMention[],
  others: readonly ValueMention[],
): ValueMention | 'own' | undefined {
  // Only an item of a list says its noun beside its count plainly enough to weigh it.
  if (!zhListed(answer, mention)) return undefined;
  const of = zhCountedOf(answer, mention);
  if (of.size === 0) return undefined;
  const score = (t: ValueMention) => overlap(of, zhCountedOf(customer, t));
  const ownBest = Math.max(...own.map(score));
  const best = others.map((t) => ({ t, s: score(t) })).sort((a, b) => b.s - a.s)[0];
  if (ownBest >= SWAP_CONTEXT && ownBest > (best?.s ?? 0)) return 'own';
  return best && best.s >= SWAP_CONTEXT && best.s > ownBest ? best.t : undefined;
}

/** The answer says this value again where the customer said it: a clause sharing their words. */
function saidInPlace(
  answer: string,
  mention: ValueMention,
  said: readonly ValueMention[],
  customer: string,
  own: readonly ValueMention[],
): boolean {
  const { values: told } = readCustomer(customer);
  return said.some(
    (s) =>
      s !== mention &&
      comparable(s, mention) &&
      sameValue(s, mention) &&
      own.some((t) => overlap(contextOf(answer, s, said), contextOf(customer, t, told)) > 0),
  );
}

/**
 * Two values that took each other's places, each with less context than SWAP_CONTEXT but
 * together with as much ("Gary arrived at 6 and you'd called at 10:30" for "I rang at 6am …
 * Gary only turned up at half ten"): this value's clause shares a word (or an English sense)
 * with the customer's clause of the other value and none with its own, and a value of the
 * answer equal to that other value does the same the other way round.
 */
function crossed(
  answer: string,
  mention: ValueMention,
  said: readonly ValueMention[],
  customer: string,
  told: readonly ValueMention[],
  own: readonly ValueMention[],
  others: readonly ValueMention[],
): ValueMention | undefined {
  const here = termsOf(answer, mention, said);
  if (here.length === 0 || own.some((t) => shareTerm(here, termsOf(customer, t, told))))
    return undefined;
  for (const other of others) {
    if (!shareTerm(here, termsOf(customer, other, told))) continue;
    for (const partner of said) {
      if (partner === mention || !comparable(partner, other) || !sameValue(partner, other))
        continue;
      const there = termsOf(answer, partner, said);
      if (sameClause(answer, partner, mention) || there.length === 0) continue;
      if (
        told.some(
          (t) =>
            sameValue(t, other) &&
            comparable(t, other) &&
            shareTerm(there, termsOf(customer, t, told)),
        )
      )
        continue;
      if (own.some((t) => shareTerm(there, termsOf(customer, t, told)))) return other;
    }
  }
  return undefined;
}

/** "from A to B" (or "to B from A"): the pairs of values of a kind said as a change, [from, to]. */
function changes(text: string, values: readonly ValueMention[]): [ValueMention, ValueMention][] {
  const out: [ValueMention, ValueMention][] = [];
  for (const [i, a] of values.entries()) {
    const b = values[i + 1];
    if (!b || !comparable(a, b) || sameValue(a, b)) continue;
    const before = text.slice(Math.max(0, a.start - 6), a.start);
    const between = text.slice(a.end, b.start);
    if (/\bfrom\s+$/i.test(before) && /^\s+(?:to|into|until|till)\s+$/i.test(between))
      out.push([a, b]);
    else if (/\bto\s+$/i.test(before) && /^\s+from\s+$/i.test(between)) out.push([b, a]);
  }
  return out;
}

/**
 * A change told the other way round ("went from £41 to £25" for "put my bill up from £25 to
 * £41", "moved from Thursday to Tuesday" for "from Tuesday to Thursday"): the value the answer
 * changes from is the one the customer's change went to, and the other way round.
 */
function fromToTurned(
  mention: ValueMention,
  ours: readonly [ValueMention, ValueMention][],
  theirs: readonly [ValueMention, ValueMention][],
): ValueMention | undefined {
  for (const [from, to] of ours) {
    if (mention !== from && mention !== to) continue;
    const turned = theirs.find(([a, b]) => sameValue(a, to) && sameValue(b, from));
    if (turned) return mention === from ? turned[0] : turned[1];
  }
  return undefined;
}

/**
 * The content word said last before a value in its clause ("ready" of "ready on Monday"). "Till"
 * joins the two ends of a range as "to" does ("Saturday 10 till 6"): it is no word of either end.
 */
function wordBefore(text: string, at: Span): string | undefined {
  const clause = clauseAround(text, at);
  return unitsOf(normalise(text.slice(clause.start, at.start)).text)
    .filter(
      (u) => !u.filler && !u.negator && !/^\d/.test(u.key) && !/^(?:till|until|til)$/.test(u.key),
    )
    .at(-1)?.key;
}

/**
 * Two values of one sentence said the other way round ("said on Wednesday it'd be ready on
 * Monday" for "told us on Monday it would be ready on Wednesday"): the customer said both in
 * one sentence in the other order, and the word right before this value in the answer is the
 * word right before the other value in the customer's words, not before this one.
 */
function turnedRound(
  answer: string,
  mention: ValueMention,
  said: readonly ValueMention[],
  customer: string,
  told: readonly ValueMention[],
): ValueMention | undefined {
  const key = wordBefore(answer, mention);
  if (!key) return undefined;
  for (const partner of said) {
    if (partner === mention || !comparable(partner, mention) || sameValue(partner, mention))
      continue;
    if (!sameSentence(answer, partner, mention)) continue;
    for (const a of told.filter((t) => comparable(t, mention) && sameValue(t, mention)))
      for (const b of told.filter((t) => comparable(t, partner) && sameValue(t, partner))) {
        if (!sameSentence(customer, a, b)) continue;
        if (wordBefore(customer, b) !== key || wordBefore(customer, a) === key) continue;
        if (sameClause(customer, a, b)) return b;
        // Told in two clauses, the answer must show the swap on both sides: the two values sit
        // in two clauses again (5月3号和18号 in one clause lists them, it swaps nothing), and
        // each value's own clause words have left it (明早九点去杭州的高铁 keeps its 9).
        if (sameClause(answer, partner, mention)) continue;
        // Or the partner has this value's word before it in turn: the words crossed both ways
        // ("first booked for Monday and we moved it to Friday" for "booked for Friday … moved to Monday").
        const partnerKey = wordBefore(answer, partner);
        if (partnerKey && partnerKey === wordBefore(customer, a) && partnerKey !== key) return b;
        if (
          overlap(contextOf(answer, mention, said), contextOf(customer, a, told)) === 0 &&
          overlap(contextOf(answer, partner, said), contextOf(customer, b, told)) === 0
        )
          return b;
      }
  }
  return undefined;
}

/**
 * The fact said with a swapped value as contradicted ("you said July — the customer said
 * June"): the met fact whose phrases name the value it took the place of, else the met fact
 * nearest it in its clause of the answer. A value swapped one way only is a wrong value, added
 * to `wrong`.
 */
export function asSwapped(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  swaps: readonly SwappedValue[],
  answer: string,
  customer: string,
  wrong: Map<string, WrongValue>,
): CriterionResult[] {
  const owner = new Map<string, SwappedValue>();
  for (const swap of swaps) {
    const at = swap.mention;
    const gap = (f: CriterionResult) =>
      f.span ? Math.max(0, f.span.start - at.end, at.start - f.span.end) : Number.POSITIVE_INFINITY;
    const free = facts.filter((f) => f.met && f.span && !owner.has(f.id));
    // The fact whose phrases name the value it took the place of, else the nearest in its clause.
    const names = free.find((f) =>
      criteria
        .find((c) => c.id === f.id)
        ?.any.some((p) =>
          valuesIn(p).some((v) => comparable(v, swap.told) && sameValue(v, swap.told)),
        ),
    );
    const near = free
      .filter((f) => sameClause(answer, f.span as Span, at))
      .sort((a, b) => gap(a) - gap(b))[0];
    const fact = names ?? near;
    if (fact) owner.set(fact.id, swap);
  }
  return facts.map((f) => {
    const swap = owner.get(f.id);
    if (!swap) return f;
    if (!swap.oneWay) return asContradicted(f, swap, answer, customer, 'swapped');
    // One wrong value: it may be a minor slip like any other (see minorSlip).
    wrong.set(f.id, swap);
    return asContradicted(f, swap, answer, customer);
  });
}

function sameSentence(text: string, a: Span, b: Span): boolean {
  return !/[.?!。？！]/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
}

function sameClause(text: string, a: Span, b: Span): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  const between = text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
  EN_CLAUSE_END.lastIndex = 0;
  ZH_CLAUSE_END.lastIndex = 0;
  return !EN_CLAUSE_END.test(between) && !ZH_CLAUSE_END.test(between);
}
