import type { DrillSet, Item } from '../drills/schema.js';
import type { Problem } from '../errors.js';

export interface Selection {
  tag?: string;
  shuffle?: boolean;
  limit?: number;
}

export type ItemSelection = { ok: true; items: Item[] } | { ok: false; problem: Problem };

/** The items a session asks: filtered by tag, optionally shuffled by `seed`, then limited. */
export function selectItems(set: DrillSet, sel: Selection, seed: number): ItemSelection {
  let items = set.items;
  if (sel.tag) {
    const tag = sel.tag;
    items = items.filter((i) => i.tags.includes(tag));
    if (items.length === 0) {
      const tags = [...new Set(set.items.flatMap((i) => i.tags))].sort();
      return {
        ok: false,
        problem: {
          code: 'unknown-tag',
          message: `no item in "${set.id}" has the tag "${tag}"`,
          hint: tags.length ? `its tags are: ${tags.join(', ')}` : 'this set has no tags',
        },
      };
    }
  }
  if (sel.shuffle) items = shuffled(items, seed);
  return { ok: true, items: sel.limit ? items.slice(0, sel.limit) : items };
}

export function shuffled<T>(list: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A small seeded PRNG, so `--seed` reproduces an order on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
