import type { Criterion } from '../../drills/schema.js';
import { hasHan } from '../text/chars.js';
import { type Unit, unitsOf } from '../text/content.js';
import { type NormalisedText, normalise, originalSpan, readCantonese } from '../text/index.js';
import { sameSenseWordings } from '../text/zh-same-sense.js';
import type { CriterionResult } from '../types.js';
import { clausesOf } from './clauses.js';
import { missedInChinese, readZh } from './zh-wordings.js';

/** Numbers in any script: a wording with a value is the value readings' to judge, not this one. */
const VALUED = /[\d零〇一二两三四五六七八九十百千万亿半几]/;
/** Measure words before a noun: 那台炸锅 says 空气炸锅 with its modifier left out, not replaced. */
const MEASURE = /[个台件辆张条只部支本把块位份次回间套双对盒箱袋瓶杯碗]/;
const content = (units: readonly Unit[]) => units.filter((u) => !u.filler && !u.negator);

/**
 * How many of a wording's content characters a clause must share to retell it: all of one or
 * two (显示 of 显示屏 alone is not 屏闪), half of a longer one and at least two (炸锅 of 空气炸锅).
 */
const needed = (chars: number) => (chars <= 2 ? chars : Math.max(2, Math.ceil(chars / 2)));

interface Wording {
  /** The content characters, in order. */
  readonly chars: readonly string[];
  /** The characters a negation stands before (接 of 没人接): empty where nothing is denied. */
  readonly denied: ReadonlySet<string>;
  /** The wording as normalised. */
  readonly raw: string;
  /** Nothing but its content characters, aspect particles and negations (湿了, 没湿). */
  readonly bare: boolean;
}

/** Aspect particles, negations, and 有 / 人 after a negation (没人接 is 接 denied, as 没接). */
const ASPECT_OR_NEGATION = /[了过着的得地没不未无冇唔]|(?<=[没不未无冇唔])有?人?/g;

/** The first content character after each negation: what is denied (没有人接 denies 接). */
const deniedIn = (units: readonly Unit[]) =>
  new Set(
    units.flatMap((u, k) => {
      if (!u.negator) return [];
      const next = units.slice(k + 1).find((n) => !n.filler && !n.negator);
      return next ? [next.key] : [];
    }),
  );

/**
 * A fact's wordings as the reading compares them, Cantonese ones read as Mandarin too (打唔通 ~
 * 打不通), as the answer is: they depend on the fact alone, which comes back with every answer to
 * its item, so they are read once per fact.
 */
function wordingsOf(c: Criterion): readonly Wording[] {
  let known = wordingsRead.get(c);
  if (!known) {
    known = [...new Set(c.any.flatMap((p) => [normalise(p).text, readZh(p)]))]
      .flatMap((p) => [p, ...sameSenseWordings(p)])
      .map(readWording)
      .filter((w): w is Wording => w !== null);
    wordingsRead.set(c, known);
  }
  return known;
}
const wordingsRead = new WeakMap<Criterion, readonly Wording[]>();

function readWording(alt: string): Wording | null {
  const text = normalise(alt).text;
  if (VALUED.test(text)) return null;
  const units = unitsOf(text);
  const chars = content(units).map((u) => u.key);
  const bare = text.replace(ASPECT_OR_NEGATION, '') === chars.join('');
  return chars.length === 0 ? null : { chars, denied: deniedIn(units), raw: text, bare };
}

/**
 * Two characters side by side in the wording and in the clause: 炸锅, 医生, 天花板 — one word.
 * A wording of one character besides its aspect and negation (湿 of 湿了) is its own word; one
 * whose other words are fillers that mean something (次 of 再次) is too little to go on.
 */
function sharesWord(w: Wording, clause: Clause): boolean {
  if (w.chars.length === 1) return w.bare;
  const kept = clause.units.filter((u) => !u.filler && !u.negator).map((u) => u.key);
  return w.chars.some((ch, k) => {
    const next = w.chars[k + 1];
    return next !== undefined && kept.some((c, n) => c === ch && kept[n + 1] === next);
  });
}

interface Clause {
  /** The clause's units, content and grammar alike, in order. */
  readonly units: readonly Unit[];
  readonly keys: ReadonlySet<string>;
  readonly denied: ReadonlySet<string>;
  readonly at: { start: number; end: number };
}

