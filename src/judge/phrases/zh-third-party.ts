import { closingOnly, wayForward } from './acts.js';
import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';

/**
 * Chinese: passing the buck by structure — the matter put with another party, then the customer
 * pointed at them in a clause that closes on the pointing, with no handover: "背景调查是第三方公司做的，
 * 问他们吧", "墓前啲花系花店送嘅，有问题你问花店啦", "望远镜配件的事找厂家吧", "…是外包的,有问题您找
 * 外包厂。". Naming the other party
 * alone informs ("滤芯是厂家直供的"); a pointing with "can" advises ("您可以问前台"); the agent acting
 * (我帮您转 / 我已经报给物业) hands over. The matter put with another unit as what it is (那是另一个部门的事) needs
 * no pointing when the reply ends on it (OWNED_ELSEWHERE). Folded text: simplified, commas ',', 係 as 系.
 */

/**
 * The matter with another party: a clause closing on 是X…的 (是X做的 / 系X送嘅), under someone (归X管), a
 * topic (X的事), or waiting on someone's approval (这得主管批 / 呢单要经理签字).
 */
const ELSEWHERE =
  /(?:是|系)(?![我咱本])[^,.!?;:]{2,12}(?:的|嘅)(?=[,.!?;:]|$)|归(?![我咱本])[^,.!?;:]{1,8}?管|[^,.!?;:\s](?:的|嘅)(?:事|问题)|(?:要|得|需要|须)(?![我咱本])[^,.!?;:]{1,6}?(?:批|签字|签名|核准|批准|审批|同意)(?=[,.!?;:]|$)/u;

/**
 * The customer pointed at someone not us, the clause closing on it: "问他们吧", "你问花店啦", "找厂家吧",
 * "你直接给她发邮件吧", "你直接写信给她比较快" (the speed of going themselves is no handover).
 */
const POINTED =
  /(?:^|,)[^,.!?;:]{0,10}?(?:你|您)?(?:自己)?(?:去|直接)?(?:(?:问|找|搵|揾|联系|打给|打去|email|电邮|写信给|发邮件给)(?:他们|佢哋|佢|人家|对方|[^,.!?;:\s我咱本]{1,6}?)|(?:给|同|跟)(?:他|她|佢)(?:们|哋)?(?:发|写|打)[^,.!?;:]{0,4}?)(?:吧|啦|喇|咯|去|罢|比较快|快啲|快些)(?=[,.!?;:]|$)/u;

/**
 * The same pointing with the customer named as its doer, closing the sentence on the party with no
 * particle ("洗马衣是外包的,有问题您找外包厂。"), not on a verb's complement (您找一下).
 */
const POINTED_BARE =
  /(?:^|,)[^,.!?;:]{0,10}?(?:你|您)(?:自己)?(?:去|直接)?(?:问|找|搵|揾|联系|打给|打去)(?!一|下|看|到|回|出|过|着|了)(?:他们|佢哋|佢|人家|对方|[^,.!?;:\s我咱本]{1,6}?)(?=[.!]*$)/u;

/** Advice, not a push: "可以 / 不如 / 建议" before the pointing. */
const ADVICE = /可以|不如|建议|方便|如果|要是/u;

/** The agent taking it on anywhere in the reply: a transfer, a report made, a call arranged. */
const HANDOVER =
  /我(?:们|哋)?(?:帮|替|给|来|这就|马上|现在|已经|会|去|先|可以)|转接|转给|转过去|帮您|帮你/u;

/** A word that ends the name of a unit or a side: 财务部, 另一个组, 前台, 管委会, 保险公司, 市政那边. */
const UNIT =
  '(?:部门|部|组|科|处|室|台|会|局|所|站|中心|公司|单位|团队|那边|那里|嗰边|方|厂|家|店|商|他们|佢哋)';

/**
 * The matter put with another unit by a copula, closing the sentence (那是财务部的事 / 嗰啲系会计部嘅嘢 /
 * 这个归别的科管 / 积分的问题是另外一个组负责的): no pointing is needed when the reply ends there — the
 * digest's "that's not my job" in other words. The party ends on a unit or a side; 这是很正常的事 names
 * none, and 我们 / 你 are no other party.
 */
const OWNED_ELSEWHERE = new RegExp(
  `(?:是|系|属于|归)(?![我咱本你])[^,.!?;:]{0,10}?${UNIT}(?:(?:的|嘅)(?:事情|事|嘢|工作|管辖范围|范围|责任)|(?:负责|管)(?:的|嘅)?)$`,
  'u',
);

/** The list entry that words the flag. */
export const THIRD_PARTY_ENTRY_ZH = 'not-my-job';

/** The first sentence of folded text `t` that passes the matter on, as a [start, end) range. */
export function passedOnZh(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  if (HANDOVER.test(t)) return undefined;
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const sentence = t.slice(s, e);
    const aim = POINTED.exec(sentence) ?? POINTED_BARE.exec(sentence);
    if (!aim || ADVICE.test(aim[0])) continue;
    // The pointing is a later clause than the matter: "X的事找厂家吧" has the topic inside it.
    if (!ELSEWHERE.test(sentence.slice(0, aim.index + aim[0].length))) continue;
    const end = s + aim.index + aim[0].length;
    if (wayForward(t, end, end, list, runOn)) continue;
    return [s, e];
  }
  return ownedElsewhereLast(t, list, runOn);
}

/** The reply's last sentence putting the matter with another unit, nothing but courtesy after it. */
function ownedElsewhereLast(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const [s, e] of sentenceSpans(t, runOn)) {
    if (!OWNED_ELSEWHERE.test(t.slice(s, e).replace(/[.!]+$/, ''))) continue;
    if (closingOnly(t, e, list, runOn) && !wayForward(t, e, e, list, runOn)) return [s, e];
  }
  return undefined;
}

/**
 * The customer's displeasure made the condition, then the customer sent to write to someone on their
 * own (不满意的话,您就自己写信给协会秘书长 / 唔满意嘅话,你自己写信去总会主席啦): the door out for a complaint,
 * where the digest escalates on the customer's behalf. Writing to us (写信给我们) and advice (可以…) send
 * no one off; a handover or a way forward anywhere in the reply takes it up.
 */
const WRITE_UP_ALONE =
  /(?:不满意|唔满意|不满|有意见|不公平|唔公平|不服|唔服)[^.!?]{0,12}?自己[^.!?]{0,4}?(?:(?:写信|写电邮|写email|发电邮|发邮件|写邮件)(?:给|去|畀|俾)|(?:给|畀|俾)(?![我咱本])[^,.!?;:]{1,8}?(?:写信|写电邮|发电邮|发邮件|写邮件))(?![我咱本])/u;

/** Advice, not a push: the customer told they can write (可以 / 不如 / 建议). */
const ADVISED = /可以|不如|建议/u;

/** The list entry that words the send-off. */
export const WRITE_UP_ENTRY_ZH = 'need-manager';

/** The first sentence sending the displeased customer to write to someone alone, as a range. */
export function writeUpAloneZh(
  t: string,
  list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  if (HANDOVER.test(t)) return undefined;
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const sentence = t.slice(s, e);
    if (
      WRITE_UP_ALONE.test(sentence) &&
      !ADVISED.test(sentence) &&
      !wayForward(t, e, e, list, runOn)
    )
      return [s, e];
  }
  return undefined;
}
