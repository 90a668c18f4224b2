/**
 * Chinese A-not-A questions: a verb, a negator, the verb again (有没有位, 是不是, 行唔行; Cantonese
 * 有冇位, whose 冇 is 没有). The negator asks whether; it denies nothing, so a phrase opening on it
 * (冇位, 没有位) is not said. Folded text: simplified.
 */
export function asksEitherZh(t: string, at: number): boolean {
  const neg = t[at];
  const before = t[at - 1];
  if (!HAN.test(before ?? '') || !NEGATORS.includes(neg ?? '')) return false;
  return (neg === '冇' && before === '有') || before === t[at + 1];
}

/** Built once (for Node 20 the bundler writes this literal as `new RegExp`). */
const HAN = /\p{Script=Han}/u;

/** Negators that join the halves of an A-not-A question. */
const NEGATORS = '不没冇唔';

/**
 * An A-not-A question the agent goes to ask or check (我问问仓库有没有货, 我帮你查下仲有冇位): its
 * negator denies nothing. The agent's verb of asking or checking, then the pair in the same clause.
 */
const CHECKED_EITHER_ZH =
  /(?:我|我们|我哋)[^,.!?;]{0,4}?(?:问|看|查|找|确认|核对|睇)[^,.!?;]{0,12}?(?:(\p{Script=Han})[不没冇唔](?=\1)|有冇)/gu;

/** The text with each A-not-A question the agent checks blanked, for a search for a "no". */
export function blankCheckedEitherZh(text: string): string {
  return text.replace(CHECKED_EITHER_ZH, (m) => ' '.repeat(m.length));
}