/**
 * Whether the clause says the wording's head (its last character: 锅 of 空气炸锅, 闪 of 屏闪)
 * with no other modifier in place of one it leaves out: 白玫瑰 for 红玫瑰 and 领口 for 袖口 name
 * another thing; 那台炸锅 (a measure word) and 主治医生 (找 said earlier) do not.
 */
function headKept(w: Wording, clause: Clause): boolean {
  const head = w.chars.length - 1;
  return clause.units.some((u, k) => {
    if (u.key !== w.chars[head]) return false;
    let from = head;
    let at = k;
    while (from > 0 && at > 0 && clause.units[at - 1]?.key === w.chars[from - 1]) {
      from--;
      at--;
    }
    const before = w.chars[from - 1];
    const other = clause.units[at - 1];
    if (before === undefined || clause.keys.has(before) || !other) return true;
    return other.filler || other.negator || !hasHan(other.key) || MEASURE.test(other.key);
  });
}

/**
 * The head said as "that part of it" right after the words before it (淋浴那块 for 淋浴区,
 * 门口这边 for 门口处): a place pointed at, not another thing named.
 */
const POINTED = /^[那这][块边里处片]$/;
function headPointedAt(w: Wording, clause: Clause): boolean {
  const before = w.chars.slice(0, -1);
  if (before.length < 2) return false;
  const keys = clause.units.map((u) => u.key);
  return keys.some(
    (_, k) =>
      before.every((ch, n) => keys[k + n] === ch) &&
      POINTED.test(`${keys[k + before.length] ?? ''}${keys[k + before.length + 1] ?? ''}`),
  );
}

/** 把 and 被 name who did it: a clause that adds one (老师…把孩子手指划伤 for 手指划了口子)
 * tells who acted, which the actor readings judge, not this one. */
const DOER = ['把', '被'];
const addsDoer = (w: Wording, clause: Clause) =>
  DOER.some((d) => !w.raw.includes(d) && clause.units.some((u) => u.key === d));

/**
 * A Chinese fact told in the trainee's own words: none of its wordings said as written or as a
 * known variant, but one clause of the answer shares the wording's characters — Chinese
 * compounds share their morphemes (炸锅 for 空气炸锅, 购票机 for 售票机, 主治医生 for 医生) — two
 * of them side by side, with its head kept, denied the same way round (没送来 is no 送来, 没修好
 * no 没来), and with at least one character no other fact's wordings hold. Answers in written Cantonese are read as
 * Mandarin too (仲未有人覆你 ~ 还没有人回复你). Wordings with numbers are left to the value
 * readings.
 */
export function chineseRetold(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
): CriterionResult[] {
  if (!missedInChinese(facts, answer)) return [...facts];
  const readings = [answer, readCantonese(answer)].filter(
    (r, k, all) => k === 0 || r.text !== all[0]?.text,
  );
  const clauses: Clause[] = readings.flatMap((text) =>
    clausesOf(text.text).map((at) => {
      const units = unitsOf(text.text).filter((u) => u.start >= at.start && u.end <= at.end);
      return {
        units,
        keys: new Set(content(units).map((u) => u.key)),
        denied: deniedIn(units),
        at: originalSpan(text, at.start, at.end),
      };
    }),
  );
  const all = criteria.map(wordingsOf);
  return facts.map((f, k) => {
    if (f.status !== 'missed') return f;
    const others = new Set(all.flatMap((ws, n) => (n === k ? [] : ws.flatMap((w) => w.chars))));
    for (const w of all[k] ?? []) {
      const distinct = new Set(w.chars);
      for (const clause of clauses) {
        // Denied the same way round: the clause denies what the wording denies (没…离 of
        // 卡没离身), and denies nothing where the wording denies nothing.
        if (
          w.denied.size === 0
            ? clause.denied.size > 0
            : ![...w.denied].some((d) => clause.denied.has(d))
        )
          continue;
        const shared = [...distinct].filter((ch) => clause.keys.has(ch));
        if (shared.length < needed(distinct.size)) continue;
        if (!shared.some((ch) => !others.has(ch))) continue;
        if (!headKept(w, clause) && !headPointedAt(w, clause)) continue;
        if (!sharesWord(w, clause) || addsDoer(w, clause)) continue;
        return {
          ...f,
          met: true,
          status: 'met',
          span: clause.at,
          detail: `retold:${shared.join('')}`,
        };
      }
    }
    return f;
  });
}
