// assess judges each distinct (item, answer) once per thread: the same judgements as the judge
// itself gives, counted calls, a bounded memo, and judgements no reader can change.
import { describe, expect, it } from 'vitest';
import { memoJudge } from '../../src/commands/trainer/judge-memo.js';
import type { FreeTextItem } from '../../src/drills/schema.js';
import { createJudge, type FreeTextJudge } from '../../src/judge/index.js';
import { loadFixtureSet } from '../helpers/fixtures.js';
import { resources } from '../judge/phrases-helpers.js';

const { set } = loadFixtureSet('sheets/all-kinds-set.yaml');
const freeText = set.items.filter(
  (i): i is FreeTextItem => i.kind === 'ask' || i.kind === 'paraphrase' || i.kind === 'rewrite',
);
const real = createJudge(resources);

/** The real judge, with its calls counted. */
function counted(): FreeTextJudge & { calls: number } {
  const c = {
    calls: 0,
    judge: (item: FreeTextItem, answer: string, lang: typeof set.lang) => {
      c.calls++;
      return real.judge(item, answer, lang);
    },
  };
  return c;
}

const ANSWERS = [
  'What can I help you with today?',
  'So you have waited two weeks and nobody rang you back, that must be maddening. Right?',
  'That is not my job.',
  'Let me find the person who handles this and call you back within the hour.',
  '',
];

describe('memoJudge', () => {
  it('gives every sheet the judgement the judge gives, judging each distinct answer once per item', () => {
    const inner = counted();
    const memo = memoJudge(inner);
    for (let sheet = 0; sheet < 20; sheet++)
      for (const item of freeText) {
        const answer = ANSWERS[(sheet * 3 + item.id.length) % ANSWERS.length]!;
        expect(memo.judge(item, answer, set.lang)).toEqual(real.judge(item, answer, set.lang));
      }
    const distinct = new Set(
      Array.from({ length: 20 }, (_, sheet) =>
        freeText.map((i) => `${i.id}|${(sheet * 3 + i.id.length) % ANSWERS.length}`),
      ).flat(),
    );
    expect(freeText.length).toBe(3);
    expect(inner.calls).toBe(distinct.size);
    expect(inner.calls).toBeLessThan(20 * freeText.length);
  });

  it('tells items apart: the same words to two items are judged for each', () => {
    const inner = counted();
    const memo = memoJudge(inner);
    for (const item of freeText) memo.judge(item, ANSWERS[0]!, set.lang);
    for (const item of freeText) memo.judge(item, ANSWERS[0]!, set.lang);
    expect(inner.calls).toBe(freeText.length);
  });

  it('keeps a bounded number of answers, dropping the least recently used first', () => {
    const inner = counted();
    const memo = memoJudge(inner, { entries: 2, answerChars: 1000 });
    const item = freeText[0]!;
    const [a, b, c] = ANSWERS as [string, string, string];
    for (const answer of [a, b, a, c, a]) memo.judge(item, answer, set.lang);
    // a was used again before c came in, so b went: a, b and c judged once each.
    expect(inner.calls).toBe(3);
    memo.judge(item, b, set.lang);
    expect(inner.calls).toBe(4);
  });

  it('does not keep answers longer than its limit', () => {
    const inner = counted();
    const memo = memoJudge(inner, { entries: 10, answerChars: 20 });
    const item = freeText[0]!;
    memo.judge(item, ANSWERS[1]!, set.lang);
    memo.judge(item, ANSWERS[1]!, set.lang);
    expect(inner.calls).toBe(2);
  });

  it('hands out judgements that cannot be changed for the other sheets', () => {
    const memo = memoJudge(real);
    const item = freeText.find((i) => i.kind === 'paraphrase')!;
    const j = memo.judge(item, ANSWERS[1]!, set.lang);
    expect(j.criteria.length).toBeGreaterThan(0);
    expect(() => {
      (j.criteria as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (j.criteria[0] as { met: boolean }).met = !j.criteria[0]!.met;
    }).toThrow(TypeError);
    expect(memo.judge(item, ANSWERS[1]!, set.lang)).toEqual(
      real.judge(item, ANSWERS[1]!, set.lang),
    );
  });
});
