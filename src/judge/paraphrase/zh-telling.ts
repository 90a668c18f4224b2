import type { Criterion } from '../../drills/schema.js';
import { type NormalisedText, normalise, originalSpan, readCantonese } from '../text/index.js';
import type { CriterionResult } from '../types.js';

/**
 * Who told whom, and whether, in a Chinese restatement. A story of telling retold the other
 * way round has no typed value to compare, so it is read by its structure:
 * - the customer said another party told them (小王跟我说免费, 師傅話…), and the answer has the
 *   customer telling that party (您跟小王说过, 你同師傅講咗);
 * - the customer said nobody told them (一句都没提, 一个电话都没打, 冇人通知), and the answer has
 *   someone telling them (小刘当时跟您说过, 我们打电话告诉过您, 已經同你講咗).
 * Either way the fact about that telling is contradicted. Nobody told them, said with another
 * verb of telling (没人告诉您, 没跟您说一声 for 没人通知), meets it. Written Cantonese is read as Mandarin.
 */

const TELL = '(?:说|讲|提|话|告诉|告知|通知|交代|提醒)';
const CLAUSE = '[^,.;:!?]';

/**
 * The customer telling a party in the answer: 您跟小王说过, 你跟师傅讲了 (X is the party). The
 * preposition is a word of its own, not a character of 合同, 不同, 针对 or 方向, and the party is
 * no time (签合同时告诉教练 says when, 时 told nobody).
 */
const YOU_TOLD = new RegExp(
  `[您你](?!们)${CLAUSE}{0,12}?(?<![合共相不如陪一暖温总针绝面方])[跟和同对向]((?![您你我时])[\\u4e00-\\u9fffA-Za-z]{1,4}?)(${TELL})`,
  'g',
);

/** Someone telling the customer in the answer, affirmed: 跟您说过, 告诉过您, 打电话通知了您. */
const TOLD_YOU = new RegExp(
  `[跟和对给向][您你]${CLAUSE}{0,2}?${TELL}[过了]|(?:告诉|告知|通知|提醒)[过了]?[您你]`,
  'g',
);

/** A negation just before (没跟您说过, 从来没告诉过您). */
const NEGATED_BEFORE = /[没不未无]|从来/;

/**
 * Nobody telling the customer: 没提, 没有跟我说, 没人通知, 没有第一时间告诉你 (冇第一時間話你知), 一个
 * 电话都没打 (打 after 电话), 事先没有任何人跟您打过招呼 (no word in advance).
 */
const NOT_TOLD = new RegExp(
  `(?:没有?|未|从没|从来没)${CLAUSE}{0,4}?(?:${TELL}|联系|打电话)|电话${CLAUSE}{0,3}?没有?打|(?:没有?|未|从没|从来没)${CLAUSE}{0,6}?打过?招呼`,
);

/** Where `party`, in the customer's words, is the one who told (not the one told), or null. */
function toldBy(customer: string, party: string): RegExpExecArray | null {
  if (new RegExp(`我${CLAUSE}{0,6}?[跟和同对向]${party}`).test(customer)) return null;
  return new RegExp(`${party}${CLAUSE}{0,6}?(?:${TELL}|跟我|对我)`).exec(customer);
}

const read = (t: string) => readCantonese(normalise(t)).text;

/**
 * The fact the reversal belongs to: one met in what was told (`told`, the party to the clause's
 * end, in the original answer), else one whose wordings name it (the party, a denied telling).
 */
function factOf(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  names: (wording: string) => boolean,
  told?: { start: number; end: number },
): number {
  const open = (f: CriterionResult) => f.status !== 'contradicted';
  const inTold = told
    ? facts.findIndex(
        (f) => open(f) && f.met && f.span && f.span.start >= told.start && f.span.start < told.end,
      )
    : -1;
  if (inTold >= 0) return inTold;
  return facts.findIndex(
    (f) =>
      open(f) && (criteria.find((c) => c.id === f.id)?.any.some((p) => names(read(p))) ?? false),
  );
}

export function tellingReversed(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (answer.japanese || !/[\u4e00-\u9fff]/.test(answer.text)) return [...facts];
  const a = readCantonese(answer);
  const c = readCantonese(customer);
  const told = c.text;
  const out = [...facts];
  const contradict = (k: number, start: number, end: number, heard: RegExpExecArray) => {
    const f = out[k];
    if (!f) return;
    const span = originalSpan(a, start, end);
    const was = originalSpan(c, heard.index, heard.index + heard[0].length);
    out[k] = {
      ...f,
      met: false,
      status: 'contradicted',
      span,
      detail: 'told-reversed',
      said: answer.original.slice(span.start, span.end),
      expected: customer.original.slice(was.start, was.end),
    };
  };
  for (const m of a.text.matchAll(YOU_TOLD)) {
    const party = m[1] as string;
    const heard = toldBy(told, party);
    const from = m.index + m[0].length - (m[2] as string).length - party.length;
    const clauseEnd = a.text.slice(from).search(/[,.;:!?]/);
    const what = originalSpan(a, from, clauseEnd < 0 ? a.text.length : from + clauseEnd);
    const k = heard ? factOf(out, criteria, (w) => w.includes(party), what) : -1;
    if (heard && k >= 0) contradict(k, m.index, m.index + m[0].length, heard);
  }
  const denied = NOT_TOLD.exec(told);
  if (!denied) return out;
  const retold = NOT_TOLD.exec(a.text);
  if (retold) {
    // Nobody told them, said with another verb of telling (没人告诉您, 没跟您说 for 没人通知).
    const k = out.findIndex(
      (f) =>
        f.status === 'missed' &&
        (criteria.find((c) => c.id === f.id)?.any.some((p) => NOT_TOLD.test(read(p))) ?? false),
    );
    const f = out[k];
    if (f) {
      const span = originalSpan(a, retold.index, retold.index + retold[0].length);
      out[k] = { ...f, met: true, status: 'met', span, detail: 'retold:not-told' };
    }
    return out;
  }
  for (const m of a.text.matchAll(TOLD_YOU)) {
    if (NEGATED_BEFORE.test(a.text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const k = factOf(out, criteria, (w) => NOT_TOLD.test(w));
    if (k >= 0) contradict(k, m.index, m.index + m[0].length, denied);
    break;
  }
  return out;
}
