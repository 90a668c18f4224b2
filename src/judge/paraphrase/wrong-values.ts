import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import { contentKeys } from '../text/content.js';
import {
  compilePattern,
  type NormalisedText,
  normalise,
  parseChineseNumeral,
} from '../text/index.js';
import { keptReadings } from '../text/kept.js';
import { sameKindOfMeasure, sameMeasure } from '../text/measures.js';
import type { ValueMention } from '../text/value-mentions.js';
import { bareEnglishNumber, countsTimes, valuesIn } from '../text/values.js';
import { CJK_NUMERAL } from '../text/zh-values.js';
import type { CriterionResult, Span } from '../types.js';
import { clauseAround, EN_SUBCLAUSE_END } from './clauses.js';
import { samePartOfDay } from './day-parts.js';
import { withUnitChangedTo } from './en-changed-to.js';
import { atAnotherRate } from './en-rates.js';
import { inMinutes, offsetToTold } from './offset-times.js';
import { EACH_AFTER } from './price-each.js';
import { restOfTold } from './rest-of-total.js';
import { toldRoughly } from './rough-values.js';
import { asLong, countsOf, totalOf } from './same-value.js';
import { toldMonthEnd } from './zh-month-ends.js';

/** A value the answer gives for a fact that the customer gave another value for. */
export interface WrongValue {
  /** Where the answer says it (several adjacent values as one: 上午十点). */
  mention: ValueMention;
  /** Where the customer said the value of the same kind (下午三点), or a declared value. */
  told: { start: number; end: number } | string;
}

/** Ranges this close (a space, 的) read as one value said. */
const ADJACENT = 2;
const near = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  b.start - a.end <= ADJACENT && a.start - b.end <= ADJACENT;

export const comparable = (a: ValueMention, b: ValueMention) =>
  a.type === b.type &&
  (a.unit === b.unit ||
    a.unit === '*' ||
    b.unit === '*' ||
    (inMinutes(a) !== undefined && inMinutes(b) !== undefined) ||
    sameTimes(a, b) ||
    inDozens(a, b) ||
    inDozens(b, a) ||
    sameKindOfMeasure(a, b));

/** Counts of times by any of their words (两次, 两回, 两堂, 两节), ordinals with ordinals. */
const sameTimes = (a: ValueMention, b: ValueMention) =>
  a.type === 'quantity' &&
  countsTimes(a.unit) &&
  countsTimes(b.unit) &&
  a.unit.startsWith('第') === b.unit.startsWith('第');

/**
 * A Chinese measure word that counts things (枝, 张, 套), not times (次, 节) nor a unit that
 * measures an amount (磅, 斤, 升) or says an age or a floor.
 */
const UNITS_OF_AMOUNT = /^[寸磅吨升斤层楼岁]$/;
const countsThings = (v: ValueMention) =>
  v.type === 'quantity' &&
  /^[\u3400-\u9fff]$/.test(v.unit) &&
  !UNITS_OF_AMOUNT.test(v.unit) &&
  !countsTimes(v.unit);

/** A count in dozens (两打) counts the things another measure word counts (二十四枝), not times. */
const inDozens = (a: ValueMention, b: ValueMention) =>
  a.type === 'quantity' && a.unit === '打' && countsThings(b);

/** A day said without its month (12号) may be the day of a date said with it (3-12). */
const dayOf = (v: ValueMention) => v.value.slice(v.value.indexOf('-') + 1);
const sameDay = (a: ValueMention, b: ValueMention) =>
  a.type === 'date' &&
  a.unit === 'dom' &&
  a.value.includes('-') !== b.value.includes('-') &&
  dayOf(a) === dayOf(b);

/** The same value: lengths of time compared in minutes (90 minutes = 个半钟), the rest as said;
 * a weekday said in two different weeks ("this Thursday", "next Thursday") is two days. */
const sameSaid = (a: ValueMention, b: ValueMention) => {
  const [x, y] = [inMinutes(a), inMinutes(b)];
  if (a.week && b.week && a.week !== b.week) return false;
  if (x !== undefined && y !== undefined) return x === y;
  // A date in figures that reads either way ("3/12") is the customer's date if either reading is.
  return a.value === b.value || a.other === b.value || b.other === a.value;
};

