import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Problem } from '../errors.js';

/** Drill files, answer sheets and phrase lists are small; anything bigger is a mistake or an attack. */
export const MAX_YAML_BYTES = 5 * 1024 * 1024;

export type PathKey = string | number;

/** A parsed YAML document that can say where any value came from. */
export interface YamlSource {
  value: unknown;
  /** 1-based line/column of the node at `path`, or of its closest existing parent. */
  positionOf(path: readonly PathKey[], which?: 'value' | 'key'): { line: number; col: number };
}

export type YamlParse = { ok: true; source: YamlSource } | { ok: false; problems: Problem[] };

export function parseYaml(text: string, file: string): YamlParse {
  if (text.length > MAX_YAML_BYTES) {
    return {
      ok: false,
      problems: [
        {
          code: 'file-too-large',
          file,
          message: `file is too large (${(text.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_YAML_BYTES / 1024 / 1024} MB)`,
          hint: 'split it into several files',
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        code: e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
        file,
        ...pos(e.pos[0]),
        message: firstLine(e.message),
      })),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb surfaces as a ReferenceError, not a YAMLParseError.
    return {
      ok: false,
      problems: [{ code: 'yaml-aliases', file, line: 1, col: 1, message: `cannot read this YAML: ${firstLine(String((error as Error).message))}`, hint: 'remove the repeated aliases (*name)' }],
    };
  }
  const positionOf = (path: readonly PathKey[], which: 'value' | 'key' = 'value') => {
    let node: Node | null = doc.contents as Node | null;
    let keyNode: Node | null = null;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        keyNode = pair.key as Node;
        node = (pair.value as Node | null) ?? keyNode;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        keyNode = null;
        node = node.items[key] as Node;
      } else break;
    }
    const target = which === 'key' && keyNode ? keyNode : node;
    return pos(target?.range?.[0] ?? 0);
  };
  return { ok: true, source: { value, positionOf } };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
