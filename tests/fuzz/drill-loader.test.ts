// parseDrillSet on random YAML, random Unicode, deep nesting and valid sets with one thing broken:
// always a loaded set or problems with a code, a message, the file and a line — never a throw.
// That the work on deep nesting grows linearly is counted in work-bounds.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, type Node, parseDocument } from 'yaml';
import { parseDrillSet } from '../../src/drills/parse-set.js';
import { ROOT } from '../helpers/paths.js';
import {
  check,
  expectWellFormedProblems,
  nastyText,
  RUNS,
  reportCounts,
  TIMEOUT,
  yamlishText,
} from './fuzz-kit.js';

reportCounts('drill-loader');

const FILE = 'fuzz.yaml';

function expectResultOrProblems(text: string): void {
  const r = parseDrillSet(text, FILE);
  if (r.ok) expect(r.loaded.set.items.length).toBeGreaterThan(0);
  else expectWellFormedProblems(r.problems, FILE);
}

/** The valid sets to mutate: the test fixture and every bundled drill file. */
const VALID = [
  join(ROOT, 'tests/fixtures/drills/good-set.yaml'),
  join(ROOT, 'tests/fixtures/sheets/all-kinds-set.yaml'),
  ...readdirSync(join(ROOT, 'drills'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'phrase-lists')
    .flatMap((d) => ['en.yaml', 'zh-Hans.yaml'].map((f) => join(ROOT, 'drills', d.name, f))),
].map((file) => readFileSync(file, 'utf8'));

/** Every path to a value in a YAML document (map keys and list indexes). */
function pathsOf(node: unknown, prefix: unknown[] = [], out: unknown[][] = []): unknown[][] {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = (pair.key as { value?: unknown } | null)?.value;
      out.push([...prefix, key]);
      pathsOf(pair.value, [...prefix, key], out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      out.push([...prefix, i]);
      pathsOf(item as Node, [...prefix, i], out);
    });
  }
  return out;
}

const wrongValue = fc.oneof(
  fc.constantFrom<unknown>(
    42,
    -1,
    0,
    1e308,
    Number.NaN,
    true,
    false,
    null,
    [],
    {},
    ['x'],
    { a: 1 },
    '',
    ' ',
    'x',
    '__proto__',
  ),
  nastyText(20),
  fc.constantFrom(
    '\u202e\u2067evil\u2069',
    '\u001b]0;title\u0007',
    '\u001b[2J\u001b[H',
    'a\u0000b',
    '\u200f'.repeat(50),
  ),
  fc.integer({ min: 1000, max: 120_000 }).map((n) => 'x'.repeat(n)),
  fc.jsonValue({ maxDepth: 3 }),
);

type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'set'; at: number; value: unknown }
  | { op: 'rename'; at: number; key: string }
  | { op: 'text'; kind: 'cut' | 'insert' | 'drop-line' | 'dup-line'; at: number; piece: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: wrongValue }),
  fc.record({
    op: fc.constant('rename' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', ''), nastyText(8)),
  }),
  fc.record({
    op: fc.constant('text' as const),
    kind: fc.constantFrom('cut', 'insert', 'drop-line', 'dup-line'),
    at: fc.nat(),
    piece: nastyText(10),
  }),
);

function mutate(text: string, m: Mutation): string {
  if (m.op === 'text') {
    const at = m.at % (text.length + 1);
    const lines = text.split('\n');
    const line = m.at % lines.length;
    switch (m.kind) {
      case 'cut':
        return text.slice(0, at);
      case 'insert':
        return text.slice(0, at) + m.piece + text.slice(at);
      case 'drop-line':
        return lines.filter((_, i) => i !== line).join('\n');
      case 'dup-line':
        return lines.flatMap((l, i) => (i === line ? [l, l] : [l])).join('\n');
    }
  }
  const doc = parseDocument(text);
  const paths = pathsOf(doc.contents);
  const path = paths[m.at % paths.length] ?? [];
  if (m.op === 'delete') doc.deleteIn(path);
  else if (m.op === 'set') doc.setIn(path, m.value);
  else {
    const parent = doc.getIn(path.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find(
        (p) => (p.key as { value?: unknown } | null)?.value === path.at(-1),
      );
      if (pair) pair.key = doc.createNode(m.key);
    }
  }
  return doc.toString({ lineWidth: 0 });
}

describe('drill loader under random input', () => {
  it(
    'random Unicode text',
    () => {
      check('drill: random Unicode', nastyText(200), expectResultOrProblems);
    },
    TIMEOUT,
  );

  it(
    'random YAML-looking text',
    () => {
      check('drill: random YAML', yamlishText, expectResultOrProblems);
    },
    TIMEOUT,
  );

  it(
    'random YAML documents (any JSON value written as YAML)',
    () => {
      check('drill: random YAML values', fc.jsonValue({ maxDepth: 6 }), (value) => {
        expectResultOrProblems(JSON.stringify(value));
      });
    },
    TIMEOUT,
  );

  it(
    'deep nesting: 10k brackets, braces, dashes and indents',
    () => {
      const shapes = fc.constantFrom(
        (n: number) => '['.repeat(n),
        (n: number) => `items: ${'['.repeat(n)}${']'.repeat(n)}`,
        (n: number) => `${'{a: '.repeat(n)}${'}'.repeat(n)}`,
        (n: number) => `${'- '.repeat(n)}x`,
        // Capped so the text stays under the 5 MB limit (an indent of n costs n² characters).
        (n: number) =>
          Array.from({ length: Math.min(n, 3000) }, (_, i) => `${' '.repeat(i)}k:`).join('\n'),
      );
      check(
        'drill: deep nesting',
        fc.tuple(shapes, fc.integer({ min: 90, max: 10_000 })),
        ([shape, n]) => {
          expectResultOrProblems(shape(n));
        },
        Math.max(20, Math.round(RUNS / 5)),
      );
    },
    TIMEOUT,
  );

  it(
    'valid sets with one field or line broken',
    () => {
      check(
        'drill: valid set, one mutation',
        fc.tuple(fc.nat(VALID.length - 1), mutation),
        ([which, m]) => {
          expectResultOrProblems(mutate(VALID[which]!, m));
        },
      );
    },
    TIMEOUT,
  );

  it(
    'the unmutated sets load',
    () => {
      for (const text of VALID) expect(parseDrillSet(text, FILE).ok).toBe(true);
    },
    TIMEOUT,
  );
});
