/** A telling verb, folded (说 / 讲 / 解释 / 说明 / 重复 / 交代 / 告诉 / 提醒 / 强调). */
export const TELL_ZH = '(?:说|讲|解释|说明|重复|交代|告诉|提醒|强调)';

const TO_OTHERS = new RegExp(
  `我(?:们|哋)?[^,;:]{0,4}?(?:跟|同|和|向)(?![你您])\\p{Script=Han}{1,6}?(?:已经|都)?(?:${TELL_ZH}|问|催)|我[^,;:]{0,6}?(?:帮|替|为)(?:你|您)`,
  'u',
);

/**
 * A clause up to its telling or asking where the agent's one told is named and is not the customer (我同仓务讲咗两次
 * / 我跟师傅说了三遍), or done on the customer's behalf (我已经帮您催了三次): the agent's effort, not a
 * count held against the customer.
 */
export function toldOthersZh(clause: string): boolean {
  return TO_OTHERS.test(clause);
}
