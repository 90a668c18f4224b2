import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import { type Unit, unitsOf } from '../text/content.js';
import { type NormalisedText, normalise, originalSpan, readCantonese } from '../text/index.js';
import type { ValueMention } from '../text/value-mentions.js';
import { valuesIn } from '../text/values.js';
import { inOneSense } from '../text/zh-same-sense.js';
import type { CriterionResult, Span } from '../types.js';
import { clauseAround, clausesOf } from './clauses.js';
import { toldPlaces } from './retold-clause.js';
import { comparable, readCustomer, sameValue } from './wrong-values.js';
import { contradictedAt, missedInChinese } from './zh-wordings.js';

/** Numerals are the value readings' to compare, not characters to share. */
const NUMERAL = /[零〇一二两三四五六七八九十百千万亿半几]/;

/**
 * The share of the customer clause's own characters an answer clause must say to retell it
 * (measured on every Chinese dev row: see the session-18 report).
 */
export const ALIGNED_SHARE = 0.5;
/**
 * The share that retells the one fact a restatement still lacks when every other fact is met:
 * there the story is all told but for one clause, and a clause in other words that keeps its
 * values and its polarity is that clause (放了鸽子 is not needed word for word). Its own words need
 * not be said either when they tell what happened; a thing they name (淋浴区) must still be named.
 * Chosen on every Chinese dev row and checked leaving each of the last eight
 * blind rounds out in turn (session 19: every fold chose 0.3).
 */
export const LONE_SHARE = 0.3;
/** The share of a wording's characters a customer clause must hold to be the fact's place. */
const PLACED_SHARE = 0.6;
/** Fewer own characters than this and the clause is too little to align. */
const MIN_OWN = 3;
/** 被, 把 and 由 name who did it: a clause that adds one is the actor readings' to judge. */
const DOER = ['被', '把', '由'];

interface Read {
  /** Content characters, read in one sense (zh-same-sense.ts). */
  readonly keys: ReadonlySet<string>;
  readonly denies: boolean;
  /** The first content character after each negation: what is denied (没送 denies 送). */
  readonly denied: ReadonlySet<string>;
  /** Words that say a lack without a negation (漏登, 缺一份, 毫无动静). */
  readonly lacks: boolean;
}

const content = (u: Unit) => !u.filler && !u.negator && hasHan(u.key) && !NUMERAL.test(u.key);
/** Characters that say something is missing or refused without a negation. */
const LACK = /[漏缺少欠拒毫免失]/;

/** A clause's content characters and what it denies, with same-sense words read as one. */
function readClause(text: string): Read {
  const one = inOneSense(text);
  const units = unitsOf(one);
  return {
    keys: new Set(units.filter(content).map((u) => u.key)),
    denies: units.some((u) => u.negator),
    denied: new Set(
      units.flatMap((u, k) => {
        if (!u.negator) return [];
        const next = units.slice(k + 1).find((n) => !n.filler && !n.negator);
        return next ? [next.key] : [];
      }),
    ),
    lacks: LACK.test(one),
  };
}

/**
 * The answer clause says the customer's denied act as done, or the other way round: the same
 * verb (送 of 没送 in 每天都按时送到; 退 of 唔会退 in 答应退返), and no word of lack in the
 * clause that does not deny.
 */
const turnedRound = (theirs: Read, ours: Read) =>
  theirs.denies
    ? !ours.denies && !ours.lacks && [...theirs.denied].some((d) => ours.keys.has(d))
    : ours.denies && !theirs.lacks && [...ours.denied].some((d) => theirs.keys.has(d));

/** Colours: a clause that names another colour than the customer's names another thing. */
const COLOUR = /[红粉白黑蓝绿黄紫灰橙棕]/g;
const colours = (text: string) => new Set(text.match(COLOUR));
const otherColour = (theirs: string, ours: string) => {
  const told = colours(theirs);
  const said = colours(ours);
  return [...said].some((c) => !told.has(c)) && [...told].some((c) => !said.has(c));
};

const within = (v: ValueMention, s: Span) => v.start >= s.start && v.end <= s.end;

/**
 * A Chinese fact told in the trainee's own words, found by its place in the story rather than by
 * its wordings: the customer's clause that says one of the fact's wordings is retold by an answer
 * clause that says at least ALIGNED_SHARE of that clause's own characters — those no other
 * fact's wordings in the customer's text account for (拉黑 said as 屏蔽 still leaves 第二天 …
 * 电话) — denied the same way round, with every value of the customer's clause said the same
 * (an answer clause with another value of the same kind, or another colour, retells nothing), no
 * other fact's words and no doer added. Cantonese answers are read as Mandarin too, and
 * same-sense words as one. The same clause turned round (没送 told as 每天都按时送到) contradicts
 * the fact. When one fact alone is left open, a clause saying LONE_SHARE of its clause retells it
 * (a thing named still by its own words: 厨房 for 淋浴区 is another place).
 */
