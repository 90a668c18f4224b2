/** Items are identified across languages by set id and item id: the en and zh-Hans versions of an item are one item. */
export function itemKey(setId: string, itemId: string): string {
  return `${setId}\u0000${itemId}`;
}

/** What stats need to know about an item from its drill set, when the set is still available. */
export interface ItemInfo {
  prompt: string;
  explanation: string;
  /** For scale items: the rating range and how many statements were rated. */
  scale?: { min: number; max: number; statements: number };
}

export type ItemLookup = (setId: string, itemId: string, lang: string) => ItemInfo | undefined;
