import type { PathKey } from '../drills/yaml-source.js';

/** Where things are in a JSON text that JSON.parse has already accepted. */
export interface JsonPositions {
  /** Keys given twice in one object (JSON.parse silently keeps the last), in text order. */
  duplicates: { path: PathKey[]; line: number; col: number }[];
  /** 1-based line/column of the value (or key) at `path`, or of its closest indexed parent. */
  positionOf(path: readonly PathKey[], which?: 'value' | 'key'): { line: number; col: number };
}

/** Paths this deep are indexed (a sheet's problems point at `answers.<item>` at most). */
const INDEXED_DEPTH = 2;

type Frame =
  | { obj: true; keys: Set<string>; key: string | undefined; expectKey: boolean }
  | { obj: false; index: number };

/**
 * One linear pass over valid JSON, instead of parsing a big sheet again as YAML just to say
 * where a problem is (a 4.8 MB sheet took 52 s and 2.5 GB that way). Memory: the open
 * containers and the offsets of the first two levels.
 */
export function scanJson(text: string): JsonPositions {
  const stack: Frame[] = [];
  const keyAt = new Map<string, number>();
  const valueAt = new Map<string, number>();
  const dupOffsets: { path: PathKey[]; offset: number }[] = [];
  const pathNow = (): PathKey[] => stack.map((f) => (f.obj ? (f.key ?? '') : f.index));
  const valueStarts = (offset: number) => {
    if (stack.length <= INDEXED_DEPTH) valueAt.set(pathId(pathNow()), offset);
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const top = stack[stack.length - 1];
    if (c === '{' || c === '[') {
      valueStarts(i);
      stack.push(
        c === '{'
          ? { obj: true, keys: new Set(), key: undefined, expectKey: true }
          : { obj: false, index: 0 },
      );
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === ',') {
      if (top?.obj) top.expectKey = true;
      else if (top) top.index++;
      i++;
    } else if (c === ':') {
      if (top?.obj) top.expectKey = false;
      i++;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      if (top?.obj && top.expectKey) {
        const raw = text.slice(i + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        top.key = key;
        if (top.keys.has(key)) dupOffsets.push({ path: pathNow(), offset: i });
        top.keys.add(key);
        if (stack.length <= INDEXED_DEPTH) keyAt.set(pathId(pathNow()), i);
      } else valueStarts(i);
      i = end;
    } else if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
    } else {
      valueStarts(i);
      while (i < text.length && !',]} \n\r\t'.includes(text[i]!)) i++;
    }
  }
  const lines = lineCounter(text);
  return {
    duplicates: dupOffsets.map((d) => ({ path: d.path, ...lines(d.offset) })),
    positionOf(path, which = 'value') {
      for (let n = Math.min(path.length, INDEXED_DEPTH); n >= 0; n--) {
        const id = pathId(path.slice(0, n));
        const at =
          (n === path.length && which === 'key' ? keyAt.get(id) : undefined) ?? valueAt.get(id);
        if (at !== undefined) return lines(at);
      }
      return { line: 1, col: 1 };
    },
  };
}

const pathId = (path: readonly PathKey[]) => path.map(String).join('\u0000');

/** Offset just past the closing quote of the string that starts at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else i++;
  }
  return text.length;
}

/** Offset → line/column, with the line starts found once, on first use. */
function lineCounter(text: string): (offset: number) => { line: number; col: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  };
}
