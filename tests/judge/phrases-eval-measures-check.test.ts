import { describe, expect, it } from 'vitest';
import { evalPhrases } from '../../src/eval/phrases.js';
import { detectPhrases } from '../../src/judge/phrases/index.js';
import { resources } from './phrases-helpers.js';

// The phrase eval measures what `check` reports (src/judge/reply-problems.ts): a hostile question
// the phrase lists do not hold is a flag there too, so the eval's figures are the product's.
describe('the phrase eval measures check', () => {
  // (どうしろとおっしゃるんですか is now a list hit: the request echoed as a bare order, ja-demand-echoed.ts.)
  const hostile = 'レンズに雨が入ったのを、いったい何だとおっしゃるんですか？';

  it('counts a hostile question found by the question judge as a flag', () => {
    expect(detectPhrases(hostile, resources.phraseLists, resources.replyModel)).toEqual([]);
    const [ja] = evalPhrases([{ lang: 'ja', text: hostile, flag: true }], resources).filter(
      (r) => r.lang === 'ja',
    );
    expect(ja?.accuracy).toBe(1);
  });

  it('leaves a plain question clean', () => {
    const [ja] = evalPhrases(
      [{ lang: 'ja', text: 'レンズの状態を写真で送っていただけますか？', flag: false }],
      resources,
    ).filter((r) => r.lang === 'ja');
    expect(ja?.accuracy).toBe(1);
  });
});