export const sameValue = (a: ValueMention, b: ValueMention) =>
  // "thirteen feet" for 4 metres; "three inches" for 3 cm is another length.
  (a.unit !== b.unit && sameKindOfMeasure(a, b) ? sameMeasure(a, b) : sameSaid(a, b)) ||
  sameDay(a, b) ||
  (a.type === 'code' && (a.value.endsWith(b.value) || b.value.endsWith(a.value))) ||
  ((a.type === 'place' || a.type === 'name') &&
    (a.value.startsWith(`${b.value} `) ||
      b.value.startsWith(`${a.value} `) ||
      // 重庆 / 重庆北: Chinese names run on without a space.
      (CJK_NAME.test(a.value) && (a.value.startsWith(b.value) || b.value.startsWith(a.value)))));
const CJK_NAME = /^[\u4e00-\u9fff]/;

/**
 * A count the customer's counts add up to (修过一次 … 又修了一次 → 修过两次), or, said as a part
 * ("only one of your cases came out", "the other nineteen", 剩下的十九只), what is left of one of
 * them or, said as a shortfall ("two tables short"), what was wanting of one, or a group with the customer in it ("the four of you" for "I came with three friends"), or
 * the times done over again (重复了一遍, 又印了一遍 for 印了两遍: one more than the count said):
 * maybe right, maybe not.
 */
function derived(
  mention: ValueMention,
  heard: readonly ValueMention[],
  told: readonly ValueMention[],
  answer: string,
): boolean {
  if (mention.type !== 'quantity' && mention.type !== 'number') return false;
  const v = Number(mention.value);
  const n = heard.map((h) => Number(h.value));
  const before = answer.slice(Math.max(0, mention.start - 16), mention.start);
  if (ONCE_MORE_BEFORE.test(before) && n.some((a) => a === v + 1)) return true;
  if (mention.group && n.some((a) => a + 1 === v)) return true;
  if (heard.length >= 2 && v === n.reduce((a, b) => a + b, 0)) return true;
  if (mention.partitive === true && n.some((a) => n.some((b) => a - b === v))) return true;
  // What is left may be of any two counts the customer gave, said with a noun or bare.
  const counts = told
    .filter((t) => t.type === 'quantity' || t.type === 'number')
    .map((t) => Number(t.value));
  const after = answer.slice(mention.end, mention.end + 20);
  return (
    (REMAINDER_BEFORE.test(before) || SHORTFALL_AFTER.test(after)) &&
    counts.some((a) => counts.some((b) => a - b === v))
  );
}

/**
 * Words that make the count before them what was wanting of a whole ("two tables short", "thirty
 * missing") or the difference between two amounts ("half a metre narrower", "a kilo lighter").
 */
const SHORTFALL_AFTER =
  /^\s*(?:[a-z]+\s+)?(?:short|missing|fewer|too few|less|more|(?:narrow|short|small|thin|light|low|wid|long|bigg|larg|heavi|high|tall|thick)er)\b/i;

