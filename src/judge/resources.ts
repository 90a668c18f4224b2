import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Problem } from '../errors.js';
import { compilePhraseList, type PhraseList } from './phrases/compile.js';
import { PhraseListFile } from './phrases/schema.js';

/** What the free-text judges need besides the item: the shared phrase lists, compiled. */
export interface JudgeResources {
  /** One per language file (zh-Hans, en, ja); all of them are applied to every answer. */
  phraseLists: PhraseList[];
}

export interface PhraseListSource {
  /** Shown in problems, e.g. "drills/phrase-lists/forbidden.en.yaml". */
  file: string;
  text: string;
}

export type ParseResources =
  | { ok: true; resources: JudgeResources }
  | { ok: false; problems: Problem[] };

const MAX_BYTES = 2 * 1024 * 1024;

/** Parses and compiles phrase-list YAML (failsafe schema: every scalar a string). Pure. */
export function parsePhraseLists(sources: readonly PhraseListSource[]): ParseResources {
  const problems: Problem[] = [];
  const phraseLists: PhraseList[] = [];
  for (const { file, text } of sources) {
    if (text.length > MAX_BYTES) {
      problems.push({
        code: 'file-too-large',
        file,
        message: 'phrase list is too large (limit 2 MB)',
      });
      continue;
    }
    const lines = new LineCounter();
    const doc = parseDocument(text, {
      schema: 'failsafe',
      lineCounter: lines,
      uniqueKeys: true,
      prettyErrors: false,
    });
    const at = (offset: number) => {
      const p = lines.linePos(offset);
      return { line: p.line, col: p.col };
    };
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        problems.push({
          code: 'yaml-syntax',
          file,
          ...at(e.pos[0]),
          message: e.message.split('\n')[0] ?? e.message,
        });
      }
      continue;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 50 });
    } catch (error) {
      problems.push({
        code: 'yaml-aliases',
        file,
        line: 1,
        col: 1,
        message: `cannot read this YAML: ${(error as Error).message}`,
      });
      continue;
    }
    const where = (path: readonly PropertyKey[]) =>
      at(nodeAt(doc.contents as Node | null, path)?.range?.[0] ?? 0);
    const parsed = PhraseListFile.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
        problems.push({
          code: 'phrase-list-invalid',
          file,
          ...where(path),
          message: `${path.join('.') || '(top)'}: ${issue.message}`,
          hint: 'see drills/phrase-lists/README.md for the entry format',
        });
      }
      continue;
    }
    const { list, problems: compileProblems } = compilePhraseList(parsed.data);
    for (const p of compileProblems) {
      problems.push({
        code: 'phrase-list-invalid',
        file,
        ...where(p.path),
        message: `${p.path.join('.')}: ${p.message}`,
      });
    }
    if (compileProblems.length === 0) phraseLists.push(list);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, resources: { phraseLists } };
}

function nodeAt(root: Node | null, path: readonly PropertyKey[]): Node | null {
  let node = root;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key),
      );
      if (!pair) break;
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key] as Node;
    } else break;
  }
  return node;
}
