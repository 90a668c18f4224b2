// The answer-sheet reader (parseSheet → checkSheet → assessSheet with the real judge) on random
// and damaged sheets: a scored session or problems with a code, a message, the file and a line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkSheet, parseSheet } from '../../src/answers/sheet-parse.js';
import { assessSheet } from '../../src/commands/trainer/score-sheet.js';
import type { LoadedSet } from '../../src/drills/parse-set.js';
import { allKinds, realJudge } from '../answers/sheet-helpers.js';
import {
  check,
  expectWellFormedProblems,
  nastyText,
  reportCounts,
  TIMEOUT,
  yamlishText,
} from './fuzz-kit.js';

reportCounts('answer-sheet');

const loaded: LoadedSet = allKinds();
const judge = realJudge();

/** parseSheet and checkSheet never throw and say where every problem is. */
function expectParsesOrExplains(text: string, file: string): void {
  const parsed = parseSheet(text, file);
  if (!parsed.ok) {
    expectWellFormedProblems(parsed.problems, file);
    return;
  }
  const checked = checkSheet(parsed.sheet, loaded);
  if (!checked.ok) {
    expectWellFormedProblems(checked.problems, file);
    return;
  }
  for (const w of checked.sheet.warnings) expectWellFormedProblems([w], file);
}

/** The whole batch path, judge included: scored or skipped with positioned problems. */
async function expectScoredOrSkipped(text: string, file: string): Promise<void> {
  const outcome = await assessSheet(
    { file, text },
    {
      setFor: () => ({ loaded }),
      judge,
      now: () => new Date('2026-11-24T10:00:00Z'),
      newId: () => 'fuzz',
      defaultName: () => undefined,
    },
  );
  if (outcome.kind === 'skipped') {
    expectWellFormedProblems(outcome.problems, file);
    return;
  }
  const { record } = outcome;
  expect(record.score).toBeGreaterThanOrEqual(0);
  expect(record.score).toBeLessThanOrEqual(record.max);
  for (const item of record.items) {
    expect(item.score).toBeGreaterThanOrEqual(0);
    expect(item.score).toBeLessThanOrEqual(item.max);
  }
}

const VALID_ANSWERS: Record<string, unknown> = {
  'pick-one': 'b',
  'pick-many': ['a', 'c'],
  steps: ['why', 'ask', 'time'],
  sort: ['fact', 'feeling'],
  opener: 'What can I help you with today?',
  restate: "So you've waited two weeks and nobody called back — is that right?",
  rephrase: 'Let me find the colleague who can sort this out for you.',
  rate: [4, 5],
};
const VALID_SHEET = { sheet: 1, set: 'all-kinds', lang: 'en', name: 'Ana', answers: VALID_ANSWERS };

const wrongValue = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    0,
    -1,
    1e308,
    true,
    [],
    {},
    [null],
    ['a', 'a'],
    [1, 2, 3],
    'zz',
    '',
    { a: 1 },
  ),
  nastyText(30),
  fc.integer({ min: 1000, max: 120_000 }).map((n) => 'why? '.repeat(n / 5)),
  fc.jsonValue({ maxDepth: 3 }),
);

type SheetMutation = {
  where: 'top' | 'answer';
  key: number;
  op: 'delete' | 'set' | 'rename';
  value: unknown;
  newKey: string;
};

const sheetMutation: fc.Arbitrary<SheetMutation> = fc.record({
  where: fc.constantFrom('top', 'answer'),
  key: fc.nat(),
  op: fc.constantFrom('delete', 'set', 'rename'),
  value: wrongValue,
  newKey: fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
    nastyText(8),
  ),
});

function mutateSheet(m: SheetMutation): Record<string, unknown> {
  const sheet: Record<string, unknown> = structuredClone(VALID_SHEET);
  const target = m.where === 'top' ? sheet : (sheet.answers as Record<string, unknown>);
  const keys = Object.keys(target);
  const key = keys[m.key % keys.length]!;
  if (m.op === 'delete') delete target[key];
  else if (m.op === 'set') target[key] = m.value;
  else {
    const value = target[key];
    delete target[key];
    Object.defineProperty(target, m.newKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  return sheet;
}

describe('answer-sheet reader under random input', () => {
  it(
    'random Unicode text',
    () => {
      check('sheet: random Unicode', nastyText(200), (t) => expectParsesOrExplains(t, 'fuzz.yaml'));
    },
    TIMEOUT,
  );

  it(
    'random YAML-looking text',
    () => {
      check('sheet: random YAML', yamlishText, (t) => expectParsesOrExplains(t, 'fuzz.yaml'));
    },
    TIMEOUT,
  );

  it(
    'random JSON (the fast path) and random JSON prefixed to look like a sheet',
    () => {
      check('sheet: random JSON', fc.jsonValue({ maxDepth: 5 }), (v) => {
        expectParsesOrExplains(JSON.stringify(v), 'fuzz.json');
        expectParsesOrExplains(
          JSON.stringify({ sheet: 1, set: 'all-kinds', answers: v }),
          'fuzz.json',
        );
      });
    },
    TIMEOUT,
  );

  it(
    'valid sheets with one key or answer broken, as YAML and as JSON, scored with the real judge',
    async () => {
      const cases: [string, string][] = [];
      check(
        'sheet: valid sheet, one mutation',
        fc.tuple(sheetMutation, fc.boolean()),
        ([m, asJson]) => {
          const sheet = mutateSheet(m);
          const text = asJson ? JSON.stringify(sheet, null, 2) : stringify(sheet, { lineWidth: 0 });
          const file = asJson ? 'fuzz.json' : 'fuzz.yaml';
          expectParsesOrExplains(text, file);
          cases.push([text, file]);
        },
      );
      for (const [text, file] of cases) await expectScoredOrSkipped(text, file);
    },
    TIMEOUT,
  );

  it(
    'the unmutated sheet scores',
    async () => {
      await expectScoredOrSkipped(stringify(VALID_SHEET), 'ok.yaml');
      const outcome = parseSheet(JSON.stringify(VALID_SHEET), 'ok.json');
      expect(outcome.ok && checkSheet(outcome.sheet, loaded).ok).toBe(true);
    },
    TIMEOUT,
  );
});
