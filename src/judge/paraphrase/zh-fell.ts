import { contentKeys } from '../text/content.js';
import { originalSpan, readCantonese } from '../text/index.js';
import { clausesOf } from './clauses.js';
import { missedInChinese, readZh, type StoryReading } from './zh-wordings.js';

/**
 * A fall told by its result: a verb with the complement 倒 (摔倒, 滑倒, 顿倒, 仆倒 as 仆低 is read)
 * or with the tumble 一跤 (摔了一跤, 跌咗一跤). 倒 before 是 / 霉 / 闭 / 数 / 车 / 过 / 掉 names no fall
 * (倒是, 倒霉, 倒闭, 倒数, 倒车, 倒过来, 倒掉), nor does it after a negation or in 反倒 / 颠倒 / 打倒 / 压倒.
 */
const FELL = /([\u4e00-\u9fff])(?:倒(?![是霉闭閉数數车車过過掉])|了?一[跤交])/g;
const NOT_FALLING = /[没沒不未别別反颠顛打压壓]/;
/** A denial or a near miss before the verb (没有摔倒, 差点被顿倒): no fall told. */
const DENIED_BEFORE = /(?:[没沒未不别別]有?|差点|差點|险些|險些)(?:被|给|給|让|讓)?$/;
/** Content characters a clause of the answer shares with the customer's fall to retell it. */
const SAME_EVENT = 2;

interface Fall {
  readonly start: number;
  readonly end: number;
}

function falls(text: string): Fall[] {
  const out: Fall[] = [];
  FELL.lastIndex = 0;
  for (let m = FELL.exec(text); m; m = FELL.exec(text))
    if (!NOT_FALLING.test(m[1] as string) && !DENIED_BEFORE.test(text.slice(0, m.index)))
      out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * A fall the customer told with one verb (摔倒了, 跌咗一跤) restated with another and the same
 * result (滑倒了, 顿倒了, 仆低): the result is the fact, the verb only how it came about. A missed
 * fact whose wording the customer said as part of a fall is met by a fall in the clause of the
 * answer that retells the customer's clause (SAME_EVENT content characters shared).
 */
export const fellRetold: StoryReading = (facts, criteria, answer, customer) => {
  if (!missedInChinese(facts, answer)) return [...facts];
  const told = readCantonese(customer).text;
  const theirs = falls(told);
  if (theirs.length === 0) return [...facts];
  const read = readCantonese(answer);
  const ours = falls(read.text);
  if (ours.length === 0) return [...facts];
  const clauses = clausesOf(told);
  const answerClauses = clausesOf(read.text);
  return facts.map((f, k) => {
    if (f.status !== 'missed') return f;
    const wordings = (criteria[k]?.any ?? []).map(readZh);
    // The customer's falls that say one of the fact's wordings, as the keys of their clauses.
    const events = theirs.flatMap((fall) => {
      const clause = clauses.find((c) => c.start <= fall.start && fall.end <= c.end);
      if (!clause) return [];
      const near = told.slice(Math.max(clause.start, fall.start - 2), fall.end);
      return wordings.some((w) => w.length > 0 && near.includes(w))
        ? [new Set(contentKeys(told.slice(clause.start, clause.end)))]
        : [];
    });
    if (events.length === 0) return f;
    for (const fall of ours) {
      const at = answerClauses.find((c) => c.start <= fall.start && fall.end <= c.end);
      if (!at) continue;
      const keys = contentKeys(read.text.slice(at.start, at.end));
      if (!events.some((e) => keys.filter((key) => e.has(key)).length >= SAME_EVENT)) continue;
      const { said: _contradicting, ...rest } = f;
      return {
        ...rest,
        met: true,
        status: 'met',
        span: originalSpan(read, fall.start, fall.end),
        detail: `fell:${read.text.slice(fall.start, fall.end)}`,
      };
    }
    return f;
  });
};
