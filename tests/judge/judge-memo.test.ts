// A class hands in the same answers again and again: each (item, answer) is judged once in a run,
// and what comes back is what the judge itself says (counted, never timed).
import { describe, expect, it } from 'vitest';
import type { FreeTextItem } from '../../src/drills/schema.js';
import { createJudge } from '../../src/judge/free-text.js';
import { memoMisses, rememberingJudge } from '../../src/judge/judge-memo.js';
import type { FreeTextJudge } from '../../src/judge/types.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

/** The judge behind the memo, counting what reaches it. */
function counted(): FreeTextJudge & { calls: number } {
  const inner = {
    calls: 0,
    judge(item: FreeTextItem, answer: string, lang: 'en') {
      inner.calls++;
      return judge.judge(item, answer, lang);
    },
  };
  return inner as FreeTextJudge & { calls: number };
}

const story = restatementItem('I waited two weeks and nobody called me back!', [
  ['waited', ['two weeks', 'waited']],
  ['no-call', ['nobody called', 'no one called']],
]);
const other = restatementItem('The parcel came open and the lamp inside was broken.', [
  ['open', ['came open', 'was open']],
  ['broken', ['broken', 'smashed']],
]);
const answers = [
  'So you waited two weeks and nobody called you back?',
  'Calm down. So you waited two weeks?',
  'So you waited two weeks and nobody called you back?',
  'so you waited two weeks and nobody called you back?',
  'Calm down. So you waited two weeks?',
];

describe('a judge that remembers', () => {
  it('judges each answer to an item once and says what the judge says', () => {
    const inner = counted();
    const memo = rememberingJudge(inner);
    const misses = memoMisses();
    for (const item of [story, other])
      for (const a of answers)
        expect(memo.judge(item, a, 'en')).toEqual(judge.judge(item, a, 'en'));
    // Three different answers (case is kept: spans point into the answer as written), two items.
    expect(inner.calls).toBe(6);
    expect(memoMisses() - misses).toBe(6);
  });

  it('keeps a bounded number of judgements, then starts again', () => {
    const inner = counted();
    const memo = rememberingJudge(inner, 2);
    const three = answers.slice(0, 2).concat(answers[3]!);
    for (const a of three) memo.judge(story, a, 'en');
    expect(inner.calls).toBe(3);
    // The third emptied the memo: the first is judged again, the third is still known.
    memo.judge(story, three[0]!, 'en');
    expect(inner.calls).toBe(4);
    memo.judge(story, three[2]!, 'en');
    expect(inner.calls).toBe(4);
    for (const a of three) expect(memo.judge(story, a, 'en')).toEqual(judge.judge(story, a, 'en'));
  });
});
