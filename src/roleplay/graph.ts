import type { RoleplayItem, RoleplayTurn } from '../drills/schema.js';
import type { Verdict } from '../judge/types.js';

/** The three ways a reply can go, in the words of the drill format. */
export const BRANCHES = ['good', 'partial', 'poor'] as const;
export type Branch = (typeof BRANCHES)[number];

export function branchOf(verdict: Verdict): Branch {
  return verdict === 'pass' ? 'good' : verdict === 'partial' ? 'partial' : 'poor';
}

/** Where a turn goes after a reply of this quality: partial defaults to good, poor to partial. */
export function nextOf(turn: RoleplayTurn, branch: Branch): string {
  const n = turn.next;
  if (typeof n === 'string') return n;
  const partial = n.partial ?? n.good;
  return branch === 'good' ? n.good : branch === 'partial' ? partial : (n.poor ?? partial);
}

/** The branches a turn names itself, with the key they are written under (for positions). */
export function namedBranches(turn: RoleplayTurn): { key: Branch | null; target: string }[] {
  const n = turn.next;
  if (typeof n === 'string') return [{ key: null, target: n }];
  return BRANCHES.flatMap((b) => (n[b] === undefined ? [] : [{ key: b, target: n[b] }]));
}

/** The turns along the all-good path from the first turn, as far as it goes without repeating. */
export function goodPath(item: RoleplayItem): RoleplayTurn[] {
  const byId = new Map(item.turns.map((t) => [t.id, t]));
  const out: RoleplayTurn[] = [];
  let turn = item.turns[0];
  while (turn && !out.includes(turn)) {
    out.push(turn);
    turn = byId.get(nextOf(turn, 'good'));
  }
  return out;
}
