import type { ValueMention } from '../text/value-mentions.js';

/** Measure words of a pair: 一对耳环, 一双鞋, 一副手套 are two of the thing. */
const PAIR = new Set(['对', '双', '副']);

/** A Chinese measure word of single things (只, 个, 枚, 张): what a pair holds two of. */
const SINGLE = /^[\u3400-\u9fff]$/;

/**
 * The answer's count of pairs (`said`: 两对, 一双) is the fact's count of single things (`fact`: 四只,
 * 两个) twice over: 两对茶杯 for 四只茶杯, 一对耳环 for 两只. 三对 for 四只 is another count.
 */
export const pairsOf = (fact: ValueMention, said: ValueMention): boolean =>
  fact.type === 'quantity' &&
  said.type === 'quantity' &&
  PAIR.has(said.unit) &&
  SINGLE.test(fact.unit) &&
  !PAIR.has(fact.unit) &&
  Number(said.value) * 2 === Number(fact.value);
