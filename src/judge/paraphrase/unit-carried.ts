import type { ValueMention } from '../text/value-mentions.js';
import { valuesIn } from '../text/values.js';
import { PAID } from '../text/zh-spoken-units.js';

/**
 * A Chinese number standing bare at the end of its clause (送到一度得返一百，): a result or a
 * reading; digits of a code, ordinals and thousands (an amount: 付了三千九) left out.
 */
const BARE_AT_CLAUSE_END =
  /(?<![\d零〇一二两兩三四五六七八九十百千万萬第.])([零〇一二两兩三四五六七八九十百]+|\d{1,3})(?=[，。,.!?！？；;、…—]|$)/g;
const SENTENCE_END = /[。.!?！？]/;
const NUMERAL_HEAD = /^[零〇一二两兩三四五六七八九十百千万萬\d.,]+/;

/**
 * The answer's values (`said`, read from `answer`) with each bare number read as a length where a
 * length was said before it in the sentence: 讲好九十公分，做完得八十 says 八十公分 — the unit said
 * once is not said again for the length set against it. Only lengths carry their unit: a count or
 * a time before a bare number (等了两个小时，花了五十) is no unit of it.
 */
export function withUnitCarried(answer: string, said: readonly ValueMention[]): ValueMention[] {
  const carried: ValueMention[] = [];
  for (const m of answer.matchAll(BARE_AT_CLAUSE_END)) {
    const start = m.index;
    if (PAID.test(answer.slice(Math.max(0, start - 2), start))) continue;
    if (said.some((v) => v.type !== 'number' && v.start <= start && start < v.end)) continue;
    const before = said
      .filter((v) => v.type !== 'number' && v.end <= start)
      .filter((v) => !SENTENCE_END.test(answer.slice(v.end, start)))
      .at(-1);
    if (before?.type !== 'quantity' || before.unit !== 'metre') continue;
    const spoken = answer.slice(before.start, before.end);
    const unit = spoken.replace(NUMERAL_HEAD, '');
    const [read] = unit && unit !== spoken ? valuesIn(`${m[1]}${unit}`) : [];
    if (read?.type === 'quantity' && read.unit === 'metre')
      carried.push({ ...read, start, end: start + (m[1] as string).length });
  }
  if (carried.length === 0) return [...said];
  const bare = (v: ValueMention) => carried.some((c) => c.start === v.start);
  return [...said.filter((v) => !bare(v)), ...carried].sort((a, b) => a.start - b.start);
}
