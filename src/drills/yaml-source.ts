import {
  Composer,
  type CST,
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  Parser,
  YAMLParseError,
} from 'yaml';
import type { Problem } from '../errors.js';
import { isUnclosed, plainYamlProblem } from './yaml-wording.js';

/** Drill files, answer sheets and phrase lists are small; anything bigger is a mistake or an attack. */
export const MAX_YAML_BYTES = 5 * 1024 * 1024;

/**
 * Deeper than any drill file or sheet needs, and far below the depth (~1200 here) at which
 * yaml's recursive composer runs out of stack: near that limit a second deep file in the
 * same process aborted Node with a fatal out-of-memory error instead of throwing.
 */
export const MAX_YAML_DEPTH = 100;

export type PathKey = string | number;

/** A parsed YAML document that can say where any value came from. */
export interface YamlSource {
  value: unknown;
  /** 1-based line/column of the node at `path`, or of its closest existing parent. */
  positionOf(path: readonly PathKey[], which?: 'value' | 'key'): { line: number; col: number };
}

export type YamlParse = { ok: true; source: YamlSource } | { ok: false; problems: Problem[] };

export interface YamlOptions {
  /** 'failsafe' reads every scalar as text (phrase lists); the default reads numbers and booleans. */
  schema?: 'core' | 'failsafe';
}

export function parseYaml(text: string, file: string, options: YamlOptions = {}): YamlParse {
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
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  // One pass of yaml's (non-recursive) CST parser serves both the depth check and the document.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const deep = tooDeepAt(tokens, lineCounter);
  if (deep) {
    return {
      ok: false,
      problems: [
        {
          code: 'yaml-too-deep',
          file,
          ...deep,
          message: `lists and mappings are nested more than ${MAX_YAML_DEPTH} levels deep here`,
          hint: 'a drill file or answer sheet needs a few levels at most',
        },
      ],
    };
  }
  // Known tags (!!binary, !!set, !!timestamp …) would turn text into objects; every tag but the core ones is refused below.
  const doc = composeFirst(tokens, text.length, options.schema ?? 'core');
  const tags = doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (doc.errors.length > 0 || tags.length > 0) {
    return {
      ok: false,
      problems: [
        ...onePerLine(
          consequencesDropped(doc.errors).map((e) => {
            const { offset, ...plain } = plainYamlProblem(
              text,
              e.code,
              firstLine(e.message),
              e.pos[0],
            );
            return { ...plain, file, ...pos(offset) };
          }),
        ),
        ...tags.map((w) => ({
          code: 'yaml-tag',
          file,
          ...pos(w.pos[0]),
          message: `unsupported tag ${JSON.stringify(text.slice(w.pos[0], w.pos[1]))}`,
          hint: 'remove the tag; write the value as plain text, a number, a list or a mapping',
        })),
      ].sort((a, b) => a.line - b.line || a.col - b.col),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb surfaces as a ReferenceError, not a YAMLParseError.
    return {
      ok: false,
      problems: [
        {
          code: 'yaml-aliases',
          file,
          line: 1,
          col: 1,
          message: `cannot read this YAML: ${firstLine(String((error as Error).message))}`,
          hint: 'remove the repeated aliases (*name)',
        },
      ],
    };
  }
  const positionOf = (path: readonly PathKey[], which: 'value' | 'key' = 'value') => {
    let node: Node | null = doc.contents as Node | null;
    let keyNode: Node | null = null;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key),
        );
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

/** The first document of the tokens, as yaml's parseDocument makes it (a second one is an error). */
function composeFirst(
  tokens: CST.Token[],
  length: number,
  schema: 'core' | 'failsafe',
): Document.Parsed {
  const composer = new Composer({
    schema,
    uniqueKeys: true,
    prettyErrors: false,
    resolveKnownTags: false,
  });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents',
        ),
      );
      break;
    }
  }
  return doc!;
}

/** Where a collection is nested deeper than MAX_YAML_DEPTH; yaml's CST parser is not recursive. */
function tooDeepAt(
  tokens: CST.Token[],
  lines: LineCounter,
): { line: number; col: number } | undefined {
  const work: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  for (let next = work.pop(); next; next = work.pop()) {
    const [token, depth] = next;
    if (token.type === 'document' && token.value) work.push([token.value, depth]);
    else if (
      token.type === 'block-map' ||
      token.type === 'block-seq' ||
      token.type === 'flow-collection'
    ) {
      if (depth >= MAX_YAML_DEPTH) return lines.linePos(token.offset);
      for (const item of token.items) {
        if (item.key) work.push([item.key, depth + 1]);
        if (item.value) work.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}

/** An unclosed bracket or quote makes yaml complain about every line after it: say only that. */
function consequencesDropped(errors: YAMLParseError[]): YAMLParseError[] {
  const unclosed = (e: YAMLParseError) => isUnclosed(e.code, e.message);
  if (!errors.some(unclosed)) return errors;
  return errors.filter((e) => unclosed(e) || e.code === 'DUPLICATE_KEY');
}

/** One syntax problem per line: yaml often reports one slip three times over. */
function onePerLine<T extends { line: number }>(problems: T[]): T[] {
  const seen = new Set<number>();
  return problems.filter((p) => !seen.has(p.line) && seen.add(p.line));
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
