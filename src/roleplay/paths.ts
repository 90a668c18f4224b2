import type { RoleplayItem } from '../drills/schema.js';
import type { PathKey } from '../drills/yaml-source.js';
import { BRANCHES, namedBranches, nextOf } from './graph.js';

export interface PathProblem {
  code: string;
  message: string;
  params: Record<string, string | number>;
  /** Relative to the item. */
  path: PathKey[];
  hint?: string;
}

/**
 * The conversation must be playable: ids unique, every branch to a known turn or ending,
 * every turn reachable from the first, and from every turn some way to an ending (a cycle
 * without an exit would keep the customer talking for ever).
 */
export function checkRoleplayPaths(item: RoleplayItem): PathProblem[] {
  const out: PathProblem[] = [];
  const where = new Map<string, PathKey[]>();
  const nodes: { id: string; path: PathKey[] }[] = [
    ...item.turns.map((t, i) => ({ id: t.id, path: ['turns', i, 'id'] as PathKey[] })),
    ...item.endings.map((e, i) => ({ id: e.id, path: ['endings', i, 'id'] as PathKey[] })),
  ];
  for (const node of nodes) {
    const first = where.get(node.id);
    if (first) {
      out.push({
        code: 'roleplay-duplicate-id',
        path: node.path,
        message: `turn or ending id "${node.id}" is used twice`,
        hint: 'give every turn and every ending its own id',
        params: { id: node.id },
      });
    } else where.set(node.id, node.path);
  }
  const turns = new Map(item.turns.map((t) => [t.id, t]));
  const endings = new Set(item.endings.map((e) => e.id));
  const known = (id: string) => turns.has(id) || endings.has(id);
  item.turns.forEach((turn, i) => {
    for (const { key, target } of namedBranches(turn)) {
      if (known(target)) continue;
      out.push({
        code: 'roleplay-unknown-turn',
        path: ['turns', i, 'next', ...(key ? [key] : [])],
        message: `turn "${turn.id}" goes to "${target}", which is neither a turn nor an ending`,
        hint: `use one of: ${[...turns.keys(), ...endings].join(', ')}`,
        params: { turn: turn.id, target, known: [...turns.keys(), ...endings].join(', ') },
      });
    }
  });

  const reachable = new Set<string>();
  const stack = item.turns[0] ? [item.turns[0].id] : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reachable.has(id)) continue;
    reachable.add(id);
    const turn = turns.get(id);
    if (turn) stack.push(...BRANCHES.map((b) => nextOf(turn, b)));
  }
  for (const node of nodes) {
    if (reachable.has(node.id)) continue;
    const what = node.path[0] === 'turns' ? 'turn' : 'ending';
    out.push({
      code: 'roleplay-unreachable',
      path: node.path,
      message: `${what} "${node.id}" cannot be reached from the first turn "${item.turns[0]!.id}"`,
      hint: `point a branch of ${what === 'turn' ? 'an earlier turn' : 'a turn'} at it, or remove it`,
      params: { turn: node.id, first: item.turns[0]!.id },
    });
  }

  // Turns from which an ending can be reached, grown backwards from the endings.
  // A branch to an unknown id is reported above; counting it as a way out keeps one mistake
  // from also being reported as a loop.
  const exits = new Set<string>(endings);
  for (const turn of item.turns)
    for (const { target } of namedBranches(turn)) if (!known(target)) exits.add(target);
  for (let grew = true; grew; ) {
    grew = false;
    for (const turn of item.turns) {
      if (exits.has(turn.id)) continue;
      if (BRANCHES.some((b) => exits.has(nextOf(turn, b)))) {
        exits.add(turn.id);
        grew = true;
      }
    }
  }
  item.turns.forEach((turn, i) => {
    if (reachable.has(turn.id) && !exits.has(turn.id))
      out.push({
        code: 'roleplay-no-exit',
        path: ['turns', i, 'next'],
        message: `from turn "${turn.id}" no branch ever reaches an ending: the conversation would go round for ever`,
        hint: 'send at least one branch of a turn in the loop to an ending or out of the loop',
        params: { turn: turn.id },
      });
  });
  return out;
}
