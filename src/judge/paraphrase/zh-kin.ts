import type { Criterion } from '../../drills/schema.js';
import { contentKeys } from '../text/content.js';
import { findAny, type NormalisedText, originalSpan } from '../text/index.js';
import type { CriterionResult, Span } from '../types.js';
import { clausesOf } from './clauses.js';
import { chineseAnswer, contradictedAt, metWithin } from './zh-wordings.js';

/**
 * Family members, one person each, in the words Mandarin, Cantonese and polite address use
 * (Simplified, as answers are read): 妈 ~ 母亲 ~ 令堂 ~ 老母, 爸 ~ 父亲 ~ 令尊 ~ 老豆… 婆婆 and
 * 先生 are left out: each names more than one person.
 */
const KIN: readonly (readonly string[])[] = [
  ['妈妈', '母亲', '令堂', '老妈', '阿妈', '老母', '家母', '妈'],
  ['爸爸', '父亲', '令尊', '老爸', '阿爸', '老豆', '老窦', '家父', '爸'],
  ['太太', '老婆', '妻子', '夫人'],
  ['老公', '丈夫'],
  ['儿子', '令郎'],
  ['女儿', '闺女', '令爱', '千金'],
  ['爷爷', '阿爷', '祖父'],
  ['奶奶', '阿嫲', '嫲嫲', '祖母'],
  ['外公', '姥爷'],
  ['外婆', '姥姥'],
  ['哥哥'],
  ['弟弟'],
  ['姐姐'],
  ['妹妹'],
];
const WORDS = KIN.flatMap((forms, person) => forms.map((w) => ({ w, person }))).sort(
  (a, b) => b.w.length - a.w.length,
);

/** The customer's relative named as theirs: 您妈妈, 你的太太, 您家老公, 令堂. */
const THEIRS = /[您你](?:的|家的?)?$/;

interface Mention {
  person: number;
  start: number;
  end: number;
}

function mentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < text.length; ) {
    const hit = WORDS.find((k) => text.startsWith(k.w, i));
    if (hit) out.push({ person: hit.person, start: i, end: i + hit.w.length });
    i += hit ? hit.w.length : 1;
  }
  return out;
}

interface Clause {
  span: Span;
  people: ReadonlySet<number>;
  keys: ReadonlySet<string>;
  /** A third-person pronoun (他, 她, 佢): someone named before, whom the answer may name. */
  pronoun: boolean;
}

const PRONOUN = /[他她佢]/;

/** Each clause's people and its content characters, the family words left out. */
function clauses(text: string, named: readonly Mention[]): Clause[] {
  return clausesOf(text).map((span) => {
    const inside = named.filter((m) => m.start >= span.start && m.end <= span.end);
    let plain = text.slice(span.start, span.end);
    for (const m of [...inside].reverse())
      plain = plain.slice(0, m.start - span.start) + ' ' + plain.slice(m.end - span.start);
    return {
      span,
      people: new Set(inside.map((m) => m.person)),
      keys: new Set(contentKeys(plain)),
      pronoun: PRONOUN.test(plain),
    };
  });
}

/** Content characters a clause of the answer must share with the customer's it retells. */
const SAME_CLAUSE = 3;

const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  [...a].filter((k) => b.has(k)).length;

/**
 * The wrong family member (Chinese): the answer tells of the customer's relative as a person the
 * customer never named while naming others (您太太的手表 for 我妈的项链), or as one they named
 * where the clause it retells best is about another of them (您妈妈的名字写错了 for 我爸的名字写错了)
 * and names no one by a pronoun (抬你太太落床 for 叫两个姐姐抬佢落床: 佢 is the wife named before).
 * The fact met in that clause is contradicted; failing one, the fact the customer told in the
 * clause of theirs it retells (met elsewhere or not).
 */
export function wrongRelative(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (!chineseAnswer(answer)) return [...facts];
  const theirMentions = mentions(customer.text);
  if (theirMentions.length === 0) return [...facts];
  const told = clauses(customer.text, theirMentions);
  const named = new Set(theirMentions.map((m) => m.person));
  const said = mentions(answer.text);
  const out = [...facts];
  for (const at of clauses(answer.text, said)) {
    const people = said.filter((m) => m.start >= at.span.start && m.end <= at.span.end);
    const scored = told
      .filter((t) => t.people.size > 0)
      .map((t) => ({ t, n: shared(at.keys, t.keys) }));
    const best = scored.reduce<(typeof scored)[number] | null>(
      (b, s) => (!b || s.n > b.n ? s : b),
      null,
    );
    const wrong = people.find((m) => {
      if (!named.has(m.person))
        return THEIRS.test(answer.text.slice(0, m.start)) || answer.text[m.start] === '令';
      if (!best || best.n < SAME_CLAUSE || best.t.people.has(m.person) || best.t.pronoun)
        return false;
      // Only where no clause of the customer's about this person is as close.
      return !scored.some((s) => s.t.people.has(m.person) && s.n >= best.n);
    });
    if (!wrong) continue;
    const word = originalSpan(answer, wrong.start, wrong.end);
    const clause = originalSpan(answer, at.span.start, at.span.end);
    let k = out.findIndex((f) => metWithin(f, clause));
    if (k < 0 && best)
      k = out.findIndex((f) => {
        if (f.status === 'contradicted') return false;
        const m = findAny(criteria.find((c) => c.id === f.id)?.any ?? [], customer);
        return (
          m !== null && m.normalisedStart >= best.t.span.start && m.normalisedEnd <= best.t.span.end
        );
      });
    const f = out[k];
    if (f && f.status !== 'contradicted')
      out[k] = contradictedAt(f, word, 'wrong-relative', answer.original);
  }
  return out;
}