/** Words that make the count after them what is left of a whole ("the other", "the remaining", 剩下的). */
const REMAINDER_BEFORE =
  /(?:\b(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\s+|剩下的?|剩余的?|其余的?|其他的?|另外的?)$/i;

/** Words that make a count of times one done over again (重复了, 又印了, 再…了). */
const ONCE_MORE_BEFORE = /(?:重复|又|再)[\u3400-\u9fff]{0,2}了?$/;

/** "£35 each", "at £35", "£35 a ticket": a price the customer said of one of several things. */
const unitPriceSaid = (m: ValueMention, customer: string) =>
  m.type === 'money' &&
  (EACH_AFTER.test(customer.slice(m.end, m.end + 12)) ||
    /\bat\s*$/.test(customer.slice(0, m.start)));

/**
 * The total of a price or amount the customer gave for each of several things: said as a total
 * (一共七百六 for 两张 at 三百八 each, 总共一千九百六), or said at all where the customer named the
 * price as one of each ("a hundred and forty pounds" for four tickets at £35 each).
 */
function totalOfTold(mention: ValueMention, customer: string, answer: string): boolean {
  const told = readCustomer(customer).values;
  const counts = countsOf(told);
  return told.some(
    (u) =>
      comparable(u, mention) &&
      (totalOf(u, mention, counts, answer) ||
        (mention.type === 'money' &&
          unitPriceSaid(u, customer) &&
          counts.some((n) => n * Number(u.value) === Number(mention.value)))),
  );
}

/** Customer text is the same for every answer to an item: read its values once. */
export const readCustomer: (customer: string) => { n: NormalisedText; values: ValueMention[] } =
  keptReadings(1000, (customer) => {
    const n = normalise(customer);
    return { n, values: hasHan(customer) ? valuesIn(n) : withUnitChangedTo(customer, valuesIn(n)) };
  });

/** The customer's sentences (original ranges), for the values said alongside a fact's words. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^.!?。！？;；]+(?:[.!?。！？;；](?!\d)|$)/g;
  for (let m = re.exec(text); m !== null && m[0] !== ''; m = re.exec(text))
    out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * A fact's expected values depend on the fact and the customer's words alone, which come back
 * with every answer to the item: read once per criterion (for the customer last seen with it).
 */
const expectedOf = new WeakMap<
  Criterion,
  { customer: string; expected: ReturnType<typeof expectedValues> }
>();
function expectedValuesOnce(
  criterion: Criterion,
  customer: string,
  told: readonly ValueMention[],
): ReturnType<typeof expectedValues> {
  const known = expectedOf.get(criterion);
  if (known?.customer === customer) return known.expected;
  const expected = expectedValues(criterion, customer, told);
  expectedOf.set(criterion, { customer, expected });
  return expected;
}

/**
 * The values a fact names: declared by the author, said in its own phrases ("two",
 * "this morning"), or — failing both — said by the customer in the sentences its phrases
 * come from. The first two are the fact's own; the last is only a guess at its scope.
 */
function expectedValues(
  criterion: Criterion,
  customer: string,
  told: readonly ValueMention[],
): { own: ValueMention[]; near: ValueMention[] } {
  const own: ValueMention[] = [];
  for (const v of criterion.values ?? []) {
    const read = valuesIn(v.value).filter((m) => m.type === v.type);
    if (read.length > 0) own.push(...read);
    else own.push({ type: v.type, unit: '*', value: v.value.toLowerCase(), start: 0, end: 0 });
  }
  for (const p of criterion.any) own.push(...valuesIn(p).filter((v) => !unitPrice(v, p)));
  const lower = customer.toLowerCase();
  const near = sentences(customer).flatMap(([s, e]) => {
    const sentence = lower.slice(s, e);
    const said = criterion.any.some((p) => p.length > 1 && sentence.includes(p.toLowerCase()));
    return said ? told.filter((v) => v.start >= s && v.end <= e) : [];
  });
  return { own, near };
}

const AGENT_CLAUSE =
  /\b(?:i will|i'll|we will|we'll|let me|let us|let's|i can|we can|i am going to|i'm going to|we are going to|we're going to|i'd like to)\b|我会|我们会|我马上|我帮您|我帮你|我来|我去|我们马上|稍后|之内|以内/i;

/**
 * A value in the agent's own offer or promise ("I'll call you back within 2 hours", 我会在
 * 两天之内回复您) restates nothing: it is not the customer's value said wrong.
 */
export function agentSays(answer: string, at: number): boolean {
  const before = answer.slice(Math.max(0, at - 80), at);
  const clause = before.split(/[.;!?。；！？，,—]/).pop() ?? '';
  return AGENT_CLAUSE.test(clause) || AGENT_CLAUSE.test(answer.slice(at, at + 12));
}

const CLAUSE_END = /[.;!?,。；！？，]/;

/** Whether nothing ends a clause between the two ranges of the text. */
function sameClause(text: string, a: Span, b: Span): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  return from >= to || !CLAUSE_END.test(text.slice(from, to));
}

/** How far from `at` the customer said any of the fact's phrases. */
function distance(criterion: Criterion, customer: string, at: number): number {
  const lower = customer.toLowerCase();
  let best = Number.POSITIVE_INFINITY;
  for (const p of criterion.any) {
    const needle = p.toLowerCase();
    for (let k = lower.indexOf(needle); k >= 0; k = lower.indexOf(needle, k + 1))
      best = Math.min(best, Math.abs(k - at));
  }
  return best;
}

/**
 * A bare number that the customer said with what it counts or costs ("for 80" of "about 80
 * guests", "paid 45" of "£45", "after ninety-five" of "95 minutes"): that value said without its
 * noun, never another number.
 */
