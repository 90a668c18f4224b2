// A turn's free-text item is written out by hand (the schemas stay out of the first prompt's
// load): it must be exactly what the item schemas make of it, for every turn of both sets.
import { describe, expect, it } from 'vitest';
import { Item } from '../../src/drills/schema.js';
import { turnItem } from '../../src/roleplay/turn-item.js';
import { roleplaySet } from './helpers.js';

describe('turnItem', () => {
  for (const lang of ['en', 'zh-Hans'] as const)
    it(`gives the schemas' own item for every ${lang} turn`, () => {
      let turns = 0;
      for (const item of roleplaySet(lang).set.items) {
        if (item.kind !== 'roleplay') continue;
        for (const turn of item.turns) {
          const built = turnItem(item, turn);
          expect(built).toEqual(Item.parse(built));
          expect(['ask', 'paraphrase', 'rewrite']).toContain(built.kind);
          turns++;
        }
      }
      expect(turns).toBeGreaterThan(5);
    });
});
