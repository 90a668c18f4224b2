/**
 * Chinese: the agent's own next act opening a clause (folded text: Simplified, marks as , . ? !) — 我 /
 * 我们 / 我哋 as the subject, a few words at most (a time: 听朝 / 下午), then a mark of acting again or
 * soon (再 / 会 / 马上 / 即刻 / 帮 / 亲自): 我听朝再打去物流公司问 / 我下午再打给仓库问. Not 就 or 也 (我这边就先
 * 挂了, 我们公司就是这样, 我这边也就只能…): they close the matter, they do not act on it.
 */
const AGENT_ACTS_AGAIN =
  /^[^,.!?]{0,4}?(?:我|咱)(?:们|哋)?[^,.!?也只就]{0,4}?(?:再|会|马上|立刻|即刻|帮|亲自)/u;

/** A "no", or the call ended: the act is refused or none is taken (我也没办法再… / 我先挂了). */
const NONE_TAKEN = /[不没别未无唔冇]|挂|收线/u;

/**
 * Does the clause after offset `from` (past the marks that close the one before) open on the agent's
 * next act with no "no" in it? Bad news told, then 我聽朝再打去物流公司問: the search goes on.
 */
export function agentNextZh(t: string, from: number): boolean {
  const rest = t.slice(from).replace(/^[,.!;:\s]+/, '');
  const clause = rest.slice(0, rest.search(/[,.!?;:]|$/));
  return AGENT_ACTS_AGAIN.test(clause) && !NONE_TAKEN.test(clause);
}
