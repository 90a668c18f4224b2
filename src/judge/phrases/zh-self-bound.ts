/**
 * Chinese: the agent's side binding its own conduct with a "no" of will or habit (folded text,
 * Cantonese 唔 kept): not acting without the customer's leave (捐赠人的名字我们从不擅自公开 / 我哋唔会
 * 私自拆件), or not letting the matter drag with a deadline after it (申诉这事我们不会拖,周三中午前给您
 * 结果 / 维修这次不会再延误了,下周一前送回). A promise the agent keeps, not a refusal (not letting the
 * customer bear a wait or a loss, 我哋绝对唔会俾你喺码头干等, is read with every language's such promises in
 * vow-spares.ts). A "no" of ability or of permission
 * (不能擅自 / 不得私自) bans, and a delay denied with no deadline after it (过海关一分钟都不会耽误,我保证)
 * vouches for what others decide.
 */

/** A "no" of will or habit (不 / 唔, 会 and 再 allowed after it), then "without leave". */
const UNBIDDEN = /[不唔]会?再?(?:擅自|私自|未经)/u;

/** A "no" of will or habit before a verb of delay: 不会拖 / 唔会迟 / 不会再延误 / 不会压着. */
const NO_DELAY = /[不唔]会再?(?:拖|延误|耽误|压着|压住|迟|晚)/u;

/** A deadline: a time with 前 / 之前 / 以内 / 之内 after it (周三中午前, 禮拜五之前, 三天以内). */
const DEADLINE = /\p{Script=Han}(?:前|之前|以内|之内)/u;

/**
 * Does the clause bind the agent's own conduct? `text` runs from the clause's start to its
 * sentence's end; the clause is its first `clauseLength` characters.
 */
export function selfBoundZh(text: string, clauseLength: number): boolean {
  const clause = text.slice(0, clauseLength);
  if (UNBIDDEN.test(clause)) return true;
  const delay = NO_DELAY.exec(clause);
  return delay !== null && DEADLINE.test(text.slice(delay.index + delay[0].length));
}
