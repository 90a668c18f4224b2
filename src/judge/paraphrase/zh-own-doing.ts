import { type NormalisedText, originalSpan, readCantonese } from '../text/index.js';
import { bareChineseNumbersIn } from '../text/values.js';
import type { CriterionResult } from '../types.js';
import { chineseAnswer, contradictedAt } from './zh-wordings.js';

/**
 * Something done to the customer, or said about them by someone else, retold in Chinese as the
 * customer's own doing or view: 是你自己取消咗个团 (the agency cancelled), 您觉得是自己家地面太潮
 * (the manager said so), 你个仔自己要做旋转 (the coach told him to). Marked by structure — the
 * customer (or theirs) as the subject of 自己, or of a verb of thinking — where the customer
 * never said they did it themselves or thought so. A fact met after the marker, in its clause,
 * is contradicted.
 */

/**
 * The customer, or someone of theirs (你个仔, 您家孩子), doing it themselves — not someone's claim
 * that they did (他说是您自己踢掉的).
 */
const OWN_DOING =
  /(?<![叫让要请令逼求说])(?<!(?:说|讲|话|称)是)[您你](?!们)[\u4e00-\u9fff]{0,3}?自己/g;
/** The customer as the one who holds a view: 您觉得是, 你认为. */
const OWN_VIEW = /(?<![叫让要请令逼求说])[您你](?!们)(?:觉得|认为|以为)/g;

/** What the customer would have said to make it theirs — not someone's claim (说是我自己…). */
const SAID_OWN_DOING =
  /(?<!(?:说|讲|话|认为|觉得)是?)(?:我[\u4e00-\u9fff]{0,3}?自己|自己[\u4e00-\u9fff]{0,2}?(?:不小心|弄|搞))/;
const SAID_OWN_VIEW = /我(?:觉得|认为|以为|想)/;
/** Someone else's words in the customer's story: 他说是, 店员话, 经理讲. */
const OTHERS_SAID = /(?<![我])(?:说|讲|话|表示|认为|觉得)/;

const CLAUSE_END = /[,.;:!?]/;

/** A clause the customer opens as its subject (我赔了六千, 后来我自己…), not 我们 nor 把我的. */
const FIRST_PERSON_CLAUSE = /^(?:[但可就也还又]|后来|然后|结果)?我(?![们們的])/;
/** Someone's claim before the customer's 自己 (店员说是我自己踢到的): not their own telling. */
const CLAIMED_BEFORE = /(?:说|讲|话|称|认为|觉得|以为)是?[^,.;:!?]{0,3}$/;
/** Two characters that say nothing of the act: 了的 and the like. */
const EMPTY_PAIR = /^[了的得着过个一是在也都就还]{2}$|[,.;:!?]/;

/**
 * The customer told the act after the marker as theirs already: 自己 before the same words (佢自己推唔上
 * for 你阿爸自己推唔上), or a clause of their own (我赔了六千) sharing two characters or an amount of it.
 */
function toldAsTheirs(told: string, after: string): boolean {
  const own = `自己${after.slice(0, 2)}`;
  for (let at = told.indexOf(own); at >= 0; at = told.indexOf(own, at + 1))
    if (!CLAIMED_BEFORE.test(told.slice(Math.max(0, at - 8), at))) return true;
  const pairs = new Set<string>();
  for (let k = 0; k + 2 <= after.length; k++) {
    const pair = after.slice(k, k + 2);
    if (!EMPTY_PAIR.test(pair)) pairs.add(pair);
  }
  const amounts = new Set(after.match(/\d+/g));
  return told
    .split(CLAUSE_END)
    .filter((clause) => FIRST_PERSON_CLAUSE.test(clause))
    .some(
      (clause) =>
        [...pairs].some((pair) => clause.includes(pair)) ||
        [...(clause.match(/\d+/g) ?? []), ...bareChineseNumbersIn(clause).map((v) => v.value)].some(
          (n) => amounts.has(n),
        ),
    );
}

/** The customer denying an act of their own: 我根本没签过, 我从来没开过 — its verb's first character. */
const DENIED_OWN_ACT = /我[\u4e00-\u9fff]{0,4}?(?:没有|没|未)(?:有)?([\u4e00-\u9fff])/g;
/** Characters after a denial that are no act of the customer's: 没过, 没人, 没什么, 没的, 没了 … */
const NO_ACT = /[过人什的了在是一有到用]/;

/**
 * An act the customer denied doing (我根本没签过), retold as done by them: the customer the
 * subject of that verb, in a clause that neither denies it nor reports it nor is passive
 * (您签字同意; not 店员说您签过 or 我们还怪您签过, someone's claim or blame, nor 您没签, 不是您签的,
 * 您的票被改了). Where the verb stands in the answer: a fact met from there to the end of its
 * clause is contradicted.
 */
function deniedActsDone(a: NormalisedText, told: string): number[] {
  const verbs = new Set(
    [...told.matchAll(DENIED_OWN_ACT)].map((m) => m[1] as string).filter((v) => !NO_ACT.test(v)),
  );
  const out: number[] = [];
  for (const v of verbs)
    for (const m of a.text.matchAll(new RegExp(`[您你](?!们)[^您你,.;:!?]{0,3}?${v}`, 'g'))) {
      const between = m[0].slice(1, -1);
      const before = a.text.slice(0, m.index).split(CLAUSE_END).at(-1) ?? '';
      if (
        /[没未不别被]/.test(between + before) ||
        /(?:说|讲|话|称|怪|赖|冤枉|以为|觉得|认为)是?$/.test(before)
      )
        continue;
      out.push(m.index + m[0].length - 1);
    }
  return out;
}

export function ownDoing(
  facts: readonly CriterionResult[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (!chineseAnswer(answer)) return [...facts];
  const a = readCantonese(answer);
  const told = readCantonese(customer).text;
  const markers = [
    ...(SAID_OWN_DOING.test(told) ? [] : [...a.text.matchAll(OWN_DOING)]),
    ...(SAID_OWN_VIEW.test(told) || !OTHERS_SAID.test(told) ? [] : [...a.text.matchAll(OWN_VIEW)]),
  ];
  const out = [...facts];
  for (const at of deniedActsDone(a, told)) {
    const rest = a.text.slice(at).search(CLAUSE_END);
    const until = rest < 0 ? a.text.length : at + rest;
    // A question asks whether they did; it tells nothing.
    if (a.text[until] === '?') continue;
    const clause = originalSpan(a, at, until);
    const k = out.findIndex(
      (f) => f.met && f.span && f.span.start >= clause.start && f.span.start < clause.end,
    );
    const f = out[k];
    if (f) out[k] = contradictedAt(f, clause, 'own-doing', answer.original);
  }
  for (const m of markers) {
    const from = m.index + m[0].length;
    const rest = a.text.slice(from).search(CLAUSE_END);
    if (toldAsTheirs(told, a.text.slice(from, rest < 0 ? a.text.length : from + rest))) continue;
    const clause = originalSpan(a, from, rest < 0 ? a.text.length : from + rest);
    const k = out.findIndex(
      (f) => f.met && f.span && f.span.start >= clause.start && f.span.start < clause.end,
    );
    const f = out[k];
    if (!f) continue;
    const span = originalSpan(a, m.index, rest < 0 ? a.text.length : from + rest);
    out[k] = contradictedAt(f, span, 'own-doing', answer.original);
  }
  return out;
}
