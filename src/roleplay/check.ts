import type { RoleplayItem } from '../drills/schema.js';
import { checkRoleplayPaths, type PathProblem } from './paths.js';

/** What the schema cannot say about a role-play: its paths, and its transcripts' endings. */
export function checkRoleplay(item: RoleplayItem): PathProblem[] {
  const out = checkRoleplayPaths(item);
  item.turns.forEach((turn, i) => {
    const ids = turn.criteria.map((c) => c.id);
    ids.forEach((id, j) => {
      if (ids.indexOf(id) < j)
        out.push({
          code: 'duplicate-id',
          path: ['turns', i, 'criteria', j, 'id'],
          message: `criterion id "${id}" is used twice`,
          params: { criterion: id },
        });
    });
  });
  const endings = item.endings.map((e) => e.id);
  item.examples.forEach((example, j) => {
    if (!endings.includes(example.ending))
      out.push({
        code: 'roleplay-unknown-ending',
        path: ['examples', j, 'ending'],
        message: `example ending "${example.ending}" is not one of the endings (${endings.join(', ')})`,
        hint: 'name the ending these replies should reach',
        params: { ending: example.ending, endings: endings.join(', ') },
      });
  });
  return out;
}
