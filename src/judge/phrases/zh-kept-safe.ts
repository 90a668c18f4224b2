/**
 * Chinese: the customer's thing, named before a "no" of will or habit, never handed on to another
 * party (您的检测结果我们绝不会提供给单位 / 你嘅资料我哋绝对唔会俾第三者) nor put to another use
 * (您孩子的照片我们绝不会用于任何宣传 / 您的名单我们从来不会拿去做别的用途): a protection. Given
 * back to the customer (…不会退给你) it is still a refusal.
 */
const KEPT_FROM_OTHERS_ZH =
  /你(?:的|嘅)[^,.;!?，。；！？]{1,12}?(?:[不唔]会|从不|从来不)(?:[提交发卖转寄]\S?)?[给俾畀](?![你我])[\u4e00-\u9fff]|你[^,.;!?你我]{0,4}?(?:的|嘅)[^,.;!?，。；！？]{1,12}?(?:[不唔]会|从不|从来不)(?:拿去|拿来|拎去|用于|用来|用作|用喺|用在)(?:做|作)?(?:任何|别的|其他|宣传|广告|商用|商业)/;

/**
 * The customer's thing: 你的 / 你嘅 / 你啲 (read as Mandarin 你些), or 你 with a few words before
 * the 的 (你寄放在这里的).
 */
const THING = '你(?:[^,.;!?你我]{0,6}?(?:的|嘅|啲|些))';

/** The agent as subject, then an emphatic "never" of will or habit (绝不会, 绝对唔会, 从来不, 永远不会). */
const AGENT_NEVER = '(?:我|咱)[^,.;!?你]{0,4}?(?:绝对|绝|从来|永远)都?(?:不会|唔会|不|唔)';

/** The thing as topic before the agent's "never" (你寄放的信件，我们绝对不会拆开), or as its 把 / 将 object. */
const NEVER_TOUCHED_ZH = new RegExp(
  `${THING}[^.;!?]{1,14}?${AGENT_NEVER}(?!要|可以|能|得)([^.;!?]*)|${AGENT_NEVER}会?[把将]${THING}([^.;!?]*)`,
);

/**
 * A service done for the customer (退, 修, 批, 处理…) or the thing coming back to them (给你): with
 * it, "never" refuses (你的押金我们绝对不会退).
 */
const SERVICE_ZH =
  /[退换赔修改批办补还做送寄发接帮管]|处理|受理|解决|安排|取消|负责|通融|答应|同意|延期|[给俾畀](?:你|我)/;

/** Handed to another party (交畀第三者 / 拿给别人看 / 俾整理组以外嘅人睇), not back to the customer. */
const HANDED = '[给俾畀](?![你我])[\u4e00-\u9fff]';
const TO_OTHERS_ZH = new RegExp(`^[^,.;!?]{0,3}?${HANDED}`);
const HANDED_ZH = new RegExp(HANDED);

/** How many characters close a 把 clause's verb complex (拆开看, 退给你, 取消). */
const VERB_TAIL = 4;

/**
 * Whether `sentence` (folded Chinese, up to the clause's end) promises the customer's thing kept
 * safe: handed to nobody, put to no other use, or never touched by the agent — whose "never" is
 * then about its own conduct (拆开, 翻看, 外流), not a service refused.
 */
export function keptSafeZh(sentence: string): boolean {
  if (KEPT_FROM_OTHERS_ZH.test(sentence)) return true;
  const m = NEVER_TOUCHED_ZH.exec(sentence);
  if (!m) return false;
  if (m[1] !== undefined) return TO_OTHERS_ZH.test(m[1]) || !SERVICE_ZH.test(m[1]);
  // After 把 + the thing, the verb closes the clause: its last words say what is done to it.
  const rest = m[2] ?? '';
  return HANDED_ZH.test(rest) || !SERVICE_ZH.test(rest.slice(-VERB_TAIL));
}
