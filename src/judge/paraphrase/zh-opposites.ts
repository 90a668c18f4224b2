import { contentKeys } from '../text/content.js';
import { type NormalisedText, originalSpan, readCantonese } from '../text/index.js';
import type { CriterionResult, Span } from '../types.js';
import { clausesOf } from './clauses.js';
import { chineseAnswer, contradictedAt } from './zh-wordings.js';

/**
 * Morphemes that name one end of a pair (东门 / 西门, 南广场 / 北广场, 上午 / 下午, 早上 / 晚上,
 * 上周 / 下周). 来/去 are left out: the agent says 来 for the customer's 去 (they came to us).
 */
const PAIRS = [
  '东西',
  '南北',
  '左右',
  '上下',
  '前后',
  '早晚',
  '多少',
  '内外',
  '进出',
  '新旧',
  '借还',
];
const OTHER_END = new Map(PAIRS.flatMap(([a, b]) => [[a, b] as const, [b, a] as const])) as Map<
  string,
  string
>;

/** Who acted, as the pair 自己 (one's own doing) and the passive (被人推, 俾人推 read as 给人推). */
const OWN = /自己/;
const PASSIVE = /被|给人/;

/** Content characters the words around the pair must share with the customer's to be theirs. */
const SAME_FRAME = 2;
/** How far either side of a pair's word its frame reaches, inside its clause. */
const NEAR = 4;

interface Clause {
  readonly text: string;
  readonly keys: ReadonlySet<string>;
}

const sharedWith = (mine: readonly string[], keys: ReadonlySet<string>) =>
  mine.filter((k) => keys.has(k)).length;

/** The content characters within NEAR either side of `clause`'s word at [i, i + length). */
const frameAt = (clause: string, i: number, length: number) =>
  new Set(
    contentKeys(
      `${clause.slice(Math.max(0, i - NEAR), i)} ${clause.slice(i + length, i + length + NEAR)}`,
    ),
  );

/** The frame of each place `word` stands in `clause`. */
function framesOf(clause: string, word: string): Set<string>[] {
  const out: Set<string>[] = [];
  for (let i = clause.indexOf(word); i >= 0; i = clause.indexOf(word, i + 1))
    out.push(frameAt(clause, i, word.length));
  return out;
}

/**
 * How well the customer's places of `word` match the answer's: the frames first, their clauses
 * when the frames tie (机柜借 beyond 北广场的机柜); [-1, -1] where the customer never said it.
 */
function bestPlace(
  told: readonly Clause[],
  word: string,
  near: readonly string[],
  whole: readonly string[],
): [number, number] {
  let best: [number, number] = [-1, -1];
  for (const t of told)
    for (const f of framesOf(t.text, word)) {
      const here: [number, number] = [sharedWith(near, f), sharedWith(whole, t.keys)];
      if (here[0] > best[0] || (here[0] === best[0] && here[1] > best[1])) best = here;
    }
  return best;
}

/**
 * A Chinese fact said with the other end of an opposite pair in the customer's frame: 说好送到西门
 * for 说好送到东门 (…结果送到了西门), 在北广场借的 for 在南广场借了; or with who acted turned
 * round, 他自己跌落来 for 被人推落楼梯. A pair's word (the end and a neighbouring content
 * character, 西门) is swapped when the customer said the other end with that neighbour (东门) and
 * the words within NEAR around it share SAME_FRAME content characters or more with the answer's —
 * more than any place where the customer said the answer's own word (ties go to the closer
 * clause). Who acted: the customer's clause the answer's retells best has the other mark. The
 * fact met at the word, else in the clause, is contradicted.
 */
export function swappedOpposites(
  facts: readonly CriterionResult[],
  answer: NormalisedText,
  customer: NormalisedText,
): CriterionResult[] {
  if (!chineseAnswer(answer)) return [...facts];
  const a = readCantonese(answer);
  const c = readCantonese(customer).text;
  const told: Clause[] = clausesOf(c).map((at) => {
    const text = c.slice(at.start, at.end);
    return { text, keys: new Set(contentKeys(text)) };
  });
  const out = [...facts];
  const contradict = (word: Span, clause: Span, detail: string) => {
    const overlaps = (at: Span, f: CriterionResult) =>
      f.span !== undefined && f.span.start < at.end && at.start < f.span.end;
    // A value reading has already found the word wrong: one error, not two.
    if (out.some((f) => f.status === 'contradicted' && overlaps(word, f))) return;
    const k = [word, clause]
      .map((at) => out.findIndex((f) => f.met && overlaps(at, f)))
      .find((n) => n >= 0);
    const f = k === undefined ? undefined : out[k];
    if (k === undefined || !f) return;
    out[k] = contradictedAt(f, word, detail, answer.original);
  };
  for (const at of clausesOf(a.text)) {
    const clause = a.text.slice(at.start, at.end);
    const span = originalSpan(a, at.start, at.end);
    const keys = contentKeys(clause);
    for (let i = 0; i < clause.length; i++) {
      const end = clause[i] as string;
      const other = OTHER_END.get(end);
      if (!other) continue;
      for (const [from, to] of [
        [i - 1, i + 1],
        [i, i + 2],
      ] as const) {
        const said = clause.slice(from, to);
        if (said.length !== 2 || !/^[\u4e00-\u9fff]{2}$/.test(said)) continue;
        const frame = from === i ? (said[1] as string) : (said[0] as string);
        // The frame is a content character: 新的 for 旧的 shares nothing but a particle.
        if (frame === other || !keys.includes(frame)) continue;
        const swapped = said.replace(end, other);
        const apart = (k: string) => k !== end && k !== frame && k !== other;
        const near = [...frameAt(clause, from, 2)].filter(apart);
        const whole = keys.filter(apart);
        // Both ends in one clause of the customer's (左边比右边高): the answer swaps them only by
        // saying both the other way round; one end alone (左边高咗) retells the comparison.
        const pair = told.find((t) => t.text.includes(said) && t.text.includes(swapped));
        if (pair) {
          const turned =
            clause.includes(swapped) &&
            clause.indexOf(said) < clause.indexOf(swapped) !==
              pair.text.indexOf(said) < pair.text.indexOf(swapped);
          if (!turned) continue;
        }
        const [theirs, theirClause] = bestPlace(told, swapped, near, whole);
        const [own, ownClause] = bestPlace(told, said, near, whole);
        if (theirs < SAME_FRAME || theirs < own || (theirs === own && theirClause <= ownClause))
          continue;
        contradict(
          originalSpan(a, at.start + from, at.start + to),
          span,
          `opposite:${swapped}→${said}`,
        );
        break;
      }
    }
    // Who acted: one's own doing where the customer's matching clause has it done to them, or
    // the other way round.
    for (const [mark, otherMark] of [
      [OWN, PASSIVE],
      [PASSIVE, OWN],
    ] as const) {
      if (!mark.test(clause) || otherMark.test(clause)) continue;
      // The customer's clause it retells best has the other mark: no clause without it as close.
      const mine = keys.filter((k) => !/[自己被]/.test(k));
      const score = (t: Clause) => sharedWith(mine, t.keys);
      const theirs = Math.max(
        -1,
        ...told.filter((t) => otherMark.test(t.text) && !mark.test(t.text)).map(score),
      );
      const rest = Math.max(
        -1,
        ...told.filter((t) => !otherMark.test(t.text) || mark.test(t.text)).map(score),
      );
      if (theirs >= SAME_FRAME && theirs > rest) contradict(span, span, 'doer-turned');
    }
  }
  return out;
}
