import { type NormalisedText, originalSpan, type PatternMatch } from '../text/index.js';

/**
 * The agent's own "I understand" closing a clause: 这种感觉我懂, 心里发慌，这我能体会, 气成这样，我懂,
 * 心都乱埋，我好明白. 我明白了 (with 了) is the false reaction the digest warns of, and 我理解得对吗
 * asks about the restatement: neither ends here.
 */
const EMPATHY_LAST =
  /我(?:都|也|完全|非常|很|好|真的|十分)?(?:能|可以)?够?(?:体会|理解|懂|明白|了解)(?:的|啦|喔|嘅)?(?=[,.!?;]|$)/g;
/** Han characters the sentence must say before it: the feeling named first, not a bare "I see". */
const NAMED_BEFORE = 2;

/**
 * A feeling named first and then acknowledged as understood, in Chinese (the stock frames put
 * 理解 / 体会 before the feeling word: 我理解您的心情). The sentence before the agent's 我懂 says what
 * is understood.
 */
export function feelingNamedFirst(read: NormalisedText): PatternMatch | null {
  for (const m of read.text.matchAll(EMPATHY_LAST)) {
    const sentence = read.text.slice(0, m.index).split(/[.!?]/).at(-1) ?? '';
    if ((sentence.match(/[\u3400-\u9fff]/g) ?? []).length < NAMED_BEFORE) continue;
    const end = m.index + m[0].length;
    return {
      span: originalSpan(read, m.index, end),
      normalisedStart: m.index,
      normalisedEnd: end,
      pattern: m[0],
    };
  }
  return null;
}
