import type { DrillSet, Lang } from './schema.js';

/** What `list` needs of a set, without its items. */
export interface SetSummary {
  id: string;
  lang: Lang;
  title: string;
  description: string;
  skills: string[];
  itemCount: number;
  tags: string[];
  hash: string;
  file: string;
}

export function toSetSummary(set: DrillSet, hash: string, file: string): SetSummary {
  return {
    id: set.id,
    lang: set.lang,
    title: set.title,
    description: set.description,
    skills: set.skills,
    itemCount: set.items.length,
    tags: [...new Set(set.items.flatMap((i) => i.tags))].sort(),
    hash,
    file,
  };
}