export function alignedClauses(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (!missedInChinese(facts, answer)) return [...facts];
  const heard = readCantonese(customer);
  const toldAt = toldPlaces(criteria, customer);
  const customerClauses = clausesOf(customer.text).map((at) => ({
    at,
    keys: readClause(customer.text.slice(at.start, at.end)).keys,
  }));
  // A fact none of whose wordings the customer said word for word (裙摆有污渍 for 裙摆上有一大块污渍):
  // placed at the customer's clauses that hold most of one wording's characters.
  const placesOf = (id: string): Span[] => {
    const found = toldAt.get(id) ?? [];
    if (found.length > 0) return found;
    const wordings = criteria.find((c) => c.id === id)?.any ?? [];
    return customerClauses
      .filter((c) =>
        wordings.some((w) => {
          const keys = [...readClause(normalise(w).text).keys];
          const held = keys.filter((k) => c.keys.has(k)).length;
          return keys.length >= MIN_OWN && held >= Math.ceil(PLACED_SHARE * keys.length);
        }),
      )
      .map((c) => c.at);
  };
  const readings = [answer, readCantonese(answer)].filter(
    (r, k, all) => k === 0 || r.text !== all[0]?.text,
  );
  const clauses = readings.flatMap((r) =>
    clausesOf(r.text).map((at) => ({
      read: readClause(r.text.slice(at.start, at.end)),
      at: originalSpan(r, at.start, at.end),
      text: r.text.slice(at.start, at.end),
    })),
  );
  const told = readCustomer(customer.original).values;
  const said = valuesIn(answer);
  const align = (f: CriterionResult, lone: boolean): CriterionResult => {
    const others = new Set(
      [...toldAt].flatMap(([id, spans]) =>
        id === f.id
          ? []
          : spans.flatMap((s) => [...readClause(customer.text.slice(s.start, s.end)).keys]),
      ),
    );
    let turned: { at: Span; shared: string[] } | undefined;
    for (const s of placesOf(f.id)) {
      const around = clauseAround(customer.text, s);
      const whole = originalSpan(customer, around.start, around.end);
      const mandarin = mandarinOf(heard, whole);
      const theirs = readClause(mandarin);
      const own = [...theirs.keys].filter((k) => !others.has(k));
      if (own.length < MIN_OWN) continue;
      const wordingRead = readClause(customer.text.slice(s.start, s.end));
      // A wording that is nothing but a value (5月8号) is the value readings' to judge.
      if (saysOnlyValues(customer, originalSpan(customer, s.start, s.end), told)) continue;
      const atEnd = readClause(customer.text.slice(s.end, around.end)).keys.size === 0;
      const values = told.filter((v) => within(v, whole));
      const sameValues = (inClause: readonly ValueMention[]) =>
        values.every((t) => inClause.some((v) => comparable(v, t) && sameValue(v, t))) &&
        inClause.every(
          (v) =>
            !values.some((t) => comparable(v, t)) ||
            values.some((t) => comparable(v, t) && sameValue(v, t)),
        );
      for (const clause of clauses) {
        const shared = own.filter((k) => clause.read.keys.has(k));
        if (shared.length < Math.ceil((lone ? LONE_SHARE : ALIGNED_SHARE) * own.length)) continue;
        // Another fact's words said here, which this clause of the customer's lacks: the answer
        // clause tells another part of the story (缺死亡证明 for 资料齐全, 白玫瑰 for 红玫瑰).
        if ([...clause.read.keys].some((k) => others.has(k) && !theirs.keys.has(k))) continue;
        if (DOER.some((d) => clause.text.includes(d) && !mandarin.includes(d))) continue;
        if (!sameValues(said.filter((v) => within(v, clause.at)))) continue;
        // A thing named (淋浴区) is retold by its own words; only a wording that ends the clause
        // (拉黑了, 不退, 请假了) — what happened — may be said in other words entirely.
        const named = [...wordingRead.keys].some((k) => clause.read.keys.has(k));
        if (!named && !atEnd) continue;
        if (otherColour(mandarin, clause.text)) continue;
        if (clause.read.denies !== theirs.denies) {
          if (turnedRound(theirs, clause.read)) turned ??= { at: clause.at, shared };
          continue;
        }
        return {
          ...f,
          met: true,
          status: 'met',
          span: clause.at,
          detail: `${lone ? 'aligned-lone' : 'aligned'}:${shared.join('')}`,
        };
      }
    }
    return turned
      ? contradictedAt(f, turned.at, `aligned-turned:${turned.shared.join('')}`, answer.original)
      : f;
  };
  const aligned = facts.map((f) => (f.status === 'missed' ? align(f, false) : f));
  const open = aligned.filter((f) => f.status !== 'met');
  const lone = open.length === 1 && open[0]?.status === 'missed' ? open[0] : undefined;
  return lone ? aligned.map((f) => (f === lone ? align(f, true) : f)) : aligned;
}

/** Whether a range of the customer's words holds no content character outside its values. */
function saysOnlyValues(
  customer: NormalisedText,
  at: Span,
  told: readonly ValueMention[],
): boolean {
  let rest = '';
  for (let k = at.start; k < at.end; k++)
    if (!told.some((v) => v.start <= k && k < v.end)) rest += customer.original[k] ?? '';
  return readClause(normalise(rest).text).keys.size === 0;
}

/** The customer's clause in its Mandarin reading (Cantonese read as Mandarin), by original range. */
const mandarinOf = (heard: NormalisedText, whole: Span) =>
  heard.text.slice(...bounds(heard, whole));

/** The normalised range of a text whose units lie within an original range. */
function bounds(n: NormalisedText, whole: Span): [number, number] {
  let from = -1;
  let to = -1;
  for (let k = 0; k < n.text.length; k++) {
    if ((n.starts[k] ?? -1) >= whole.start && (n.ends[k] ?? Infinity) <= whole.end) {
      if (from < 0) from = k;
      to = k + 1;
    }
  }
  return from < 0 ? [0, 0] : [from, to];
}
