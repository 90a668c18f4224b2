import type { PhraseList } from './compile.js';
import { firstStanding } from './first-sentence.js';
import { TELL_ZH as TELL } from './zh-told-whom.js';

/**
 * Chinese impatience by clause roles: the agent's telling counted against the customer. The agent is
 * the subject (我 / 我们 / 我哋), the one told is the customer or left unsaid, the verb is a telling
 * (说 / 讲 / 解释 / 说明 / 重复 / 交代 / 告诉 / 提醒 / 强调) in any aspect, and a count of two or more follows
 * it: "潮汐时间我已经跟您解释三次了", "我已經講兩次了", "我哋同你講咗三次". Or the count asked back as what
 * the customer demands of the agent: "还要我解释几遍?", "仲要我解釋幾多次呀?". A repetition offered
 * (我再跟您解释一遍), the agent's effort for the customer (帮您催了三次) and a third party told
 * (我同倉務講咗兩次) are no telling held against them, nor a count the agent owns as their own unclear telling
 * (可能是我没讲清楚，我换个说法). Folded text: simplified, numbers as digits.
 */
const COUNT = '(?:[2-9]|[1-9]\\d+|好几|几|多少|几多|无数|很多|好多)(?:次|遍|回)';
const TOLD_COUNT = new RegExp(
  `我(?:们|哋)?(?:已经|都|早就|早已|早|前后|先后|刚才|之前)*(?:(?:跟|给|同|和|对|向)(?:你|您)(?:们|哋)?)?(?:已经|都)?${TELL}(?:了|过|咗)*(?:你|您)?(?:们|哋)?${COUNT}`,
  'u',
);
/** The agent owning the count: their own telling unclear, an apology, another way of telling it. */
const OWNED = /没(?:讲|说|解释|说明)清楚|换个(?:说法|方式|讲法)|抱歉|不好意思|对不起|唔好意思/u;
const COUNT_ASKED = new RegExp(`(?:还|仲|又)要我(?:再)?${TELL}(?:几|多少|几多)(?:次|遍|回)`, 'u');

/** The list entry that words the flag. */
export const TOLD_COUNT_ENTRY_ZH = 'g-told-times-zh';

/** The first sentence of folded text `t` holding the agent's count of tellings against the customer. */
export function toldCountZh(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  if (!/[次遍回]/.test(t)) return undefined;
  return firstStanding(
    t,
    list,
    runOn,
    (s) => !OWNED.test(s) && (toldDone(s) || COUNT_ASKED.test(s)),
  );
}

/** The count of a telling already done (已经 / 都 / 早 / 了 / 过 / 咗): a bare one (我给您重复两遍) offers it. */
function toldDone(sentence: string): boolean {
  const m = TOLD_COUNT.exec(sentence);
  return (
    m !== null && /已经|都|早|了|过|咗/.test(sentence.slice(m.index, m.index + m[0].length + 1))
  );
}
