import type { PhraseList } from './compile.js';
import { sentenceSpans } from './reply-model.js';
import { CONTRAST_ZH } from './zh-excuse.js';

/**
 * Chinese: the fault laid on the customer's side by a verb of blame (这个得怪您那边采收没挑干净), or put
 * down to the customer's own act by a cleft after it — "支单簧管啲软木干晒，系你
 * 成个夏天放喺车尾箱啫", "自动洒水头会歪，是你家小孩一直去踢它啦", "是您签字前没看仔细". The fault comes
 * first, then "(就/都)是 + 你/您 (+ 家/自己…) + what they did", the clause closing on the act rather
 * than on a thing named ("是您上周订的那批货" identifies; "是您自己选的" is a choice, no fault). A cause
 * denied (不是你…), a question or a condition blames no one. Folded text: simplified, commas ','.
 */
const CLEFT =
  /(?<![不唔没冇非])(?:就|都|全|还不|正)?(?:是|系)(?:你|您)(?:们|哋)?(?:家|屋企|自己|那边|嗰边)?[^,.!?;:]{2,16}(?=[,.!?;:]|$)/u;

/**
 * A clause naming a thing after 的 (是您订的那批货; 的时候 names a time) or a choice the customer made:
 * no act at fault.
 */
const NOT_AN_ACT =
  /(?:的|嘅)(?!时候)[^,.!?;:啦啫嘛喇咯呀啊吧]|^[^,.!?;:]{0,6}?(?:选|揀|拣|订|定|要|买|预约|约|付|申请|报名|要求|问|说|讲|话|想|本人|吗|嘛\?)/u;

/**
 * A question, a condition or the customer's own account retold, anywhere in the sentence (主要是 /
 * 只要是 hold no 要是 "if").
 */
const NOT_STATED =
  /[?？]|吗|如果|(?<![主只])要是|假如|的话|是不是|系咪|是否|(?:你|您)(?:们|哋)?(?:觉得|说|讲|话|提到|认为)/u;

/** A time opening the clause: "下周就是您…" says when, not why. */
const TIME =
  /^(?:[上下这今明后昨前本]个?(?:周|星期|礼拜|月|年|天|日)|今天|明天|后天|现在|马上|之后|到时)/u;

/**
 * A contrast word or a judgement adverb standing alone before the cleft (不过是你… / 主要是你那边… /
 * 应该是你…): the cleft still opens its clause.
 */
const OPENER = new RegExp(
  `^\\s*(?:${CONTRAST_ZH}|主要|主要还|多半|估计|应该|肯定|恐怕|其实)\\s*$`,
  'u',
);

/** A cleft closing on what caused the fault (是你家师傅接错了造成的 / 系你哋搞嘅): it follows the fault. */
const CAUSED = /(?:造成|导致|引起|弄|搞|害)(?:的|嘅)[啦啫嘛喇咯呀啊吧]*$/u;

/**
 * The customer's omission (冇睇清楚 / 没看 / 忘了 / 煮的时候没搅): an act at fault even at a step they chose.
 */
const OMITTED = /^(?:[^的嘅]|[的嘅]时候)*(?:没|冇|没有|未|忘了|忘记)/u;

/**
 * A clause closing on a result gone wrong (门牌号写错了 / 分辨率调得太低了 / 装反咗): an act at fault
 * even when a 的 inside it names the thing it was done to.
 */
const MISDONE = /(?:错|坏|反|歪|漏|断|破|得太\p{Script=Han}{1,2})(?:了|咗)?[啦啫嘛喇咯呀啊吧]*$/u;

/**
 * A cleft closing on a fault noun (是你们那边档案给错格式的问题 / 系你自己嘅错): the customer's side named
 * as where the fault lies, whatever the act inside it.
 */
const FAULT_HEAD = /(?:的|嘅)(?:问题|错|责任|原因|毛病)[啦啫嘛喇咯呀啊吧]*$/u;

/**
 * The fault laid on the customer's side by a verb of blame (这个得怪你那边… / 只能怪你自己), the side
 * named as the one blamed.
 */
const BLAMED_ON = /(?:怪|(?<![依信耍无])赖)(?:你|您)(?:们|哋)?(?:那边|嗰边|那头|自己|家|屋企)?/u;

/**
 * What may stand before the verb of blame in its clause: at most the matter as topic (这个 / 这事) and a
 * modal of who is to answer for it (得 / 只能 / 要怪就得) — a verdict given now. A doer named before it
 * (店员还怪你 / 我哋仲怪你) narrates someone's blame, as a restatement retells it; a denial (我不会怪你)
 * or a wonder (难怪) blames no one.
 */
const BLAMER =
  /^(?:(?:这|那|呢|嗰)(?:个|事|件事|次|回)?)?(?:要怪)?(?:就|都|也|还是|真系|真的)?(?:得|要|只能|只好|该|应该)?$/u;

/** The list entry that words the flag. */
export const BLAME_CAUSE_ENTRY_ZH = 'g-because-you-zh';

/** The first sentence of folded text `t` putting its fault down to the customer's act, as a range. */
export function blamedCauseZh(
  t: string,
  _list: PhraseList,
  runOn: ReadonlySet<number>,
): [number, number] | undefined {
  for (const [s, e] of sentenceSpans(t, runOn)) {
    const sentence = t.slice(s, e);
    const blamed = BLAMED_ON.exec(sentence);
    const blamer = blamed ? (sentence.slice(0, blamed.index).split(/[,;:]/).pop() ?? '') : '';
    if (blamed && BLAMER.test(blamer.trim()) && !NOT_STATED.test(sentence))
      return [s + blamed.index, s + blamed.index + blamed[0].length];
    const m = CLEFT.exec(sentence);
    // The fault is said first: the cleft opens a later clause, or follows the fault's own words on
    // 就/都 in its clause ("扫地机卡住就是您家…"; not a time or a part: "下周就是您…", "其他都是你们…").
    const lead = m ? (sentence.slice(0, m.index).split(/[,;:]/).pop() ?? '') : '';
    // A contrast word or a judgement adverb alone before the cleft opens its clause as well
    // (…,不过系你报名嗰阵冇睇清楚 / …,主要是您那边师傅没铺好).
    const opens = m !== null && m.index > 0 && (lead === '' || OPENER.test(lead));
    const follows =
      lead.length >= 3 &&
      (/^(?:就|都|全|还不|正)/u.test(m?.[0] ?? '') || CAUSED.test(m?.[0] ?? '')) &&
      !TIME.test(lead);
    if (!m || !(opens || follows) || NOT_STATED.test(sentence)) continue;
    const act = m[0].replace(
      /^[^是系]*(?:是|系)(?:你|您)(?:们|哋)?(?:家|屋企|自己|那边|嗰边)?/u,
      '',
    );
    if (NOT_AN_ACT.test(act) && !OMITTED.test(act) && !MISDONE.test(act) && !FAULT_HEAD.test(act))
      continue;
    return [s + m.index, s + m.index + m[0].length];
  }
  return undefined;
}
