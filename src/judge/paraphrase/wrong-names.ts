import type { Criterion } from '../../drills/schema.js';
import { type NormalisedText, normalisedPattern, originalSpan } from '../text/index.js';
import type { CriterionResult } from '../types.js';

/**
 * Names of places and people said wrong: a fact naming a store, street, station or doctor
 * ("Oxford Street", 南京路, 王医生, the 信義 of 信義店) restated with another name before the
 * same head ("Regent Street", 淮海路, 李医生, 中山店). The head comes from the fact's phrase or,
 * failing that, from the word the customer said right after it.
 */

const EN_HEADS = new Set(
  (
    'street road avenue lane store shop branch station airport terminal hospital clinic ' +
    'pharmacy mall centre center square hotel'
  ).split(' '),
);
const ZH_HEADS = [
  '医生',
  '大夫',
  '机场',
  '医院',
  '分店',
  '门市',
  '营业厅',
  '商场',
  '广场',
  '老师',
  '路',
  '街',
  '店',
  '站',
];
/** Words before a head that name nothing (the, our, at, 这家, 您的). */
const EN_NOT_NAMES = new Set(
  (
    'the a an our your their my his her its this that same other another new old local main big ' +
    'nearest at in on to from near by of into'
  ).split(' '),
);
/**
 * Characters of grammar that name nothing, Cantonese ones too (啲細路 "the kids", 嘅, 咗, 喺), and 错
 * after a verb (行错路, 坐错站): a wrong way, not a name.
 */
const ZH_NOT_NAME = /[的这那个位家该些在到去从了您你我他她们是把被和跟给里上下错啲嘅咗喺]/;

interface Named {
  modifier: string;
  head: string;
  han: boolean;
}

/**
 * The names a fact phrase gives: its own name and head ("Market" of "Market Street"), and the
 * whole phrase before the head the customer said after it ("Market Street" of "Market Street
 * shop"), so "Station Road shop" is another name of the same shop.
 */
function namesIn(phrase: string, customer: string): Named[] {
  const own = namedIn(phrase, customer);
  const p = phrase.trim().toLowerCase();
  if (!own || own.han || own.modifier === p) return own ? [own] : [];
  const at = customer.indexOf(p);
  const next = at < 0 ? undefined : /^\s+([a-z]+)/.exec(customer.slice(at + p.length))?.[1];
  return next && EN_HEADS.has(next) ? [own, { modifier: p, head: next, han: false }] : [own];
}

/** A fact's names depend on its phrases and the customer's words alone: read once per criterion. */
const namesOf = new WeakMap<Criterion, { key: string; names: Named[] }>();
function namesOnce(criterion: Criterion, converted: boolean, customer: string): Named[] {
  const key = `${converted}|${customer}`;
  const known = namesOf.get(criterion);
  if (known?.key === key) return known.names;
  const names = criterion.any.flatMap((p) => namesIn(normalisedPattern(p, converted), customer));
  namesOf.set(criterion, { key, names });
  return names;
}

/** Heads of people: a surname alone names one (王医生, 李老师). */
const ZH_PEOPLE = new Set(['医生', '大夫', '老师']);

/**
 * A Chinese name before a head: none of its characters a word of grammar, and two or more before
 * a place (a surname alone names a person). 自己去找医生 and 绕路 name no doctor and no road: a
 * verb stands before the head, not a name.
 */
const zhName = (modifier: string, head: string): Named | null =>
  modifier.length >= (ZH_PEOPLE.has(head) ? 1 : 2) && !ZH_NOT_NAME.test(modifier)
    ? { modifier, head, han: true }
    : null;

/** The name and its head in a fact phrase, looking at what the customer said after it. */
function namedIn(phrase: string, customer: string): Named | null {
  const p = phrase.trim().toLowerCase();
  if (/^[\u4e00-\u9fff]+$/.test(p)) {
    const own = ZH_HEADS.find((h) => p.endsWith(h) && p.length > h.length);
    if (own) return zhName(p.slice(0, -own.length), own);
    const at = customer.indexOf(p);
    if (at < 0) return null;
    const after = customer.slice(at + p.length);
    const head = ZH_HEADS.find((h) => after.startsWith(h));
    return head ? zhName(p, head) : null;
  }
  const words = p.split(/\s+/);
  const last = words[words.length - 1] as string;
  if (words.length > 1 && EN_HEADS.has(last)) {
    // The name is the words after the last that names nothing: "Central" of "at Central
    // station"; "stuck in the hotel" names no hotel at all.
    const before = words.slice(0, -1);
    const from = before.findLastIndex((w) => EN_NOT_NAMES.has(w)) + 1;
    return from < before.length
      ? { modifier: before.slice(from).join(' '), head: last, han: false }
      : null;
  }
  const at = customer.indexOf(p);
  if (at < 0) return null;
  const next = /^\s+([a-z]+)/.exec(customer.slice(at + p.length))?.[1];
  return next && EN_HEADS.has(next) ? { modifier: p, head: next, han: false } : null;
}

/** Another name before the same head in the answer, one the customer never said. */
function otherName(
  named: Named,
  answer: NormalisedText,
  customer: string,
): [number, number] | null {
  const text = answer.text;
  for (let at = text.indexOf(named.head); at >= 0; at = text.indexOf(named.head, at + 1)) {
    let start: number;
    let said: string;
    if (named.han) {
      start = at - named.modifier.length;
      said = text.slice(Math.max(0, start), at);
      if (start < 0 || !/^[\u4e00-\u9fff]+$/.test(said) || ZH_NOT_NAME.test(said)) continue;
    } else {
      const before = text.slice(0, at).trimEnd().split(' ');
      const n = named.modifier.split(' ').length;
      const words = before.slice(-n);
      said = words.join(' ');
      start = at - said.length - 1;
      if (words.length < n || words.some((w) => !/^[a-z]+$/.test(w) || EN_NOT_NAMES.has(w)))
        continue;
    }
    if (said === named.modifier || customer.includes(said)) continue;
    return [start, at + named.head.length];
  }
  return null;
}

/**
 * Facts whose name the answer gives wrong, as contradicted criteria ("you said Regent Street —
 * the customer said Oxford Street"): missed facts, and facts met by another of their phrases
 * ("upgraded") where the answer names the place otherwise ("our Station Road shop" for "your
 * Market Street shop") and never by the customer's name. Other results are returned as they are.
 */
export function wrongNames(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  return facts.map((f) => {
    if (f.status !== 'missed' && !(f.met && f.status !== 'contradicted')) return f;
    const criterion = criteria.find((c) => c.id === f.id);
    if (!criterion) return f;
    for (const named of namesOnce(criterion, answer.converted, customer.text)) {
      if (f.met && answer.text.includes(named.modifier)) continue;
      const wrong = otherName(named, answer, customer.text);
      if (!wrong) continue;
      const span = originalSpan(answer, wrong[0], wrong[1]);
      return {
        ...f,
        met: false,
        status: 'contradicted',
        span,
        detail: 'wrong-place',
        said: answer.original.slice(span.start, span.end),
        expected: `${named.modifier}${named.han ? '' : ' '}${named.head}`,
      };
    }
    return f;
  });
}
