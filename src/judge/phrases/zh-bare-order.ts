import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';
import { COMPLETES_ZH, chainedOrderZh, HANDLE_ZH } from './zh-order-chain.js';

/**
 * Chinese bare orders told by structure (folded text: Simplified, 您 as 你, marks as , . ? !): a
 * sentence with no courtesy, condition, reason or question in it, no agent as its subject, and no
 * act of the agent's after it in the reply, which puts a step on the customer
 * - before they may come back to us: the step done first (先…再 / …好再 / …准了再), then the coming
 *   back (打电话 / 打嚟 / 来 / 下单): 门框宽度先量准了再打电话 / 楼梯级数数清楚先好再打嚟; or done by
 *   themselves first (自己量定个油缸先); or framed by their next time (下回寄之前把电池拆掉);
 * - against a deadline opening the sentence, with a 把 of disposal after it or a prohibition of
 *   holding it up closing it (不能拖 / 唔好阻住…): 八点前把车全部挪出车道 / 线锯礼拜五之前一定要还,
 *   不准拖 (an obligation alone may state a rule: 酒店12点前必须退房); or a day to send it to the
 *   agent (今日send畀我);
 * - after a bare step, to wait in a place (鞋脱了,在那边坐着等);
 * - chained with another step or a demand (雨伞收好,放在外面架子上: zh-order-chain.ts);
 * - with 给我 as the order's intensifier (给我把发票拍清楚 / 记录给我填完整了再送): 给我 before 把 or before a
 *   handling verb with its result, not after a verb of handing (发给我: the agent receives) nor with someone
 *   else as the subject (师傅给我把门修好了); Cantonese 俾我 + verb is "let me" and is left out.
 * The same step asked (麻烦您…好吗), given its reason (这样我们能…), stated for everyone (所有…都要)
 * or followed by the agent's help (…打返嚟,我哋即刻帮你揀) is no order.
 */
const STEP_THEN_BACK =
  /(?:先[^,.!?]{1,16}?|(?:好|清楚|准|掂|完|定|齐)(?:了)?(?:之后|以后)?)再(?:打|来|嚟|过来|过嚟|联系|找|问|下单|订|约|预约|寄|送|拿|带)(?!给你|俾你|畀你|你)/u;
const SELF_FIRST = /自己[^,.!?]{1,12}?先(?=[.!]|$)/u;
const NEXT_TIME_BEFORE =
  /(?:下次|下回|下一次|下趟)[^,.!?]{0,8}?(?:之前|以前|前),?[^.!?]{0,4}?(?:把|将|自己)/u;
export const DAY_ZH =
  '(?:今天|今日|今晚|明天|听日|明日|明早|后天|后日|(?:周|星期|礼拜)[一二三四五六日天1-7]|(?:\\d{1,2}|[一二三四五六七八九十两]{1,3})(?:点|号)(?:钟)?(?:半)?|中午|下午|上午|早上|晚上|月底|下班)';
const DEADLINE_BA = new RegExp(`^[^,.!?]{0,10}?${DAY_ZH}(?:之前|以前|前),?(?:把|将)`, 'u');
/** The deadline's step with no "no" in it, then a prohibition of the customer's holding it up. */
const DEADLINE_THEN_BAN = new RegExp(
  `^[^,.!?不没唔冇未]{0,10}?${DAY_ZH}(?:之前|以前|前)[^.!?不没唔冇未]*,(?:不能|不准|不许|不要|别|唔好|唔准)(?!担心|着急|急|客气|紧张|怕|介意)[^,.!?]{1,8}$`,
  'u',
);
const DAY_SEND_ME = new RegExp(`${DAY_ZH}(?:send|发|寄|传|交|还)(?:畀|给|俾)我(?:们|哋)?$`, 'u');
/** 给我 as an intensifier: no subject or report (已经 / 刚) before it in its clause, then 把 / 将 or a handling verb with its result. */
const GIVE_ME_ORDER = new RegExp(
  `^(?:[^,.!?我你他她它佢咱谁已刚曾]{0,12}?|你)(?<!${HANDLE_ZH}|还|退|递|转|借|卖|让|打|帮|替|为)给我(?:把|将|${HANDLE_ZH}${COMPLETES_ZH})`,
  'u',
);
const WAIT_THERE =
  /,(?:在|去|到)(?:那边|那儿|那里|这边|这儿|这里|门口|外面|外边|旁边|一边|后面)(?:坐着|站着|待着|坐|站)?(?:等|候)(?:着|一下|下)?$/u;

const SOFTENED =
  /请|麻烦|劳驾|唔该|(?<![不唔])可以|可不可以|能不能|能否|方便|建议|推荐|应该|试试|试下|试吓|最好|如果|要是|假如|万一|的话|嘅话|吗|好不好|好吗|稍|\?/u;
const REASON = /这样|咁样|以便|以免|免得|才能|就能|就可以|就行|即可|因为|由于|为了/u;
/** A rule for everyone: a universal over a set, then 都 and a need (所有寄修的相机都要…), or 一律. */
const FOR_ALL = /(?:所有|每位|每个|凡是|大家)[^,.!?]{0,12}?都(?:要|需要|必须|得)|一律/u;
/** The agent as a subject: 我 not after a verb or preposition that makes it the one reached (传到我们的账号). */
const AGENT = /(?<![给畀俾找问跟和同联系通知告诉到])(?:我|咱)/u;
/** The customer as the one reached (退回给您 / 转到您的账户): the dropped subject is the agent. */
const TO_YOU = /(?:给|俾|畀|到|回)你/u;
/** The agent's help after the order (我们马上帮你…, 我哋即刻…): the step is what the help takes. */
const AGENT_NEXT =
  /(?:我|咱)[^,.!?]{0,4}?(?:会|就|即刻|马上|立刻|帮|可以|来|再|给你|俾你|畀你|同你)/u;

const FORMS = [
  STEP_THEN_BACK,
  SELF_FIRST,
  NEXT_TIME_BEFORE,
  DEADLINE_BA,
  DEADLINE_THEN_BAN,
  DAY_SEND_ME,
  WAIT_THERE,
  GIVE_ME_ORDER,
];

/** The list entry that words the flag. */
export const BARE_ORDER_ENTRY_ZH = 'g-first-then-talk-zh';

/** The first bare order to the customer in folded Chinese text `t`, as a [start, end) range. */
export function bareOrderZh(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  if (/[\u3040-\u30ff]/.test(t)) return undefined;
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const sentence = t.slice(s, e).replace(/[.!]+$/, '');
    if (SOFTENED.test(sentence) || REASON.test(sentence) || FOR_ALL.test(sentence)) continue;
    if (AGENT.test(sentence) || TO_YOU.test(sentence)) continue;
    if (!FORMS.some((re) => re.test(sentence)) && !chainedOrderZh(sentence)) continue;
    if (AGENT_NEXT.test(t.slice(e))) return undefined;
    return [s, e];
  }
  return undefined;
}