const countedByCustomer = (mention: ValueMention, told: readonly ValueMention[]) =>
  mention.type === 'number' &&
  mention.unit === 'number' &&
  told.some(
    (t) =>
      (t.type === 'quantity' || t.type === 'money' || t.type === 'duration') &&
      t.value === mention.value,
  );

/**
 * 票一张四百五, 一个三百: one of a thing followed by what it costs is a unit price's "each",
 * not a count of the story (四张 is no wrong count of it).
 */
const unitPrice = (v: ValueMention, text: string) =>
  v.type === 'quantity' &&
  v.value === '1' &&
  hasHan(text.slice(v.start, v.end)) &&
  /^[\d一二两三四五六七八九十]/.test(text.slice(v.end));

/**
 * A number the customer wrote as digits read there as a code (报名费1500) and said here in words
 * (一千五): the same number in another script.
 */
const sameDigits = (mention: ValueMention, told: readonly ValueMention[]) =>
  (mention.type === 'number' || mention.type === 'money') &&
  told.some((t) => t.type === 'code' && t.value === mention.value);

/**
 * A length or count whose number the customer said bare, a cardinal closing a clause ("it's now
 * been 11," retold as "eleven weeks") or a part of a whole ("five of the last eight weeks"
 * retold as "five weeks out of eight"): the trainee names the unit the customer left out, not
 * another value. An ordinal ("for the third time") counts something named.
 */
const unitGiven = (
  mention: ValueMention,
  told: readonly ValueMention[],
  answer: string,
  customer: string,
) => {
  if (mention.type !== 'duration' && mention.type !== 'quantity') return false;
  const first = answer.slice(mention.start, mention.end).trim().split(/\s+/)[0] ?? '';
  const n = /^\d+$/.test(first) ? Number(first) : bareEnglishNumber(first);
  return (
    n !== null &&
    told.some(
      (t) =>
        !t.unit.startsWith('ordinal') &&
        Number(t.value) === n &&
        (t.partitive === true ||
          (t.type === 'number' && /^\s*(?:[,.;!?]|$)/.test(customer.slice(t.end)))),
    )
  );
};

/**
 * A bare number the customer said in Chinese numerals that no value reads (十二毫 of a bead's
 * size, 牌价四点九 of a rate): the same number in another script, not a wrong one.
 */
const CJK_NUMERAL_RUNS = new RegExp(`${CJK_NUMERAL.source}+(?:[点點]${CJK_NUMERAL.source}+)?`, 'g');
const inCustomersWords = (mention: ValueMention, customer: string, told: readonly ValueMention[]) =>
  (mention.type === 'number' &&
    mention.unit === 'number' &&
    (customer.match(CJK_NUMERAL_RUNS) ?? []).some(
      (run) => chineseDecimal(run) === mention.value,
    )) ||
  namedOutsideASlot(mention, customer, told);

/**
 * A place or name the customer said where no slot word marks it ("The car reached Melbourne"),
 * so it was not read as one of their values: the answer naming it ("made it to Melbourne")
 * retells it, it does not name another place. A name the customer's values hold is compared as
 * usual, so places swapped between two slots stay wrong.
 */
const namedOutsideASlot = (
  mention: ValueMention,
  customer: string,
  told: readonly ValueMention[],
) =>
  (mention.type === 'place' || mention.type === 'name') &&
  !told.some((t) => t.type === mention.type && t.value === mention.value) &&
  new RegExp(`\\b${mention.value.replace(/\b[a-z]/g, (c) => c.toUpperCase())}\\b`).test(customer);

/** 四点九 → "4.9", 十二 → "12": a Chinese numeral with its decimal digits read one by one. */
function chineseDecimal(run: string): string | undefined {
  const [whole, fraction] = run.split(/[点點]/);
  const head = parseChineseNumeral(whole as string);
  if (head === null) return undefined;
  if (fraction === undefined) return String(head);
  const digits = [...fraction].map((c) => parseChineseNumeral(c));
  return digits.every((d) => d !== null && d < 10) ? `${head}.${digits.join('')}` : undefined;
}

/**
 * 一 after a demonstrative, 每, 同, 另, 头 or 最后 (这一次, 最后一次, 每来一个新人, 同一家, 头一天) says
 * which one or each one, not how many: no count of the story.
 */
