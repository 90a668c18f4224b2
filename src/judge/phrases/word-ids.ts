/** Strings numbered in the order they are first met: `id` numbers one, `words` lists them by number. */
export function interner(): {
  id: (w: string) => number;
  ids: Map<string, number>;
  words: string[];
} {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const id = (w: string): number => {
    let n = ids.get(w);
    if (n === undefined) {
      n = words.length;
      ids.set(w, n);
      words.push(w);
    }
    return n;
  };
  return { id, ids, words };
}

/** Every word the indexed lists need, by id, shared by the lists: a text's words are marked once. */
const shared = interner();
export const idOf = shared.id;

/** The id of `w` if a list needs it, else undefined. */
export const knownId = (w: string): number | undefined => shared.ids.get(w);

export const wordWithId = (id: number): string => shared.words[id] as string;

/** How many words have ids: a list indexed since a text was read adds more. */
export const knownWords = (): number => shared.words.length;

/** Shared by every word list that needs no other word (most of them): nothing writes to it. */
export const NO_IDS = new Int32Array(0);

export function idsOf(words: readonly string[]): Int32Array {
  if (words.length === 0) return NO_IDS;
  const ids = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) ids[i] = idOf(words[i] as string);
  return ids;
}
