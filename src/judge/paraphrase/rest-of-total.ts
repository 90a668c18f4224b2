import type { ValueMention } from '../text/value-mentions.js';
import { bareEnglishNumber, countsTimes } from '../text/values.js';

/**
 * A total said as its parts: how far a series had got and the rest ("had four lessons … the
 * other eight" for twelve lessons, 上了五次 … 剩下的十五次 for 二十次, 上到第四次 … 后面八节 for
 * 十二节). The rest is marked as the rest by its words; the part before it is how far the series
 * had got as the customer said it.
 */

/** A count said as what is left of a whole, with where it is. */
interface Rest {
  value: number;
  start: number;
  end: number;
}

const ZH_REST = /(?:剩下|剩余|剩餘|其余|其餘|后面|後面|余下|餘下|之后|之後)(?:的|那|这|這)?$/;
const EN_REST =
  /\b(?:the|your|her|his|their|our)\s+(?:other|remaining)\s+([a-z]+(?:-[a-z]+)?|\d+)\b/gi;
/** Characters a Chinese rest word may stand before its count (剩下的十五次). */
const ZH_BEFORE = 4;

const aCount = (v: ValueMention) => v.type === 'quantity' || v.type === 'number';
/**
 * How far a series had got, as the customer said it: a place in a row (第四节, "my fourth
 * lesson") or a count of times (用了五次). A count of things (三十件) is a part of no series: the
 * rest of it may be the part the customer said nothing of, and which part is which may be turned
 * round ("三十件冇問題，其餘五十件全部紫晒" of 八十件 with 三十件 spoiled).
 */
const placeInSeries = (t: ValueMention) =>
  aCount(t) && (t.unit.startsWith('第') || t.unit.startsWith('ordinal ') || countsTimes(t.unit));

/** The counts the answer says as the rest of a whole. */
function restsIn(answer: string, said: readonly ValueMention[]): Rest[] {
  const zh = said
    .filter(
      (v) => aCount(v) && ZH_REST.test(answer.slice(Math.max(0, v.start - ZH_BEFORE), v.start)),
    )
    .map((v) => ({ value: Number(v.value), start: v.start, end: v.end }));
  const en = [...answer.matchAll(EN_REST)].flatMap((m) => {
    const value = bareEnglishNumber(m[1] as string);
    const start = m.index ?? 0;
    return value === null ? [] : [{ value, start, end: start + m[0].length }];
  });
  return [...zh, ...en];
}

/**
 * Where the answer says a total of `total` as how far the series had got, as the customer said
 * it, and the rest after it: the span of the two, else null.
 */
export function restOfTotal(
  total: number,
  said: readonly ValueMention[],
  told: readonly ValueMention[],
  answer: string,
): { start: number; end: number } | null {
  for (const rest of restsIn(answer, said)) {
    const done = said.find(
      (a) =>
        aCount(a) &&
        a.end <= rest.start &&
        Number(a.value) + rest.value === total &&
        told.some((t) => placeInSeries(t) && Number(t.value) === Number(a.value)),
    );
    if (done) return { start: done.start, end: rest.end };
  }
  return null;
}

/**
 * The answer's count is the rest of a series the customer gave, after the place they said it
 * stopped at (后面八节 of 十二节 after 第四节): no other value for that total.
 */
export function restOfTold(
  mention: ValueMention,
  said: readonly ValueMention[],
  told: readonly ValueMention[],
  answer: string,
): boolean {
  const rest = restsIn(answer, said).find((r) => r.start === mention.start);
  return (
    rest !== undefined &&
    told.some((t) => aCount(t) && restOfTotal(Number(t.value), said, told, answer) !== null)
  );
}
