import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedSet } from '../../src/drills/parse-set.js';
import { parseDrillSet } from '../../src/drills/parse-set.js';
import type { RoleplayItem } from '../../src/drills/schema.js';
import { ROOT } from '../helpers/cli.js';

/** The bundled role-play set in one language, parsed from its YAML. */
export function roleplaySet(lang: 'en' | 'zh-Hans'): LoadedSet {
  const file = join(ROOT, 'drills', 'roleplay', `${lang}.yaml`);
  const parsed = parseDrillSet(readFileSync(file, 'utf8'), file);
  if (!parsed.ok)
    throw new Error(`the bundled role-plays do not load: ${parsed.problems[0]?.message}`);
  return parsed.loaded;
}

export function roleplayItem(loaded: LoadedSet, id: string): RoleplayItem {
  const item = loaded.set.items.find((i) => i.id === id);
  if (item?.kind !== 'roleplay') throw new Error(`no role-play ${id}`);
  return item;
}

/** refusal-alternative's turns when the refusal is poor and the reply to the protest good. */
export const REFUSAL_BRANCH = ['hear', 'receipt', 'refuse', 'angry', 'stock', 'close'];
