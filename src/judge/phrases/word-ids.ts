/** Every word the indexed lists need, by id, shared by the lists: a text's words are marked once. */
const wordIds = new Map<string, number>();
const wordOf: string[] = [];

export function idOf(w: string): number {
  let id = wordIds.get(w);
  if (id === undefined) {
    id = wordOf.length;
    wordIds.set(w, id);
    wordOf.push(w);
  }
  return id;
}

/** The id of `w` if a list needs it, else undefined. */
export const knownId = (w: string): number | undefined => wordIds.get(w);

export const wordWithId = (id: number): string => wordOf[id] as string;

/** How many words have ids: a list indexed since a text was read adds more. */
export const knownWords = (): number => wordOf.length;

/** Shared by every word list that needs no other word (most of them): nothing writes to it. */
export const NO_IDS = new Int32Array(0);

export function idsOf(words: readonly string[]): Int32Array {
  if (words.length === 0) return NO_IDS;
  const ids = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) ids[i] = idOf(words[i] as string);
  return ids;
}