const WHICH_ONE_BEFORE = /(?:[这這那同另头頭]|最后|最後|每[\u4e00-\u9fff]?)$/;
const whichOne = (mention: ValueMention, answer: string) =>
  (mention.type === 'quantity' || mention.type === 'duration') &&
  answer.startsWith('一', mention.start) &&
  WHICH_ONE_BEFORE.test(answer.slice(Math.max(0, mention.start - 3), mention.start));

/** 您和五个朋友: the customer with that many others, one more than the count said. */
const WITH_YOU = /[您你](?:和|跟|同|与|带着?|带了)$/;
const withTheCustomer = (mention: ValueMention, heard: readonly ValueMention[], answer: string) =>
  mention.type === 'quantity' &&
  WITH_YOU.test(answer.slice(Math.max(0, mention.start - 3), mention.start)) &&
  heard.some((h) => Number(h.value) === Number(mention.value) + 1);

/** Content words alike: one a stem of the other ("cancel" ~ "cancellation"), or the same character. */
const alike = (a: string, b: string) =>
  a === b || (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a)));

/**
 * A fact whose phrases hold the count's number spelt out bare ("ten" listed for "cut off nearly
 * ten"); a bare digit ("3" for 3 May) may be a day or a code as well as a count.
 */
const countsBare = (criterion: Criterion, mention: ValueMention) =>
  criterion.any.some((p) => /^[a-z]/i.test(p) && String(bareEnglishNumber(p)) === mention.value);

/** A fact with a value of the mention's type in its phrases, said with its unit or bare. */
const valued = (criterion: Criterion, own: readonly ValueMention[], mention: ValueMention) =>
  own.some((v) => v.type === mention.type) ||
  (mention.type === 'quantity' && criterion.any.some((p) => bareEnglishNumber(p) !== null));

/** Whether the answer's clause holding the value says a content word of the fact's phrases. */
function clauseNames(criterion: Criterion, answer: string, mention: ValueMention): boolean {
  const { start, end } = clauseAround(answer, mention, EN_SUBCLAUSE_END);
  const clause = contentKeys(
    normalise(`${answer.slice(start, mention.start)} ${answer.slice(mention.end, end)}`).text,
  );
  const value = new Set(contentKeys(normalise(answer.slice(mention.start, mention.end)).text));
  // Each phrase as normalise(p) gives it, normalised once (the compiled pattern's).
  return criterion.any.some((p) =>
    contentKeys(compilePattern(p).text).some(
      (k) => !value.has(k) && clause.some((c) => alike(c, k)),
    ),
  );
}

/** A Chinese measure word that counts things, not the general 个. */
const thingMeasure = (v: ValueMention) => v.unit !== '个' && countsThings(v);

/**
 * The answer's counts in the customer's measure words where it swapped one word for another: a
 * measure word the customer never used that restates one of their counts (五套 for 五组) counts
 * what that word of theirs counts, so the answer's other counts with it (三套) are held against
 * the customer's (两组).
 */
function inCustomersMeasures(
  said: readonly ValueMention[],
  told: readonly ValueMention[],
): readonly ValueMention[] {
  const theirs = new Map<string, Set<string>>();
  for (const m of said) {
    if (!thingMeasure(m) || told.some((t) => t.unit === m.unit)) continue;
    const same = told.filter((t) => thingMeasure(t) && Number(t.value) === Number(m.value));
    if (same.length !== 1) continue;
    const units = theirs.get(m.unit) ?? new Set<string>();
    units.add((same[0] as ValueMention).unit);
    theirs.set(m.unit, units);
  }
  if (theirs.size === 0) return said;
  return said.map((m) => {
    const units = theirs.get(m.unit);
    return units?.size === 1 ? { ...m, unit: [...units][0] as string } : m;
  });
}

/**
 * Wrong facts in a restatement: a value the answer gives (a place, a count, a day, a time …)
 * where the customer gave another of the same kind, and the fact it belongs to. A value is
 * wrong only when the customer never said it for that kind; it belongs to the fact that names
 * that kind of value, its own before its neighbours'. `unsure` lists facts given both the
 * right value and a wrong one.
 */
