/**
 * Chinese: after bad news, the agent looking again (folded text: Simplified, marks as , . ? !) — the
 * clause right after opens on 我 / 我们 / 我哋, a time at most (听朝 / 下午), then 再 and a verb of
 * searching, asking or checking (我听朝再打去物流公司问 / 我下午再去仓库翻一下): the search goes on, a
 * next step of ours. Not 我会… / 我马上… in general (a promise beside a refusal or a busy line stays
 * what it is), and not with a "no" in the clause (我再找也找不到).
 */
const LOOKS_AGAIN =
  /^[^,.!?]{0,4}?(?:我|咱)(?:们|哋)?[^,.!?也只就]{0,4}?再(?:去|打|问|找|搵|查|翻|睇|看|联系|联络|试|催|跟)/u;

/** A "no" in the clause: the search is given up (我再找也找不到). */
const GIVEN_UP = /[不没别未无唔冇]/u;

/** Does the clause after offset `from` (past the marks closing the one before) look again? */
export function searchGoesOnZh(t: string, from: number): boolean {
  const rest = t.slice(from).replace(/^[,.!;:\s]+/, '');
  const clause = rest.slice(0, rest.search(/[,.!?;:]|$/));
  return LOOKS_AGAIN.test(clause) && !GIVEN_UP.test(clause);
}
