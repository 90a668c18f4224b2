import type { Criterion } from '../../drills/schema.js';
import { contentKeys } from '../text/content.js';
import { findAny, type NormalisedText, originalSpan, readCantonese } from '../text/index.js';
import type { CriterionResult, Span } from '../types.js';
import { clausesOf } from './clauses.js';
import { chineseAnswer, contradictedAt, metWithin } from './zh-wordings.js';

/** Left to the customer: they do it or pay for it themselves (自己加装, 自己掏钱, 多付, 收我). */
const LEFT_TO_THEM =
  /自己(?:掏钱|出钱|付|出|买|加装|装|弄|修|处理|负责|承担|搞)|自费|另付|另外付|多付|要我[付出交掏给]|收我|另收/;
/** Done for the customer or at no cost to them (免费加装, 帮您补上, 不用您出钱, 我们承担). */
const DONE_FOR_THEM =
  /(?<![没不])免费|帮[您你]|替[您你]|不收|不用[您你]?[出付掏]|我们(?:负责|承担|出钱)/;
const FREE = /免费|送/;
/** The agent offering what they will do now (我帮您申请, 马上替您安排): no restated fact. */
const OFFER = /我(?!们)|会|马上|这就|立刻|尽快/;
/** Content characters the answer's clause must share with the customer's it retells. */
const SAME_CLAUSE = 2;
const SENTENCE_END = /[.!?。！？]/;

interface Told {
  span: Span;
  keys: ReadonlySet<string>;
  text: string;
}

const keysOf = (text: string, marker: RegExp) =>
  new Set(contentKeys(text.replace(new RegExp(marker.source, 'g'), ' ')));

/** The sentence of `text` around `at`. */
function sentenceAround(text: string, at: Span): Span {
  let start = at.start;
  while (start > 0 && !SENTENCE_END.test(text[start - 1] as string)) start--;
  let end = at.end;
  while (end < text.length && !SENTENCE_END.test(text[end] as string)) end++;
  return { start, end };
}

/**
 * Who does it and who pays, turned round (Chinese): the customer was left to do or pay for
 * something themselves (让我们自己加装暖气片, 超出的线要我自己掏钱) and the answer retells that
 * clause as done for them or free (帮您免费加装了暖气片, 多出来的线免费帮您补上). The answer's
 * clause retells the customer's clause of that kind it shares most content characters with
 * (SAME_CLAUSE or more, the marking words left out), none of the customer's clauses that tell it
 * free being as close; the agent's offers (我帮您申请…) are left alone. The
 * fact met in the answer's clause is contradicted; failing one, the fact told in that sentence
 * of the customer's.
 */
export function doneForThem(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (!chineseAnswer(answer)) return [...facts];
  const c = readCantonese(customer);
  if (!LEFT_TO_THEM.test(c.text)) return [...facts];
  // A clause is read with the one before it in its sentence: 师傅说锁芯不保，要我自己出钱换.
  const spans = clausesOf(c.text);
  const told: Told[] = spans.map((span, i) => {
    const text = c.text.slice(span.start, span.end);
    const before = spans[i - 1];
    const from =
      before && !SENTENCE_END.test(c.text.slice(before.end, span.start))
        ? before.start
        : span.start;
    return { span, text, keys: keysOf(c.text.slice(from, span.end), LEFT_TO_THEM) };
  });
  const a = readCantonese(answer);
  const out = [...facts];
  for (const at of clausesOf(a.text)) {
    const clause = a.text.slice(at.start, at.end);
    if (!DONE_FOR_THEM.test(clause) || LEFT_TO_THEM.test(clause) || OFFER.test(clause)) continue;
    const mine = keysOf(clause, DONE_FOR_THEM);
    const score = (t: Told) => [...mine].filter((k) => t.keys.has(k)).length;
    const left = told.filter((t) => LEFT_TO_THEM.test(t.text) && !FREE.test(t.text));
    const best = left.reduce<Told | null>((b, t) => (!b || score(t) > score(b) ? t : b), null);
    if (!best || score(best) < SAME_CLAUSE) continue;
    if (told.some((t) => FREE.test(t.text) && score(t) >= score(best))) continue;
    const theirs = sentenceAround(c.text, best.span);
    const toldThere = (f: CriterionResult) => {
      const m = findAny(criteria.find((k) => k.id === f.id)?.any ?? [], c);
      return m !== null && m.normalisedStart >= theirs.start && m.normalisedEnd <= theirs.end;
    };
    const span = originalSpan(a, at.start, at.end);
    const inClause = (f: CriterionResult) => metWithin(f, span);
    const order = [
      (f: CriterionResult) => inClause(f) && toldThere(f),
      inClause,
      (f: CriterionResult) => f.status !== 'contradicted' && toldThere(f),
    ];
    for (const pick of order) {
      const k = out.findIndex(pick);
      const f = out[k];
      if (!f) continue;
      if (f.status !== 'contradicted')
        out[k] = contradictedAt(f, span, 'done-for-them', answer.original);
      break;
    }
  }
  return out;
}