export function wrongValues(
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: string,
  saidAsIs: readonly ValueMention[],
  metAt: ReadonlyMap<string, Span> = new Map(),
): { wrong: Map<string, WrongValue>; unsure: Set<string> } {
  const wrong = new Map<string, WrongValue>();
  const unsure = new Set<string>();
  const told = readCustomer(customer).values.filter((v) => !unitPrice(v, customer));
  const said = inCustomersMeasures(saidAsIs, told);
  if (said.length === 0 || criteria.length === 0) return { wrong, unsure };
  const expected = criteria.map((c) => expectedValuesOnce(c, customer, told));
  for (const mention of said) {
    if (agentSays(answer.original, mention.start) || unitPrice(mention, answer.original)) continue;
    if (whichOne(mention, answer.original)) continue;
    const heard = told.filter((t) => comparable(t, mention));
    if (heard.some((t) => sameValue(t, mention)) || countedByCustomer(mention, told)) continue;
    if (totalOfTold(mention, customer, answer.original)) continue;
    if (told.some((t) => atAnotherRate(mention, answer.original, t, customer))) continue;
    if (sameDigits(mention, told) || withTheCustomer(mention, heard, answer.original)) continue;
    if (inCustomersWords(mention, customer, told)) continue;
    if (heard.some((t) => asLong(mention, t, answer.original, customer))) continue;
    if (toldRoughly(mention, told, answer.original)) continue;
    if (!hasHan(answer.original) && unitGiven(mention, told, answer.original, customer)) continue;
    if (samePartOfDay(mention, said, heard, told, answer.original, customer)) continue;
    if (restOfTold(mention, said, told, answer.original)) continue;
    if (offsetToTold(mention, said, told, answer.original)) continue;
    if (toldMonthEnd(mention, said, told)) continue;
    // The words a fact was met by, holding a value of its own phrases in a form the customer did
    // not write (廿歲 told, 二十歲 listed and said): that fact's value said right, whatever other
    // fact names its kind. The customer's own words for a value say nothing of where it stands.
    const mine = !customer.includes(answer.original.slice(mention.start, mention.end));
    const metBy = (c: Criterion, i: number) => {
      const span = metAt.get(c.id);
      return (
        span !== undefined &&
        span.start <= mention.start &&
        mention.end <= span.end &&
        (expected[i] as { own: ValueMention[] }).own.some(
          (v) => comparable(v, mention) && sameValue(v, mention),
        )
      );
    };
    if (mine && criteria.some(metBy)) continue;
    // A value a fact's own phrases name ("four classes" listed for what was attended) is that
    // fact's value said right, unless its clause names another fact with a value of its type
    // ("cancelled four classes").
    if (!hasHan(answer.original)) {
      const namers = criteria.filter(
        (c, i) =>
          (expected[i] as { own: ValueMention[] }).own.some(
            (v) => comparable(v, mention) && sameValue(v, mention),
          ) ||
          (mention.type === 'quantity' && countsBare(c, mention)),
      );
      if (
        namers.length > 0 &&
        !criteria.some(
          (c, i) =>
            !namers.includes(c) &&
            valued(c, (expected[i] as { own: ValueMention[] }).own, mention) &&
            clauseNames(c, answer.original, mention),
        )
      )
        continue;
    }
    // The fact that names the customer's own value of this kind owns the wrong one ("three
    // days" belongs to "within five days", not to "twelve days"), then any that names the
    // kind; among facts guessed from a shared sentence, the one said nearest that value.
    const claims = (v: ValueMention) =>
      comparable(v, mention) && (heard.length > 0 || v.unit === '*');
    const tells = (v: ValueMention) => claims(v) && heard.some((h) => sameValue(h, v));
    const at = heard[0]?.start ?? 0;
    const valuedAt = (id: string) => {
      const span = metAt.get(id);
      return (
        span !== undefined &&
        said.some(
          (s) =>
            s !== mention && comparable(s, mention) && s.start < span.end && span.start < s.end,
        )
      );
    };
    const otherWeek = (c: Criterion) =>
      mention.type === 'weekday' &&
      (expected[criteria.indexOf(c)] as { own: ValueMention[] }).own.some(
        (v) => v.type === 'weekday' && v.value === mention.value,
      );
    const claim = [tells, claims]
      .flatMap((test) =>
        [0, 1].flatMap((round) =>
          criteria
            .filter((_, i) => {
              const e = expected[i] as { own: ValueMention[]; near: ValueMention[] };
              return (round === 0 ? e.own : e.near).some(test);
            })
            .sort(
              (a, b) =>
                // A fact already said with a value of this kind does not own another one; the
                // one naming the same day in another week ("next Thursday" for "this Thursday")
                // owns it before the others.
                Number(valuedAt(a.id)) - Number(valuedAt(b.id)) ||
                Number(!otherWeek(a)) - Number(!otherWeek(b)) ||
                distance(a, customer, at) - distance(b, customer, at),
            )
            .map((c) => ({ c, guessed: round === 1 })),
        ),
      )
      .at(0);
    if (!claim) continue;
    const owner = claim.c;
    // A value only guessed to belong to a fact (said in the same sentence of the customer's)
    // is that fact's only where the answer says it with the fact: 两个人讲法不一样 two clauses
    // after 还缺死亡证明 counts the clerks, not the missing paper.
    const where = metAt.get(owner.id);
    if (claim.guessed && where && !sameClause(answer.original, where, mention)) continue;
    const before = wrong.get(owner.id);
    if (before) {
      // 上午十点 for 下午三点: one wrong time, said in two values.
      const toldNow = heard[0];
      if (near(before.mention, mention)) {
        before.mention = { ...before.mention, end: Math.max(before.mention.end, mention.end) };
        if (toldNow && typeof before.told !== 'string' && near(before.told, toldNow))
          before.told = {
            start: Math.min(before.told.start, toldNow.start),
            end: Math.max(before.told.end, toldNow.end),
          };
      }
      continue;
    }
    if (derived(mention, heard, told, answer.original)) {
      unsure.add(owner.id);
      continue;
    }
    const e = expected[criteria.indexOf(owner)] as { own: ValueMention[]; near: ValueMention[] };
    // The author's own phrases accept it (今晚 listed for 晚上).
    if (e.own.some((v) => comparable(v, mention) && sameValue(v, mention))) continue;
    // The fact's own values of this kind, if its phrases name any; else the sentence's guess.
    const ownRight = e.own.filter((v) => comparable(v, mention));
    const right = ownRight.length > 0 ? ownRight : e.near.filter((v) => comparable(v, mention));
    const saidElsewhere = (r: ValueMention) =>
      said.some((s) => s !== mention && comparable(r, s) && sameValue(r, s));
    // Right and wrong values side by side are unsure — except days the customer gave several of,
    // one left unsaid: this day stands in its place ("3 and 13 May" for 3 and 18 May).
    const unsaidDays = mention.type === 'date' ? heard.filter((h) => !saidElsewhere(h)) : [];
    const standsIn = unsaidDays.length > 0 && unsaidDays.length < heard.length;
    if (!standsIn && right.some(saidElsewhere)) {
      unsure.add(owner.id);
      continue;
    }
    // What the customer said in its place: the fact's own value as they said it, else one of
    // theirs the answer left unsaid, not merely the first of the kind in their words.
    const theirs =
      heard.find((h) => right.some((r) => sameValue(r, h))) ??
      heard.find((h) => !saidElsewhere(h)) ??
      heard[0];
    const first: ValueMention | undefined = standsIn ? unsaidDays[0] : (theirs ?? right[0]);
    const toldAt = !first
      ? ''
      : first.unit === '*'
        ? first.value
        : { start: first.start, end: first.end };
    wrong.set(owner.id, { mention, told: toldAt });
  }
  return { wrong, unsure };
}

/**
 * A criterion result turned into a wrong (or swapped) fact: ✗ with what was said and what the
 * customer said.
 */
export function asContradicted(
  result: CriterionResult,
  wrong: WrongValue,
  answer: string,
  customer: string,
  kind: 'wrong' | 'swapped' = 'wrong',
): CriterionResult {
  const { span: _span, detail: _detail, ...rest } = result;
  return {
    ...rest,
    met: false,
    status: 'contradicted',
    span: { start: wrong.mention.start, end: wrong.mention.end },
    detail: `${kind}-${wrong.mention.type}`,
    said: answer.slice(wrong.mention.start, wrong.mention.end),
    expected:
      typeof wrong.told === 'string'
        ? wrong.told
        : customer.slice(wrong.told.start, wrong.told.end),
  };
}
